"""Facet counts over a result set: per-field (doc, value) pairs held as numpy arrays."""

from __future__ import annotations

import numpy as np

FACET_FIELDS = {"persons": "persons", "places": "places", "orgs": "orgs",
                "sources": "source", "months": "month"}
TOP = 20


class FacetTable:
    """Built once per searcher generation from the postings of the facet fields."""

    def __init__(self, reader) -> None:
        self.size = reader.doc_count_all()
        self.fields: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = {}
        self.starts: dict[str, np.ndarray] = {}  # per doc, where its pairs begin
        for name, fieldname in FACET_FIELDS.items():
            values: list[str] = []
            docs: list[np.ndarray] = []
            terms: list[np.ndarray] = []
            for i, t in enumerate(reader.lexicon(fieldname)):
                text = t.decode("utf-8") if isinstance(t, bytes) else t
                ids = np.fromiter(reader.postings(fieldname, text).all_ids(), dtype=np.int64)
                values.append(text)
                docs.append(ids)
                terms.append(np.full(len(ids), i, dtype=np.int32))
            d = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
            tt = np.concatenate(terms) if terms else np.zeros(0, dtype=np.int32)
            by_doc = np.argsort(d, kind="stable")  # (doc, value) pairs grouped by document
            d, tt = d[by_doc], tt[by_doc]
            self.fields[name] = (values, d, tt)
            self.starts[name] = np.searchsorted(d, np.arange(self.size + 1))

    def counts(self, docs: np.ndarray, top: int = TOP) -> dict[str, list[list]]:
        """{facet: [[value, count], …]} over ``docs``, most frequent first (months by date)."""
        docs = docs[docs < self.size]
        mask = None
        if 3 * len(docs) > self.size:  # a large share of the archive: one pass over all pairs
            mask = np.zeros(self.size, dtype=bool)
            mask[docs] = True
        out: dict[str, list[list]] = {}
        for name, (values, d, tt) in self.fields.items():
            if not values:
                out[name] = []
                continue
            if mask is not None:
                c = np.bincount(tt[mask[d]], minlength=len(values))
            else:  # only the result's pairs: each doc's run starts[doc]..starts[doc + 1]
                starts = self.starts[name]
                first, n = starts[docs], starts[docs + 1] - starts[docs]
                pos = np.repeat(first - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
                c = np.bincount(tt[pos], minlength=len(values))
            nz = np.nonzero(c)[0]  # ascending index = lexicon (value) order
            if name == "months":
                out[name] = [[values[i], int(c[i])] for i in nz]
            else:
                # most frequent first, ties by value (stable sort over value order)
                order = nz[np.argsort(-c[nz], kind="stable")][:top]
                out[name] = [[values[i], int(c[i])] for i in order]
        return out
