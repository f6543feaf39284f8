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
from newsarchive.parse.headline import choose_headline, nearby_kicker, visible_headline
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


def _description_lead(description: str | None, alts: list[str]) -> str | None:
    """The meta description as lead, unless it is an image's caption (some CMS fill the
    description with the opening picture's alt text)."""
    if not description:
        return None
    key = " ".join(description.split())
    return None if any(" ".join(a.split()) == key for a in alts) else description


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
# ".../meldungen/29-10-2021": a whole path segment that is a day-first date.
_URL_DATE_DMY = re.compile(r"/(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?:/|\.html?)?(?:[?#]|$)")


_MODIFIED_LABEL = re.compile(
    r"\b(?:aktualisiert|geändert|update[d]?|zuletzt|letzte änderung|bearbeitet)\b", re.I
)


# "Mittwoch, 01. November 2023" alone: the page's today-widget, not the article's date.
_DATE_WIDGET = re.compile(
    r"^\s*(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+"
    r"\d{1,2}\.\s*\w+\.?\s+\d{4}\s*$",
    re.I,
)


def _shown_dates(res: WalkResult, start: int) -> list[str]:
    """Publication dates shown in the article header (just before or at the text start)."""
    h1 = [p for p, t in res.title_tags if t.name == "h1" and start - 25 <= p <= start]
    first = h1[-1] - 3 if h1 else start - 25
    out = []
    for pos, text, modified in res.shown_dates:
        if pos < first:
            continue
        if pos > start + 3:
            break
        if modified or _MODIFIED_LABEL.search(text) or _DATE_WIDGET.match(text):
            continue
        value = parse_date(text)
        if value:
            out.append(value)
    return out


#: Byline credits that name the site's own desk, not an agency.
_DESKS = ("Redaktion", "red")


def _byline_dates(res: WalkResult) -> list[str]:
    """Dates printed in the byline ("04.02.2022 | 15:33 Uhr | Dennis Steimels")."""
    out = []
    for line in res.bylines[:4]:
        if len(line) < 120 and not _MODIFIED_LABEL.search(line):
            value = parse_german(line)
            if value:
                out.append(value)
    return out


def _majority(values: list[str]) -> str | None:
    """The first of the values whose day occurs most often."""
    if not values:
        return None
    counts: dict[str, int] = {}
    for v in values:
        counts[v[:10]] = counts.get(v[:10], 0) + 1
    best = max(counts.values())
    return next(v for v in values if counts[v[:10]] == best)


def _vote_day(
    published: str | None,
    explicit: bool,
    shown: list[str],
    url_day: str | None,
    other: list[str] = (),  # type: ignore[assignment]
) -> str | None:
    """The shown date when the page header, URL and metadata agree on its day more than on
    the metadata's day (metadata of republished or migrated pages often names another day)."""
    if not shown or not published:
        return None
    votes: dict[str, float] = {}
    for value in shown:
        if has_time(value) and value == published:
            continue  # the metadata field itself rendered as <time>: no independent vote
        votes[value[:10]] = votes.get(value[:10], 0) + 1
    if published:
        votes[published[:10]] = votes.get(published[:10], 0) + (2 if explicit else 0.5)
    if url_day:
        votes[url_day] = votes.get(url_day, 0) + 2
    for value in other if explicit else []:  # a generic field only checks an explicit one
        votes[value[:10]] = votes.get(value[:10], 0) + 1
    best = max(votes.values())
    winners = [d for d, v in votes.items() if v == best]
    if published and published[:10] in winners:
        return None
    for value in shown:
        if value[:10] in winners:
            return value
    return None


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
        published = _majority(_shown_dates(res, start))
    if not published:
        # The article header: the lines around the headline and the text start
        # ("von Anna am 20.09.2020", "(21. November 2022) Energieverbraucher …").
        for b in res.blocks[max(0, start - 8) : start + 5]:
            published = parse_german(b.text if len(b.text) < 200 else b.text[:40])
            if published:
                break
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
        elif m := _URL_DATE_DMY.search(url):
            published = parse_date(f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}")
    m = _URL_DATE.search(url or "")
    url_day = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    shown = _vote_day(
        meta.published,
        meta.published_explicit,
        _shown_dates(res, start) + _byline_dates(res),
        url_day,
        meta.other_dates,
    )
    if shown:
        published = shown
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
    chosen = choose_container(res)
    body_start = min(res.containers[i].start for i in chosen)
    refs = [t for t in (meta.title, meta.og_title, meta.html_title) if t]
    kept_h1 = {id(t) for _, t in res.title_tags}
    extra_h1 = [h for h in builder.h1_tags if id(h) not in kept_h1]
    title, kicker = visible_headline(
        res.title_tags,
        body_start,
        refs,
        meta.site_name,
        meta.og_title,
        builder.kicker_tags,
        extra_h1,
    )
    if title is None:
        title, kicker = choose_headline(
            meta.title, meta.html_title, meta.site_name, builder.h1_tags
        )
    kicker = kicker or nearby_kicker(builder.h1_tags, builder.kicker_tags)
    if title and "&" in title:
        title = html.unescape(title)
    blocks, inline_bylines = select_blocks(res, chosen, title)
    lead = _visible_lead(res, chosen) or _description_lead(meta.description, builder.alts)
    if lead:
        lead = " ".join(lead.split())
    structured_persons = bool(meta.authors)
    structured_orgs = list(meta.agencies)
    start = min(res.containers[i].start for i in chosen)
    header_bylines = [b.text for b in res.blocks[max(0, start - 12) : start] if is_byline(b.text)]
    for line in [*res.bylines, *inline_bylines, *header_bylines]:
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
    if meta.authors:
        # a generic desk credit next to named people says nothing ("Redaktion")
        meta.agencies = [a for a in meta.agencies if a not in _DESKS]
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
