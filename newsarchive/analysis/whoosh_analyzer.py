"""Whoosh integration: ``GermanTokenizer() | GermanTermFilter()``.

The tokenizer yields one whoosh ``Token`` per raw token with its position and characters;
the filter replaces it by its terms (:func:`~newsarchive.analysis.terms.token_terms`), all
at the token's position and with the token's characters, so that highlighting marks the
whole word for an inflected or compound match. Stop words take no position (positions are
renumbered, like whoosh's ``StopFilter``) unless ``removestops=False`` is passed (whoosh's
highlighter does), when they are yielded with ``stopped=True``.

``german_analyzer()`` follows the ``mode`` whoosh passes: ``"query"`` when parsing a query,
anything else (``"index"``) when indexing or re-tokenising for highlights.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Analyzer, Filter, Token, Tokenizer

from newsarchive.analysis.terms import _CACHES, token_terms
from newsarchive.analysis.tokenizer import _COMBINING, TOKEN_RE, TOKEN_RE_COMBINING


class GermanTokenizer(Tokenizer):
    """Tokens of German text (see :mod:`newsarchive.analysis.tokenizer`); ``text`` is raw."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            t.stopped = False
            t.abbreviation = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        rx = TOKEN_RE_COMBINING if _COMBINING.search(value) else TOKEN_RE
        t.boost = 1.0
        t.stopped = False
        for i, m in enumerate(rx.finditer(value)):
            t.text = raw = m.group()
            t.abbreviation = m.lastgroup == "abbr"
            if keeporiginal:
                t.original = raw
            if positions:
                t.pos = start_pos + i
            if chars:
                t.startchar = start_char + m.start()
                t.endchar = start_char + m.end()
            yield t


class GermanTermFilter(Filter):
    """Raw tokens → stemmed terms, compound parts (index mode) and stop-word removal.

    ``mode``: ``None`` follows the mode of each call (``"query"`` or index), ``"query"`` or
    ``"index"`` fixes it.
    """

    def __init__(self, mode: str | None = None) -> None:
        self.mode = mode

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.mode == self.mode

    def __hash__(self) -> int:
        return hash((type(self), self.mode))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        pos = query = None
        words = abbrs = None
        for t in tokens:
            if query is None:
                pos = t.pos if t.positions else 0
                query = (self.mode or t.mode) == "query"
                words, abbrs = _CACHES[False, query], _CACHES[True, query]
            abbr = getattr(t, "abbreviation", False)
            terms = (abbrs if abbr else words).get(t.text)
            if terms is None:
                terms = token_terms(t.text, abbr, query)
            if not terms:
                if not t.removestops:
                    t.stopped = True
                    if t.positions:
                        t.pos = pos
                    yield t
                    t.stopped = False
                continue
            if t.positions:
                t.pos = pos
            for term in terms:
                t.text = term
                yield t
            pos += 1


def german_analyzer() -> Analyzer:
    """Index-time analyzer (also correct at query time: it follows whoosh's ``mode``)."""
    return GermanTokenizer() | GermanTermFilter()


def german_query_analyzer() -> Analyzer:
    """Query-time analyzer: no compound splitting, whatever the mode."""
    return GermanTokenizer() | GermanTermFilter(mode="query")
