"""Saved page → Article: decode, build the tree, read metadata and body, assemble the record."""

from __future__ import annotations

import html
import re

from bs4.element import Tag

from newsarchive.parse.body import choose_container, is_byline, select_blocks
from newsarchive.parse.bylines import agency_name, split_byline
from newsarchive.parse.dates import has_time, parse_date, parse_german
from newsarchive.parse.decode import decode_html
from newsarchive.parse.errors import ParseError
from newsarchive.parse.headline import choose_headline, nearby_kicker
from newsarchive.parse.metadata import Meta, read_metadata, section_fallback
from newsarchive.parse.tree import body_of, build_soup
from newsarchive.parse.walk import WalkResult, walk_body
from newsarchive.record import Article

#: Inputs above this size are refused rather than parsed (bounded work on huge pages).
MAX_INPUT_BYTES = 16 * 1024 * 1024
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "an executable",
}


def _check_input(data: bytes | str, source: str | None) -> None:
    size = len(data)
    if size > MAX_INPUT_BYTES:
        raise ParseError(
            f"input too large: {size / 1e6:.1f} MB (limit {MAX_INPUT_BYTES / 1e6:.0f} MB)", source
        )
    if isinstance(data, bytes):
        for magic, what in _BINARY_MAGIC.items():
            if data.startswith(magic):
                raise ParseError(f"binary data ({what}), not an HTML page", source)
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ParseError("binary data, not an HTML page", source)
    if not (data.strip() if isinstance(data, str) else data.strip()):
        raise ParseError("empty input", source)


def _visible_lead(res: WalkResult, chosen: list[int]) -> str | None:
    """Text of the first block marked as lead/intro before the end of the article body."""
    end = max(res.containers[i].end for i in chosen)
    for b in res.blocks[:end]:
        if (
            b.lead
            and b.kind in ("p", "div")
            and 40 <= len(b.text) <= 1000
            and b.link_chars < 0.3 * len(b.text)
        ):
            return b.text
    return None


def _lead_block_marked(res: WalkResult, lead: str) -> bool:
    return any(b.lead and b.text == lead for b in res.blocks)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _check_text(text: str, source: str | None) -> None:
    head = text[:65536]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > 0.01 * max(len(head), 1) or head.count("\ufffd") > 0.05 * max(len(head), 1):
        raise ParseError("binary data, not an HTML page", source)
    lowered = head.lower()
    if "<" not in head or not any(
        t in lowered
        for t in (
            "<html",
            "<body",
            "<p",
            "<div",
            "<head",
            "<meta",
            "<title",
            "<article",
            "<!doctype",
            "<h1",
            "<span",
            "<section",
            "<main",
            "<br",
            "<table",
        )
    ):
        raise ParseError("not HTML: no markup found", source)


def _head_text(node: Tag, limit: int) -> str:
    """The first ``limit`` characters of a subtree's text, without joining all of it."""
    parts: list[str] = []
    size = 0
    for text in node.strings:
        parts.append(text)
        size += len(text)
        if size >= limit:
            break
    return " ".join(parts)


_PUBLISHED_LABEL = re.compile(
    r"\b(?:veröffentlicht|erschienen|publiziert|erstellt|gepostet|datum)\b", re.I
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)")


def _published(
    meta: Meta,
    res: WalkResult,
    chosen: list[int],
    url: str | None,
    datetimes: list[str],
    body: Tag | None = None,
) -> tuple[str | None, str | None]:
    """Publication and modification time: metadata, <time>, page text near the article, URL."""
    published, modified = meta.published, meta.modified
    start = min(res.containers[i].start for i in chosen)
    end = max(res.containers[i].end for i in chosen)
    # <time> elements of the article (inside it or just before it) beat the rest of the page.
    near_times = [t for pos, t in res.times if start - 25 <= pos <= end]
    near = [*res.blocks[max(0, start - 25) : start], *res.blocks[start:end]]
    # "Veröffentlicht am 16.08.2019" near the article is as good as a <time> element.
    labelled = [b.text for b in near[:400] if len(b.text) < 200 and _PUBLISHED_LABEL.search(b.text)]
    candidates = [*near_times, *res.time_texts, *labelled, *datetimes]
    if not published:
        for t in candidates:
            published = parse_date(t)
            if published:
                break
    if not published:
        texts = [*res.bylines, *(b.text for b in near[:400] if len(b.text) < 200)]
        texts += [b.text for b in res.blocks[:600] if len(b.text) < 200]
        for t in texts:
            published = parse_german(t)
            if published:
                break
    if not published and body is not None:
        # Last resort: the first German date anywhere in the visible page text.
        published = parse_german(_head_text(body, 100_000))
    if not published and url:
        m = _URL_DATE.search(url)
        if m:
            published = parse_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    if published and not has_time(published):
        for t in candidates:
            candidate = parse_date(t)
            if candidate and has_time(candidate) and candidate.startswith(published):
                published = candidate
                break
    return published, modified


def parse_text(text: str, *, url: str | None = None, source: str | None = None) -> Article:
    """Parse decoded page text into an Article."""
    _check_text(text, source)
    soup, builder = build_soup(text)
    meta = read_metadata(soup, builder)
    res = walk_body(body_of(soup))
    title, kicker = choose_headline(meta.title, meta.html_title, meta.site_name, builder.h1_tags)
    kicker = kicker or nearby_kicker(builder.h1_tags, builder.kicker_tags)
    if title and "&" in title:
        title = html.unescape(title)
    chosen = choose_container(res)
    blocks, inline_bylines = select_blocks(res, chosen, title)
    lead = _visible_lead(res, chosen) or meta.description
    if lead:
        lead = " ".join(lead.split())
    structured_persons = bool(meta.authors)
    structured_orgs = list(meta.agencies)
    for line in [*res.bylines, *inline_bylines]:
        if not is_byline(line) and len(line) > 80:
            continue
        persons, agencies = split_byline(line)
        if not structured_persons:
            meta.authors.extend(p for p in persons if p not in meta.authors)
        meta.agencies.extend(a for a in agencies if a not in meta.agencies)
    if not structured_persons and meta.authors:
        # Structured data named only the publisher; the page's byline names the people.
        meta.agencies = [
            a for a in meta.agencies if a not in structured_orgs or agency_name(a) is not None
        ]
    if kicker:
        blocks = [b for b in blocks if b[1] != kicker]
    if lead and blocks and blocks[0][1] == lead and _lead_block_marked(res, lead):
        blocks = blocks[1:]  # the marked lead is the lead, not the first body paragraph
    published, modified = _published(
        meta, res, chosen, meta.url or url, builder.datetimes, body_of(soup)
    )
    language = meta.language or _guess_german(blocks)
    article = Article(
        url=meta.url or url,
        title=title,
        kicker=kicker,
        lead=lead,
        authors=meta.authors,
        agencies=meta.agencies,
        published=published,
        modified=modified,
        section=meta.section or section_fallback(meta, builder),
        tags=meta.tags,
        site_name=meta.site_name,
        language=language,
        description=meta.description,
        headings=[t for k, t in blocks if k == "h"],
        paragraphs=[t for k, t in blocks if k == "p"],
        blocks=blocks,
        source=source,
    )
    body_chars = sum(len(p) for p in article.paragraphs)
    if body_chars < 200 and not (meta.has_article_data and title and (body_chars or lead)):
        article.is_article = False
        article.not_article_reason = (
            f"no article text found ({len(article.paragraphs)} paragraphs, {body_chars} chars)"
        )
    elif not meta.has_article_data and _looks_like_index(res, body_chars):
        article.is_article = False
        article.not_article_reason = "index page: many linked teasers and little running text"
    return article


_GERMAN_WORDS = frozenset(
    [
        "und",
        "der",
        "die",
        "das",
        "nicht",
        "ist",
        "mit",
        "sich",
        "auf",
        "für",
        "dem",
        "den",
        "von",
        "eine",
    ]
)


def _guess_german(blocks: list[tuple[str, str]]) -> str | None:
    """'de' when an undeclared page's text is plainly German (function-word share)."""
    words = " ".join(t for _, t in blocks[:20]).lower().split()
    if len(words) < 30:
        return None
    return "de" if sum(w in _GERMAN_WORDS for w in words) / len(words) > 0.08 else None


def _looks_like_index(res, body_chars: int) -> bool:  # type: ignore[no-untyped-def]
    linked_heads = sum(1 for b in res.blocks if b.kind == "h" and b.link_chars > 0.5 * len(b.text))
    total = sum(len(b.text) for b in res.blocks) or 1
    linked = sum(b.link_chars for b in res.blocks)
    return (linked_heads >= 8 and body_chars < 3000) or (linked / total > 0.6 and body_chars < 1500)


def parse_bytes(data: bytes | str, *, url: str | None = None, source: str | None = None) -> Article:
    """Check, decode and parse raw page data."""
    _check_input(data, source)
    text = decode_html(data, source)
    return parse_text(text, url=url, source=source)
