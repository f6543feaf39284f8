"""Posting arrays and array ranking agree with Whoosh's own matchers and scores."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as windex
from whoosh.fields import DATETIME, ID, TEXT, Schema

from newsarchive.archive import Archive, ingest
from newsarchive.index import QueryError, search
from newsarchive.index import ranking as ranking_mod
from newsarchive.index.postings import (
    field_lengths,
    numeric_column,
    phrase_docs,
    phrase_docs_from,
    term_postings,
)

WORDS = ("bahn", "streik", "tarif", "lokführer", "regierung", "haushalt", "hafen", "werft",
         "hochwasser", "pegel", "brücke", "sanierung", "mieten", "bremse", "energie", "preise",
         "wärme", "netz", "schule", "lehrer")


def _walk(reader, field: str, text: str) -> tuple[list[int], list[float]]:
    m = reader.postings(field, text)
    ids, ws = [], []
    while m.is_active():
        ids.append(m.id())
        ws.append(m.weight())
        m.next()
    return ids, ws


@pytest.fixture(scope="module")
def segmented(tmp_path_factory) -> Path:
    """An index of three segments with deleted documents, long and single postings."""
    path = tmp_path_factory.mktemp("segmented")
    schema = Schema(id=ID(stored=True, unique=True), body=TEXT(phrase=True),
                    title=TEXT(phrase=True), when=DATETIME(sortable=True))
    ix = windex.create_in(path, schema)
    rng = random.Random(3)
    n = 0
    for _batch in range(3):
        w = ix.writer()
        for _ in range(400):
            words = [rng.choice(WORDS) for _ in range(rng.randint(3, 60))]
            extra = {"when": datetime(2020, 1, 1) + timedelta(hours=n)} if n % 5 else {}
            w.add_document(id=f"d{n}", body=" ".join(words), title=rng.choice(WORDS), **extra)
            n += 1
        w.add_document(id=f"u{n}", body=f"einzigartig{n}", title="x")
        w.commit(merge=False)
    w = ix.writer()
    for k in range(0, n, 7):
        w.delete_by_term("id", f"d{k}")
    w.commit(merge=False)
    return path


def test_term_postings_equal_matcher_walk_across_segments_and_deletions(segmented: Path):
    ix = windex.open_dir(segmented)
    with ix.searcher() as s:
        r = s.reader()
        assert len(list(r.leaf_readers())) == 3 and r.has_deletions()
        for field in ("body", "title"):
            for term in list(r.lexicon(field)):
                ids, ws = term_postings(r, field, term)
                want_ids, want_ws = _walk(r, field, term)
                assert ids.tolist() == want_ids, (field, term)
                assert ws.tolist() == want_ws, (field, term)
        assert term_postings(r, "body", "fehlt")[0].size == 0


def test_phrase_docs_equal_whooshs_phrase_matches(segmented: Path):
    from whoosh import query as Q

    ix = windex.open_dir(segmented)
    rng = random.Random(5)
    with ix.searcher() as s:
        r = s.reader()
        everything = np.array(sorted(r.all_doc_ids()), dtype=np.int64)
        found = 0
        for n in (2, 2, 2, 3) * 30:
            words = [rng.choice(WORDS) for _ in range(n)]
            want = sorted(s.docs_for_query(Q.Phrase("body", words)))
            assert phrase_docs(r, "body", words, everything).tolist() == want, words
            found += bool(want)
        assert found > 40  # most of the phrases occur somewhere


def test_phrases_from_one_read_equal_whooshs_phrase_matches(segmented: Path):
    from whoosh import query as Q

    ix = windex.open_dir(segmented)
    rng = random.Random(7)
    with ix.searcher() as s:
        r = s.reader()
        decode = s.schema["body"].format.decode_positions
        found = 0
        for n in (2, 2, 3) * 30:
            words = [rng.choice(WORDS) for _ in range(n)]
            read = {}
            for w in set(words):
                values: list = []
                ids, _ = term_postings(r, "body", w, values)
                assert len(values) == len(ids)
                read[w] = (ids, values)
            both = read[words[0]][0]
            for w in words[1:]:
                both = np.intersect1d(both, read[w][0])
            want = sorted(s.docs_for_query(Q.Phrase("body", words)))
            assert phrase_docs_from(words, read, both, decode).tolist() == want, words
            found += bool(want)
        assert found > 30


def test_field_lengths_and_columns_equal_whoosh(segmented: Path):
    ix = windex.open_dir(segmented)
    with ix.searcher() as s:
        r = s.reader()
        fl = field_lengths(r, "body")
        assert len(fl) == r.doc_count_all()
        for d in r.all_doc_ids():
            assert fl[d] == s.doc_field_length(d, "body", 1)
        col = numeric_column(r, "when", 7)
        want = []
        for seg, _ in r.leaf_readers():
            c = seg.column_reader("when", translate=False)
            want += [c[i] for i in range(seg.doc_count_all())]
        assert col.tolist() == want and len(set(want)) > 100
        assert numeric_column(r, "no_such_field", 7).tolist() == [7] * r.doc_count_all()


@pytest.fixture(scope="module")
def arch(tmp_path_factory, samples_dir: Path) -> Archive:
    path = tmp_path_factory.mktemp("rank") / "archive"
    a = Archive(path)
    ingest([samples_dir], a, jobs=1, progress=False)
    return a


QUERIES = ["Waffenlieferungen", "Suedkorea Ukraine", "Lieferung ODER Hafen", "Streik NICHT Bahn",
           "Bahn -Streik", "titel:Hochwasser ODER Pegel", "(Mieten ODER Preise) UND Bremse",
           "Regierung Haushalt Milliarden", "Energie", "Stadt", "der die das Jahr",
           'person:"Yoon Suk Yeol" Ukraine', "Wärme ODER Netz ODER Schule ODER Hafen"]


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("per_page", [1, 3, 10])
def test_array_ranking_gives_whooshs_hits_scores_and_order(arch: Archive, monkeypatch, sort,
                                                          per_page):
    def run():
        out = []
        for q in QUERIES:
            for page in (1, 2):
                try:
                    r = search(arch, q, sort=sort, page=page, per_page=per_page, snippets=False)
                except QueryError as exc:
                    out.append(str(exc))
                    continue
                out.append((r.total, [(h.id, h.score) for h in r.hits], r.facets))
        return out

    fast = run()
    used = []
    original = ranking_mod.Scorer.scores

    def spy(self, q):
        got = original(self, q)
        used.append(got is not None)
        return got

    monkeypatch.setattr(ranking_mod.Scorer, "scores", spy)
    run()
    assert any(used), "the array path was never taken"
    monkeypatch.setattr(ranking_mod.Scorer, "scores", lambda self, q: None)
    assert run() == fast


def test_candidates_keep_rounding_ties():
    ids = np.arange(6)
    scores = np.array([5.0, 4.0, 3.0004, 3.0, 2.9996, 1.0])
    got = ranking_mod.candidates(ids, scores, 4).tolist()
    assert got == [0, 1, 2, 3, 4]  # 2.9996 rounds like 3.000: kept for the tie-break


def test_facet_counts_equal_a_count_of_stored_values(arch: Archive):
    from collections import Counter

    from newsarchive.index.facets import FACET_FIELDS, FacetTable
    from newsarchive.index.search import open_searcher

    s = open_searcher(arch).searcher
    r = s.reader()
    table = FacetTable(r)
    live = sorted(r.all_doc_ids())
    rng = random.Random(2)
    for k in (0, 1, 3, len(live) // 2, len(live)):  # both the per-document and the mask path
        docs = np.array(sorted(rng.sample(live, k)), dtype=np.int64)
        got = table.counts(docs, top=1000)
        for name, field in FACET_FIELDS.items():
            want: Counter[str] = Counter()
            for d in docs.tolist():
                value = r.stored_fields(d).get(field) or ""
                parts = value.split(",") if field in ("persons", "places", "orgs") else [value]
                want.update(v for v in parts if v)
            assert dict((v, n) for v, n in got[name]) == dict(want), (name, k)
