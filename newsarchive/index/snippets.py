"""Snippets with matched words highlighted, using the analyzer's tokens over the stored text."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from newsarchive.analysis import german_analyzer

_WORD = re.compile(r"\w+")
_ANALYZER = german_analyzer()
WIDTH = 220
SCAN_LIMIT = 20_000


@lru_cache(maxsize=200_000)
def word_tokens(word: str) -> frozenset[str]:
    """Index tokens of one word (cached: texts repeat their words)."""
    return frozenset(t.text for t in _ANALYZER(word, mode="index"))


def match_spans(text: str, terms: set[str], limit: int | None = None
                ) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` whose analysed tokens hit ``terms``.

    Words are analysed one at a time (cached), so a compound such as "Waffenlieferungen" is
    marked whole when one of its parts matched. With ``limit``, scanning stops at that
    character or a few snippet widths after the first match.
    """
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    stop = len(text) if limit is None else min(len(text), limit)
    for m in _WORD.finditer(text, 0, stop):
        if not terms.isdisjoint(word_tokens(m.group())):
            if not spans and limit is not None:
                stop = min(len(text), m.start() + 4 * WIDTH)  # enough for the best window
            spans.append((m.start(), m.end()))
        if m.start() > stop:
            break
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


def snippet(text: str, terms: set[str], width: int = WIDTH) -> str:
    """An HTML fragment (escaped text, ``<mark>`` around matches) from ``text``."""
    text = " ".join(text.split())
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
