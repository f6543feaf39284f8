"""Snippets with matched words highlighted, using the analyzer's tokens over the stored text."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from newsarchive.analysis import german_analyzer

_WORD_END = re.compile(r"\w*")
_ANALYZER = german_analyzer()
WIDTH = 220
SCAN_LIMIT = 20_000
KEY = 4  # leading characters of a term that a hit word must contain (see _probe)
# a folded letter and the spellings it comes from (fold: ä/ae -> a, ö/oe -> o, ü/ue -> u,
# ß -> ss); the probe is case-insensitive
_SPELLINGS = {"a": "(?:ae|ä|a)", "o": "(?:oe|ö|o)", "u": "(?:ue|ü|u)", "s": "(?:ß|s)"}


@lru_cache(maxsize=200_000)
def word_tokens(word: str) -> frozenset[str]:
    """Index tokens of one word (cached: texts repeat their words)."""
    return frozenset(t.text for t in _ANALYZER(word, mode="index"))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@lru_cache(maxsize=256)
def _probe(terms: frozenset[str]) -> re.Pattern[str]:
    """A regex finding the words that can hit ``terms``, at the regex engine's speed.

    Every index token of a word is a stem of the word's folded spelling or of one of its
    compound parts, so it occurs in the folded word; its first ``KEY`` characters then occur
    in the word itself in one of their unfolded spellings. The probe finds the words holding
    such a spelling; only those are analysed.
    """
    keys = []
    for t in sorted({t[:KEY] for t in terms if t}, key=len, reverse=True):
        t = t.replace("ss", "\0")  # a folded "ss" may be one ß
        pat = "".join(_SPELLINGS.get(c, re.escape(c)) if c != "\0" else "(?:ss|ß)"
                      for c in t)
        keys.append(pat)
    if not keys:
        return re.compile(r"(?!)")
    return re.compile("|".join(keys), re.IGNORECASE)


def match_spans(text: str, terms: set[str], limit: int | None = None
                ) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` whose analysed tokens hit ``terms``.

    Words are analysed one at a time (cached), so a compound such as "Waffenlieferungen" is
    marked whole when one of its parts matched; only words the probe finds are analysed.
    With ``limit``, scanning stops at that character or a few snippet widths after the
    first match.
    """
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    stop = len(text) if limit is None else min(len(text), limit)
    probe = _probe(frozenset(terms))
    pos = 0
    while pos < stop:
        hit = probe.search(text, pos)
        if hit is None:
            break
        start = hit.start()  # widen the hit to its word
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        end = max(_WORD_END.match(text, hit.start()).end(), hit.end())
        pos = max(end, hit.start() + 1)
        if start > stop:
            break
        if not terms.isdisjoint(word_tokens(text[start:end])):
            if not spans and limit is not None:
                stop = min(len(text), start + 4 * WIDTH)  # enough for the best window
            spans.append((start, end))
    return spans


def _best_window(spans: list[tuple[int, int]], width: int) -> int:
    best, best_n, j = 0, -1, 0
    for i, (s, _) in enumerate(spans):
        while spans[j][0] < s - width:
            j += 1
        n = i - j + 1
        if n > best_n:
            best_n, best = n, spans[j][0]
    return best


#: A paragraph break after a paragraph without closing punctuation (a subheading).
_BARE_BREAK = re.compile(r"""([^\s.!?:;…"“”»«)])[ \t]*\n[ \t]*\n\s*""")


def flatten(text: str) -> str:
    """Article text on one line: a subheading's break becomes `` – ``, other breaks spaces
    (``Kritik von FDP und AfD – Die FDP kritisierte …``; search.js does the same)."""
    return " ".join(_BARE_BREAK.sub(r"\1 – ", text).split())


def snippet(text: str, terms: set[str], width: int = WIDTH) -> str:
    """An HTML fragment (escaped text, ``<mark>`` around matches) from ``text``."""
    text = flatten(text)
    spans = match_spans(text, terms, limit=SCAN_LIMIT)
    if spans:
        first = _best_window(spans, width)
        start = max(0, first - width // 4)
    else:
        start = 0
    end = min(len(text), start + width)
    if start > 0:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 30 else start
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + width // 2 else end
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    body = "".join(out)
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def to_terminal(fragment: str, color: bool) -> str:
    """A snippet fragment as terminal text (bold matches, or ``**word**`` when piped)."""
    on, off = ("\033[1m", "\033[0m") if color else ("**", "**")
    return html.unescape(fragment.replace("<mark>", on).replace("</mark>", off))
