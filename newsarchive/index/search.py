"""Searching the archive: hits in contract order, snippets, facets and "Meinten Sie …?"."""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as windex
from whoosh import query as Q

from newsarchive.archive.store import Archive
from newsarchive.index.docsets import docset, is_constant
from newsarchive.index.facets import FACET_FIELDS, FacetTable
from newsarchive.index.postings import numeric_column
from newsarchive.index.query import (
    QueryError,
    content_terms,
    date_query,
    name_query,
    name_terms,
    parse_date_range,
    parse_query,
)
from newsarchive.index.ranking import PostingCache, Scorer, candidates, whoosh_scores
from newsarchive.index.schema import ENTITY_FIELDS
from newsarchive.index.snippets import snippet
from newsarchive.index.suggest import suggest

MISSING = 1 << 63  # Whoosh stores "no value" as the largest unsigned 64-bit number
MARGIN = 20
MAX_OPEN = 8  # archives with a cached searcher per process


@dataclass
class Hit:
    id: str
    url: str | None
    title: str
    published: str | None
    source: str | None
    score: float
    snippet: str


@dataclass
class SearchResult:
    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[list[Any]]] = field(default_factory=dict)
    suggestion: str | None = None
    #: entity filters that match no article at all: {"type", "name", "suggestion"}
    unknown_names: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "hits": [asdict(h) for h in self.hits],
                "facets": self.facets, "suggestion": self.suggestion,
                "unknown_names": self.unknown_names}


class _Open:
    """An open searcher on one index generation, refreshed when the index changes."""

    def __init__(self, gen: Path) -> None:
        self.gen = gen
        self.ix = windex.open_dir(gen)
        self.searcher = self.ix.searcher()
        self.facets: FacetTable | None = None
        self.cols: tuple[np.ndarray, np.ndarray] | None = None
        self._live: np.ndarray | None = None
        self.cache = PostingCache(self.searcher.reader())

    def fresh(self) -> _Open:
        if not self.searcher.up_to_date():
            # not Searcher.refresh(): it reuses the readers of segments it already had, and
            # those keep the deletions those segments had then (an updated article's old
            # version would still be found)
            old, self.searcher = self.searcher, self.ix.searcher()
            old.close()
            self.facets = None
            self.cols = None
            self._live = None
            self.cache = PostingCache(self.searcher.reader())
        return self

    def live(self) -> np.ndarray:
        """Sorted docnums of the live (not deleted) documents."""
        if self._live is None:
            self._live = np.fromiter(self.searcher.reader().all_doc_ids(), dtype=np.int64)
        return self._live

    def columns(self) -> tuple[np.ndarray, np.ndarray]:
        """Per docnum: published as an int (-1 when missing) and the article id."""
        if self.cols is None:
            r = self.searcher.reader()
            n = r.doc_count_all()
            ic = r.column_reader("id")
            pub = numeric_column(r, "published", MISSING)
            pub = np.where(pub >= np.uint64(MISSING), -1, pub.astype(np.int64))
            ids = np.array([ic[i] for i in range(n)], dtype="U16") if n else np.zeros(0, "U16")
            self.cols = (pub.astype(np.int64), ids)
        return self.cols

    def facet_table(self) -> FacetTable:
        if self.facets is None:
            self.facets = FacetTable(self.searcher.reader())
        return self.facets

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


_OPEN: dict[str, _Open] = {}
_ARCH: dict[str, Archive] = {}
_LOCK = threading.Lock()


def _archive(archive: Archive | str | os.PathLike[str]) -> Archive:
    if isinstance(archive, Archive):
        return archive
    key = str(Path(archive).resolve())
    if key not in _ARCH:
        while len(_ARCH) >= MAX_OPEN:
            _ARCH.pop(next(iter(_ARCH))).close()
        _ARCH[key] = Archive(archive, create=False)
    return _ARCH[key]


def open_searcher(arch: Archive) -> _Open | None:
    """The cached searcher of the archive's current index generation."""
    gen = arch.index_dir()
    if gen is None or not windex.exists_in(gen):
        return None
    key = str(arch.path.resolve())
    with _LOCK:
        cur = _OPEN.get(key)
        if cur is None or cur.gen != gen:
            if cur is not None:
                cur.close()
            while len(_OPEN) >= MAX_OPEN:  # forget the oldest archive
                _OPEN.pop(next(iter(_OPEN))).close()
            cur = _OPEN[key] = _Open(gen)
        return cur.fresh()


def build_filter(date_from: str | datetime | None = None, date_to: str | datetime | None = None,
                 persons=(), places=(), orgs=(), sources=(), reader=None) -> Q.Query | None:
    """The Whoosh filter for command-line style restrictions (no effect on scores)."""
    parts: list[Q.Query] = []
    if date_from or date_to:
        lo = parse_date_range(date_from)[0] if isinstance(date_from, str) else date_from
        hi = parse_date_range(date_to)[1] if isinstance(date_to, str) else date_to
        parts.append(date_query(lo, hi))
    for fieldname, names in (("person", persons), ("place", places), ("org", orgs)):
        for n in names or ():
            parts.append(name_query(fieldname, n))
    if sources:
        known = {}
        if reader is not None:
            known = {t.decode() if isinstance(t, bytes) else t: None
                     for t in reader.lexicon("source")}
        alts = []
        for s in sources:
            match = [k for k in known if k.casefold() == s.casefold()] or [s]
            alts.extend(Q.Term("source", m) for m in match)
        parts.append(Q.Or(alts) if len(alts) > 1 else alts[0])
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Q.And(parts)


def _order(items: list[tuple[int, float]], pub: np.ndarray, ids: np.ndarray,
           by_date: bool) -> list[tuple]:
    keyed = []
    for docnum, score in items:
        p = int(pub[docnum])
        r = round(score, 3)
        key = (-p, -r, ids[docnum]) if by_date else (-r, -p, ids[docnum])
        keyed.append((key, docnum, score))
    keyed.sort()
    return keyed


def search(archive: Archive | str | os.PathLike[str], query: str, *,
           date_from: str | datetime | None = None, date_to: str | datetime | None = None,
           persons=(), places=(), orgs=(), sources=(), sort: str = "relevance",
           page: int = 1, per_page: int = 10, facets: bool = True,
           snippets: bool = True) -> SearchResult:
    """Search the archive (see docs/search-contract.md for parsing, scoring and order)."""
    if sort not in ("relevance", "date"):
        raise QueryError(f"unknown sort order {sort!r} (relevance or date)")
    page, per_page = max(1, int(page)), max(1, int(per_page))
    arch = _archive(archive)
    res = SearchResult(query=query, total=0, page=page, per_page=per_page)
    q = parse_query(query)
    op = open_searcher(arch)
    if op is None:
        return res
    s = op.searcher
    asked = {"PER": persons, "LOC": places, "ORG": orgs}
    canon = {typ: _canonical(arch, typ, names) for typ, names in asked.items()}
    fq = build_filter(date_from, date_to, canon["PER"], canon["LOC"], canon["ORG"], sources,
                      s.reader())
    pub, ids = op.columns()

    fast = None if is_constant(q) else Scorer(s, op.cache).scores(q)
    if fast is not None:
        docs = fast[0]
        if fq is not None:
            docs = np.intersect1d(docs, docset(s, fq, pub, op.live(), op.cache),
                                  assume_unique=True)
    else:
        allq = Q.And([q, fq]) if fq is not None else q
        docs = docset(s, allq, pub, op.live(), op.cache)
    res.total = int(len(docs))
    if facets:
        res.facets = op.facet_table().counts(docs) if len(docs) else {f: [] for f in
                                                                      FACET_FIELDS}
    if not len(docs):
        res.unknown_names = _unknown_names(arch, s, asked, canon)
        better = suggest(arch, s, query)
        with contextlib.suppress(QueryError):
            if better is not None and _finds_something(s, parse_query(better), fq):
                res.suggestion = better  # only a suggestion that finds something
        return res
    need = page * per_page
    reader = s.reader()
    by_date = sort == "date"
    if is_constant(q):  # every match scores q.boost: order by date, then id
        cand = docs
        if len(docs) > need:  # only the newest can be on the page (ties at the edge kept)
            p = pub[docs]
            cand = docs[p >= np.partition(p, len(p) - need)[len(p) - need]]
        order = np.lexsort((ids[cand], -pub[cand]))[:need]
        ranked = [(None, int(d), float(q.boost)) for d in cand[order]]
    elif fast is not None:  # array scores choose the candidates, Whoosh scores them
        if by_date:
            cand = np.fromiter(_date_candidates(docs, pub, need), dtype=np.int64)
        else:
            sc = fast[1] if fq is None else fast[1][np.searchsorted(fast[0], docs)]
            cand = candidates(docs, sc, need)
        ranked = _order(whoosh_scores(s, q, cand), pub, ids, by_date)
    else:
        if by_date:
            items = _scores(s, q, _date_candidates(docs, pub, need), None)
        else:
            # without filters the matches of q are exactly docs: no allow-set to check
            allowed = set(docs.tolist()) if fq is not None else None
            items = _scores(s, q, allowed, need + MARGIN)
            if len(items) >= need + MARGIN:
                ranked = _order(items, pub, ids, False)
                edge = round(ranked[need - 1][2], 3)
                if round(min(sc for _, sc in items), 3) >= edge:
                    items = _scores(s, q, allowed, None)
        ranked = _order(items, pub, ids, by_date)
    terms = content_terms(q, reader) | name_terms([*persons, *places, *orgs])
    for _key, docnum, score in ranked[(page - 1) * per_page: need]:
        sf = s.stored_fields(docnum)
        text = ""
        if snippets:
            got = arch.text_of(sf["id"])
            text = snippet(got[1], terms) if got else ""
        res.hits.append(Hit(id=sf["id"], url=sf.get("url"), title=sf.get("title", ""),
                            published=sf.get("date"), source=sf.get("source"),
                            score=round(score, 3), snippet=text))
    return res


def _finds_something(s, q: Q.Query, fq: Q.Query | None) -> bool:
    """Whether ``q`` (under the filter ``fq``) matches a live document; Whoosh's matchers
    stop at the first one instead of collecting every match."""
    wq = Q.And([q, fq]) if fq is not None else q
    return wq.matcher(s, s.boolean_context()).is_active()


def _unknown_names(arch: Archive, s, asked: dict[str, Any], canon: dict[str, list[str]]
                   ) -> list[dict[str, Any]]:
    """Entity filters (``asked``, and ``canon``: their canonical names) that no article
    matches, each with the closest registry name (or None): a mistyped ``--person "Olaf
    Scholtz"`` is named instead of just finding nothing."""
    from newsarchive.archive.registry import closest_name

    out = []
    for typ, names in asked.items():
        field = ENTITY_FIELDS[typ][0]
        for name, canonical in zip(names or (), canon[typ], strict=True):
            try:
                if _finds_something(s, name_query(field, canonical), None):
                    continue
            except QueryError:  # nothing searchable in the name
                pass
            out.append({"type": typ, "name": name,
                        "suggestion": closest_name(arch.db, typ, name)})
    return out


def _canonical(arch: Archive, typ: str, names) -> list[str]:
    """Filter names through the registry: an alias becomes its canonical name."""
    out = []
    for n in names or ():
        row = arch.db.execute("SELECT canonical FROM entity_names WHERE type=? AND name=? "
                              "COLLATE NOCASE AND canonical IS NOT NULL", (typ, n)).fetchone()
        out.append(row[0] if row else n)
    return out


def _scores(s, q: Q.Query, allowed: set[int] | None, limit: int | None
            ) -> list[tuple[int, float]]:
    r = s.search(q, filter=allowed, limit=limit)
    return [(r.docnum(i), r.score(i)) for i in range(r.scored_length())]


def _date_candidates(docs: np.ndarray, pub: np.ndarray, need: int) -> set[int]:
    """Docs that can reach the first ``need`` places by date (all ties at the edge kept)."""
    if len(docs) <= need:
        return set(docs.tolist())
    p = pub[docs]
    edge = np.partition(p, len(p) - need)[len(p) - need]
    return set(docs[p >= edge].tolist())
