"""The German analyzer: one definition, used by the Whoosh index and mirrored in JS.

Chain (see README.md here): tokenise (hyphens, numbers, abbreviations, quotes) → lower-case
→ stop words → Snowball German stem (folds ü/ue/u, ö/oe/o, ä/ae/a, ß/ss) → at index time
also compound parts. ``newsarchive/site/static/analyzer.js`` mirrors it exactly.
"""

from __future__ import annotations

from newsarchive.analysis.terms import clear_caches, get_splitter, token_terms
from newsarchive.analysis.tokenizer import iter_tokens
from newsarchive.analysis.whoosh_analyzer import (
    GermanTermFilter,
    GermanTokenizer,
    german_analyzer,
    german_query_analyzer,
)

MODES = ("index", "query")

__all__ = [
    "GermanTermFilter",
    "GermanTokenizer",
    "analyze",
    "clear_caches",
    "german_analyzer",
    "german_query_analyzer",
    "get_splitter",
    "tokens_with_offsets",
]


def _check_mode(mode: str) -> bool:
    if mode not in MODES:
        raise ValueError(f"analyze: mode must be 'index' or 'query', not {mode!r}")
    return mode == "query"


def analyze(text: str, mode: str = "index") -> list[str]:
    """Terms of ``text`` as the index (``"index"``) or a query (``"query"``) sees them."""
    query = _check_mode(mode)
    out: list[str] = []
    for raw, abbr, _s, _e in iter_tokens(text):
        out.extend(token_terms(raw, abbr, query))
    return out


def tokens_with_offsets(text: str, mode: str = "index") -> list[tuple[str, int, int, int]]:
    """``(term, position, start, end)`` for every term; a word's terms share its offsets."""
    query = _check_mode(mode)
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    for raw, abbr, start, end in iter_tokens(text):
        terms = token_terms(raw, abbr, query)
        if terms:
            out.extend((term, pos, start, end) for term in terms)
            pos += 1
    return out
