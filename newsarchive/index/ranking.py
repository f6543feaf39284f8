"""Ranking large result sets: BM25F over whole posting lists with numpy, then Whoosh.

Whoosh scores one matching document per Python call, which at 100k articles costs hundreds of
milliseconds for a common word. For query trees made of terms and phrases (``Term``,
``Phrase``, ``And``, ``Or``, ``Not``, ``AndNot``, ``AndMaybe``, ``Require``, boosts) this
module computes every match's BM25F score as arrays, with the same expression and the same
statistics Whoosh's scorer uses (see docs/search-contract.md). Those scores only choose the
candidates for the first places: every document within 0.0015 of the last place needed (so
all rounding ties are kept) is scored again by Whoosh's own matcher, and the hits keep
Whoosh's exact scores and the contract's order. Queries with other parts (prefixes, ranges)
return None and take Whoosh's path.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh import query as Q
from whoosh import scoring

from newsarchive.index.postings import (
    field_lengths,
    phrase_docs,
    phrase_docs_from,
    term_postings,
)

Arrays = tuple[np.ndarray, np.ndarray]  # (sorted docnums, scores)
#: Candidates within this distance of the last needed place are re-scored by Whoosh.
TIE_MARGIN = 0.0015


class PostingCache:
    """Posting arrays and field lengths of one open searcher, least recently used first out."""

    def __init__(self, reader, max_bytes: int = 256 << 20) -> None:
        self.reader = reader
        self.max_bytes = max_bytes
        self.size = 0
        self._terms: OrderedDict[tuple[str, object], tuple[np.ndarray, np.ndarray]] = \
            OrderedDict()
        self._lengths: dict[str, np.ndarray] = {}

    def postings(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        key = (fieldname, text)
        got = self._terms.get(key)
        if got is not None:
            self._terms.move_to_end(key)
            return got
        got = term_postings(self.reader, fieldname, text)
        self._store(key, got)
        return got

    def has(self, fieldname: str, text) -> bool:
        return (fieldname, text) in self._terms

    def postings_and_values(self, fieldname: str, text) -> tuple[np.ndarray, list] | None:
        """A term's docnums and encoded values (positions) in one read; the arrays are
        cached as :meth:`postings` would. None if the field has no value per posting."""
        values: list = []
        try:
            got = term_postings(self.reader, fieldname, text, values)
        except ValueError:
            return None
        self._store((fieldname, text), got)
        return got[0], values

    def _store(self, key: tuple[str, object], got: tuple[np.ndarray, np.ndarray]) -> None:
        self._terms[key] = got
        self.size += got[0].nbytes + got[1].nbytes
        while self.size > self.max_bytes and len(self._terms) > 1:
            _, (a, b) = self._terms.popitem(last=False)
            self.size -= a.nbytes + b.nbytes

    def lengths(self, fieldname: str) -> np.ndarray:
        if fieldname not in self._lengths:
            self._lengths[fieldname] = field_lengths(self.reader, fieldname)
        return self._lengths[fieldname]


def _union(parts: list[Arrays]) -> Arrays:
    ids = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    uniq, inverse = np.unique(ids, return_inverse=True)
    return uniq, np.bincount(inverse, weights=scores, minlength=len(uniq))


def _intersect(a: Arrays, b: Arrays, add: bool = True) -> Arrays:
    ids, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return ids, (a[1][ia] + b[1][ib]) if add else a[1][ia]


def _minus(a: Arrays, ids: np.ndarray) -> Arrays:
    keep = ~np.isin(a[0], ids, assume_unique=True)
    return a[0][keep], a[1][keep]


class Scorer:
    """Array scores of term-only query trees on one searcher (see the module docstring)."""

    def __init__(self, searcher, cache: PostingCache) -> None:
        self.searcher = searcher
        self.cache = cache
        w = searcher.weighting
        self.ok = type(w) is scoring.BM25F
        self.weighting = w

    def scores(self, q: Q.Query) -> Arrays | None:
        """Matches of ``q`` and their BM25F scores, or None if ``q`` has other parts."""
        if not self.ok:
            return None
        return self._node(q)

    def _term(self, q: Q.Term) -> Arrays | None:
        s = self.searcher
        field = q.fieldname
        if field not in s.schema or not s.schema[field].scorable:
            return None
        text = q.text
        ids, tf = self.cache.postings(field, text)
        if not len(ids):
            return ids, tf
        w = self.weighting
        B = w._field_B.get(field, w.B)
        K1 = w.K1
        idf = s.idf(field, text)
        avgfl = s.avg_field_length(field) or 1
        fl = self.cache.lengths(field)[ids]
        sc = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
        return ids, sc

    def _phrase(self, q: Q.Phrase) -> Arrays | None:
        """Whoosh finds where the words stand in order; a phrase scores the sum of its
        words' scores in those documents."""
        if not q.words:
            return None
        read: dict | None = None
        words = set(q.words)
        if q.slop == 1 and not all(self.cache.has(q.fieldname, w) for w in words):
            # one read per word gives both the scores' arrays and the positions
            read = {w: self.cache.postings_and_values(q.fieldname, w) for w in words}
            if any(v is None for v in read.values()):
                read = None
        parts = [self._term(Q.Term(q.fieldname, w)) for w in q.words]
        if any(p is None for p in parts):
            return None
        out = parts[0]
        for p in parts[1:]:
            out = _intersect(out, p)
        if not len(out[0]):
            return out
        if read is not None:
            decode = self.searcher.schema[q.fieldname].format.decode_positions
            where = phrase_docs_from(q.words, read, out[0], decode)
        elif q.slop == 1:
            where = phrase_docs(self.searcher.reader(), q.fieldname, q.words, out[0])
        else:
            plain = Q.Phrase(q.fieldname, q.words, slop=q.slop)
            where = np.fromiter(self.searcher.docs_for_query(plain), dtype=np.int64)
        keep = np.isin(out[0], where, assume_unique=True)
        return out[0][keep], out[1][keep]

    def _node(self, q: Q.Query) -> Arrays | None:
        out = self._plain(q)
        if out is None:
            return None
        boost = getattr(q, "boost", 1.0)
        if boost != 1.0 and not isinstance(q, Q.Term):
            out = (out[0], out[1] * boost)
        return out

    def _plain(self, q: Q.Query) -> Arrays | None:
        if type(q) is Q.Term:
            out = self._term(q)
            if out is not None and q.boost != 1.0:
                out = (out[0], out[1] * q.boost)
            return out
        if type(q) is Q.Phrase:
            return self._phrase(q)
        if type(q) is Q.And:
            pos = [c for c in q.subqueries if not isinstance(c, Q.Not)]
            neg = [c.query for c in q.subqueries if isinstance(c, Q.Not)]
            if not pos:
                return None
            parts = [self._node(c) for c in pos]
            if any(p is None for p in parts):
                return None
            parts.sort(key=lambda p: len(p[0]))
            out = parts[0]
            for p in parts[1:]:
                out = _intersect(out, p)
            for c in neg:
                got = self._node(c)
                if got is None:
                    return None
                out = _minus(out, got[0])
            return out
        if type(q) is Q.Or and not getattr(q, "scale", None) and not getattr(q, "minmatch", 0):
            if any(isinstance(c, Q.Not) for c in q.subqueries):
                return None
            parts = [self._node(c) for c in q.subqueries]
            if any(p is None for p in parts):
                return None
            parts = [p for p in parts if len(p[0])]
            if not parts:
                return np.zeros(0, np.int64), np.zeros(0)
            return parts[0] if len(parts) == 1 else _union(parts)
        if type(q) is Q.AndNot:
            a, b = self._node(q.a), self._node(q.b)
            return None if a is None or b is None else _minus(a, b[0])
        if type(q) is Q.Require:
            a, b = self._node(q.a), self._node(q.b)
            return None if a is None or b is None else _intersect(a, b, add=False)
        if type(q) is Q.AndMaybe:
            a, b = self._node(q.a), self._node(q.b)
            if a is None or b is None:
                return None
            both = _intersect(a, b)
            sc = a[1].copy()
            sc[np.searchsorted(a[0], both[0])] = both[1]
            return a[0], sc
        return None


def candidates(ids: np.ndarray, scores: np.ndarray, need: int) -> np.ndarray:
    """Docnums that can reach the first ``need`` places (rounding ties included)."""
    if len(ids) <= need:
        return ids
    kth = np.partition(scores, len(scores) - need)[len(scores) - need]
    return ids[scores >= kth - TIE_MARGIN]


def whoosh_scores(searcher, q: Q.Query, docnums: np.ndarray) -> list[tuple[int, float]]:
    """Whoosh's own scores of ``q`` for the given matching docnums (sorted)."""
    out: list[tuple[int, float]] = []
    context = searcher.context()
    docnums = np.sort(docnums)
    for sub, offset in searcher.leaf_searchers():
        n = sub.doc_count_all()
        local = docnums[(docnums >= offset) & (docnums < offset + n)] - offset
        if not len(local):
            continue
        m = q.matcher(sub, context)
        for d in local.tolist():
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() == d:
                out.append((d + offset, m.score()))
    return out

