"""Main text: pick the article container by paragraph scores, then keep its clean blocks."""

from __future__ import annotations

import re

from newsarchive.parse.boilerplate import (
    is_boilerplate_text,
    is_credit_line,
    starts_teaser_section,
)
from newsarchive.parse.dates import parse_german
from newsarchive.parse.walk import Block, WalkResult

_BYLINE = re.compile(r"^(?:von|by|text:|autor(?:in)?:|ein (?:artikel|beitrag) von)\s", re.I)
# A place name standing alone before the first paragraph ("Berlin." / "Chemnitz. -").
_PLACE_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./-]{1,30}(?: [A-ZÄÖÜ][\w.-]+)?\s?[.:–-]$")
_SENTENCE_END = re.compile(r"[.!?…:;\"“”«»„'’)]\s*$")


def _good_len(b: Block) -> int:
    """Text length a block adds to its container's score (0 for link lists, labels, headings)."""
    if b.kind not in ("p", "div", "li", "td"):
        return 0
    n = len(b.text)
    if n < 40 or b.link_chars > 0.3 * n:
        return 0
    if b.kind == "li" and n < 80:
        return 0
    return n


def choose_container(res: WalkResult) -> list[int]:
    """Indices of the chosen article container and of sibling containers that continue it."""
    blocks, conts = res.blocks, res.containers
    if not blocks:
        return [0]
    good = [_good_len(b) for b in blocks]
    prefix = [0]
    for g in good:
        prefix.append(prefix[-1] + g)
    score = [0.0] * len(conts)
    for b, g in zip(blocks, good, strict=True):
        if not g:
            continue
        c = b.container
        weight = 1.0
        for _ in range(3):
            if c < 0:
                break
            score[c] += g * weight + 0.0
            weight *= 0.5
            c = conts[c].parent
    for i, c in enumerate(conts):
        if c.content_hint and prefix[c.end] - prefix[c.start] > 0:
            score[i] *= 1.5
    best = max(range(len(conts)), key=lambda i: score[i])
    total_best = prefix[conts[best].end] - prefix[conts[best].start]
    # Climb to an ancestor whose extra good text looks like the chosen text (same container
    # signature): article text split over sibling sections by ads, media or teaser boxes.
    sig = [_signature(conts, b.container) if g else None for b, g in zip(blocks, good, strict=True)]
    inside = {sig[i] for i in range(conts[best].start, conts[best].end) if sig[i]}
    anc = conts[best].parent
    while anc >= 0:
        c = conts[anc]
        matched = unmatched = 0
        for i in range(c.start, c.end):
            if good[i] and not conts[best].start <= i < conts[best].end:
                if sig[i] in inside:
                    matched += good[i]
                else:
                    unmatched += good[i]
        if (matched >= 0.2 * total_best and unmatched <= matched + total_best) or (
            matched >= 300 and unmatched <= 0.5 * matched
        ):
            best, total_best = anc, total_best + matched + unmatched
            inside = {sig[i] for i in range(c.start, c.end) if sig[i]}
        elif unmatched > total_best:
            break
        anc = c.parent
    return [best]


def _signature(conts: list, idx: int) -> str:  # type: ignore[type-arg]
    """Tag name plus first class of a block's container ("div.textblock")."""
    tag = conts[idx].tag if idx >= 0 else None
    if tag is None:
        return ""
    classes = str(tag.attrs.get("class") or "").split()
    return f"{tag.name}.{classes[0] if classes else ''}"


def _dense(blocks: list[Block], good: list[int], start: int, end: int) -> bool:
    """True when most text in the range is good paragraph text."""
    total = sum(len(b.text) for b in blocks[start:end])
    return total > 0 and sum(good[start:end]) >= 0.6 * total


def _is_dateline(text: str) -> bool:
    if len(text) > 70:
        return False
    if not parse_german(text) and not re.search(r"\d{1,2}:\d{2}", text):
        return False
    words = [w for w in re.split(r"[\s,|]+", text) if re.search(r"[A-Za-zÄÖÜäöü]{4,}", w)]
    return len(words) <= 5


def is_byline(text: str) -> bool:
    return (
        len(text) < 120
        and bool(_BYLINE.match(text))
        and not _SENTENCE_END.search(text.rstrip(" ,"))
        or text.strip().lower() in ("von", "by")
    )


_WORDS = re.compile(r"\w+")


def _repeats_title(text: str, title_words: set[str]) -> bool:
    """True for a heading whose words are (nearly) all words of the headline."""
    words = set(_WORDS.findall(text.lower()))
    return len(words) >= 3 and len(words & title_words) >= 0.9 * len(words)


def _holds_title(key: str, title_key: str) -> bool:
    """True for a heading that is the headline with a kicker glued before or after it
    (``SVP-Sonderparteitag zur MigrationChiesa ruft zum …``)."""
    return len(title_key) >= 20 and len(key) - len(title_key) <= 80 and (
        key.endswith(title_key) or key.startswith(title_key))


def select_blocks(
    res: WalkResult, chosen: list[int], title: str | None
) -> tuple[list[tuple[str, str]], list[str]]:
    """Clean (kind, text) blocks of the chosen containers, and byline texts seen among them."""
    conts = res.containers
    ranges = sorted((conts[i].start, conts[i].end) for i in chosen)
    out: list[tuple[str, str]] = []
    bylines: list[str] = []
    seen: set[str] = set()
    title_key = " ".join((title or "").split()).lower()
    title_words = set(_WORDS.findall(title_key))
    in_teasers = False
    for start, end in ranges:
        for b in res.blocks[start:end]:
            if b.kind == "drop":
                continue
            text = b.text
            n = len(text)
            key = text.lower()
            if key in seen:
                continue
            if (b.kind == "h" or (n <= 50 and not text.endswith("."))) and starts_teaser_section(
                text
            ):
                in_teasers = True
                continue
            if in_teasers:
                # Inside a teaser/service section: skip short items until running text resumes.
                if b.kind == "h" or n < 200 or b.link_chars > 0.2 * n:
                    continue
                in_teasers = False
            if b.kind == "h1" or key == title_key:
                continue
            if (
                b.kind == "h"
                and not any(k == "p" for k, _ in out)
                and (_repeats_title(text, title_words) or _holds_title(key, title_key))
            ):
                continue  # a second rendering of the headline above the text
            if b.link_chars > 0.5 * n and not (
                b.kind == "p" and n > 200 and b.link_chars < 0.8 * n
            ):
                continue
            if is_boilerplate_text(text) or is_credit_line(text):
                continue
            if is_byline(text):
                bylines.append(text)
                continue
            if _is_dateline(text):
                continue
            if b.kind != "h" and len(out) < 2 and _PLACE_DATELINE.match(text):
                continue
            kind = "h" if b.kind == "h" else "p"
            short_item = b.kind in ("li", "td") and not b.link_chars and n >= 2
            if kind == "p" and n < 25 and not _SENTENCE_END.search(text) and not short_item:
                continue
            if kind == "h" and text.endswith(".") and len(text.split()) >= 5:
                kind = "p"  # a full sentence set as a heading is running text
            if kind == "h" and (n > 200 or n < 3):
                kind = "p" if n > 200 else kind
                if n < 3:
                    continue
            seen.add(key)
            out.append((kind, text))
    while out and out[-1][0] == "h":
        out.pop()
    return out, bylines
