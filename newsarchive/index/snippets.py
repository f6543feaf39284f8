"""Snippets with matched words highlighted, using the analyzer's tokens over the stored text."""

from __future__ import annotations

import html
import re

from newsarchive.analysis import german_analyzer

_WORD = re.compile(r"\w+")
WIDTH = 220


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of whole words in ``text`` whose analysed tokens hit ``terms``."""
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    for tok in german_analyzer()(text, chars=True, mode="index"):
        if tok.text in terms:
            spans.append((tok.startchar, tok.endchar))
    if not spans:
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out: set[tuple[int, int]] = set()
    i = 0
    for s, e in sorted(spans):
        while i < len(words) and words[i][1] <= s:
            i += 1
        if i < len(words) and words[i][0] <= s < words[i][1]:
            out.add((words[i][0], max(words[i][1], e)))
        else:
            out.add((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(out):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


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
    spans = match_spans(text, terms)
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
