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
            self.fields[name] = (values, d, tt)

    def counts(self, docs: np.ndarray, top: int = TOP) -> dict[str, list[list]]:
        """{facet: [[value, count], …]} over ``docs``, most frequent first (months by date)."""
        mask = np.zeros(self.size, dtype=bool)
        mask[docs[docs < self.size]] = True
        out: dict[str, list[list]] = {}
        for name, (values, d, tt) in self.fields.items():
            if not values:
                out[name] = []
                continue
            c = np.bincount(tt[mask[d]], minlength=len(values))
            nz = np.nonzero(c)[0]  # ascending index = lexicon (value) order
            if name == "months":
                out[name] = [[values[i], int(c[i])] for i in nz]
            else:
                # most frequent first, ties by value (stable sort over value order)
                order = nz[np.argsort(-c[nz], kind="stable")][:top]
                out[name] = [[values[i], int(c[i])] for i in order]
        return out
