"""Fast matching-document sets: the query tree evaluated as numpy set algebra.

Whoosh's own ``docs_for_query`` walks a Python matcher per document; for the total count and
the facets we only need the set, which is cheaper to build from whole posting lists. Phrase
and range queries (and anything unusual) fall back to Whoosh.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as Q

from newsarchive.index.postings import phrase_docs, term_postings

EMPTY = np.zeros(0, dtype=np.int64)


def _postings(reader, fieldname: str, text, cache=None) -> np.ndarray:
    if cache is not None:
        return cache.postings(fieldname, text)[0]
    return term_postings(reader, fieldname, text)[0]


def _fallback(searcher, q: Q.Query) -> np.ndarray:
    return np.fromiter(searcher.docs_for_query(q), dtype=np.int64)


def docset(searcher, q: Q.Query, pub: np.ndarray | None = None,
           live: np.ndarray | None = None, cache=None) -> np.ndarray:
    """Sorted unique docnums matching ``q`` (live documents only).

    ``pub`` (published as Whoosh's long per docnum, -1 if missing) and ``live`` (sorted live
    docnums) let date ranges on ``published`` be answered from the column; ``cache`` (a
    :class:`~newsarchive.index.ranking.PostingCache`) keeps posting lists between queries.
    """
    reader = searcher.reader()
    if (isinstance(q, Q.DateRange) and q.fieldname == "published" and pub is not None
            and live is not None):
        return _date_docs(q, pub, live)

    if isinstance(q, Q.Term):
        return _postings(reader, q.fieldname, q.text, cache)
    if isinstance(q, Q.And):
        pos = [c for c in q.subqueries if not isinstance(c, Q.Not)]
        neg = [c.query for c in q.subqueries if isinstance(c, Q.Not)]
        if not pos:
            return _fallback(searcher, q)
        # cheapest first, stop early when empty
        sets = []
        for c in pos:
            s = docset(searcher, c, pub, live, cache)
            if not len(s):
                return EMPTY
            sets.append(s)
        sets.sort(key=len)
        out = sets[0]
        for s in sets[1:]:
            out = np.intersect1d(out, s, assume_unique=True)
            if not len(out):
                return EMPTY
        for c in neg:
            out = np.setdiff1d(out, docset(searcher, c, pub, live, cache), assume_unique=True)
        return out
    if isinstance(q, Q.Or) and not any(isinstance(c, Q.Not) for c in q.subqueries):
        parts = [docset(searcher, c, pub, live, cache) for c in q.subqueries]
        parts = [p for p in parts if len(p)]
        return np.unique(np.concatenate(parts)) if parts else EMPTY
    if isinstance(q, Q.AndNot):
        a, b = docset(searcher, q.a, pub, live, cache), docset(searcher, q.b, pub, live, cache)
        return np.setdiff1d(a, b, assume_unique=True)
    if isinstance(q, Q.AndMaybe):
        return docset(searcher, q.a, pub, live, cache)
    if isinstance(q, Q.Require):
        a, b = docset(searcher, q.a, pub, live, cache), docset(searcher, q.b, pub, live, cache)
        return np.intersect1d(a, b, assume_unique=True)
    if type(q) is Q.Phrase and q.slop == 1 and q.words:
        fmt = searcher.schema[q.fieldname].format if q.fieldname in searcher.schema else None
        if fmt is not None and fmt.supports("positions"):
            both = None
            for w in q.words:
                ids = _postings(reader, q.fieldname, w, cache)
                both = ids if both is None else np.intersect1d(both, ids, assume_unique=True)
                if not len(both):
                    return EMPTY
            return phrase_docs(reader, q.fieldname, q.words, both)
    if isinstance(q, (Q.Prefix, Q.Wildcard)):
        parts = [_postings(reader, q.fieldname, t, cache) for t in q._btexts(reader)]
        parts = [p for p in parts if len(p)]
        return np.unique(np.concatenate(parts)) if parts else EMPTY
    return _fallback(searcher, q)


def _date_docs(q: Q.DateRange, pub: np.ndarray, live: np.ndarray) -> np.ndarray:
    from whoosh.util.times import datetime_to_long

    p = pub[live]
    mask = p >= 0
    if q.startdate is not None:
        lo = datetime_to_long(q.startdate)
        mask &= (p > lo) if q.startexcl else (p >= lo)
    if q.enddate is not None:
        hi = datetime_to_long(q.enddate)
        mask &= (p < hi) if q.endexcl else (p <= hi)
    return live[mask]


def is_constant(q: Q.Query) -> bool:
    """True when Whoosh gives every match the same score (``q.boost``)."""
    if isinstance(q, (Q.Prefix, Q.Wildcard)):
        return bool(getattr(q, "constantscore", True))
    if isinstance(q, (Q.DateRange, Q.NumericRange, Q.TermRange)):
        return bool(getattr(q, "constantscore", True))
    return False
