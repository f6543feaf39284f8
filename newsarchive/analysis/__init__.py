"""The German analyzer: one definition, used by the Whoosh index and mirrored in JS.

Chain (see README.md here): tokenise (hyphens, numbers, abbreviations, quotes) → lower-case
→ stop words → Snowball German stem (folds ü/ue/u, ö/oe/o, ä/ae/a, ß/ss) → at index time
also compound parts. ``newsarchive/site/static/analyzer.js`` mirrors it exactly.
"""

from __future__ import annotations

from newsarchive.analysis.terms import _CACHES, clear_caches, get_splitter, token_terms
from newsarchive.analysis.tokenizer import (
    _COMBINING,
    TOKEN_RE,
    TOKEN_RE_COMBINING,
    iter_tokens,
)
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
    "term_positions",
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


def term_positions(text: str) -> dict[str, list[int]]:
    """Index-mode terms of ``text`` with their positions (what the Whoosh chain yields for a
    ``Positions`` field, without building a token object per term). The token loop and
    cache lookup are :class:`GermanTokenizer` and :class:`GermanTermFilter` fused into one
    (this runs for every indexed article)."""
    words, abbrs = _CACHES[False, False], _CACHES[True, False]
    out: dict[str, list[int]] = {}
    pos = 0
    rx = TOKEN_RE_COMBINING if _COMBINING.search(text) else TOKEN_RE
    for abbr, word in rx.findall(text):  # one of the two groups is empty
        if word:
            terms = words.get(word)
            if terms is None:
                terms = token_terms(word, False, False)
        else:
            terms = abbrs.get(abbr)
            if terms is None:
                terms = token_terms(abbr, True, False)
        if not terms:
            continue
        for term in terms:
            poses = out.get(term)
            if poses is None:
                out[term] = [pos]
            else:
                poses.append(pos)
        pos += 1
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
