"""Ingest's tiered merge policy: segments stay few and bounded, merged segments are rebuilt
from the database in bulk, and the merged index holds every article once, as reindex would."""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import pytest
from test_ingest_corpus import make_corpus, page
from whoosh import index as windex

import newsarchive.index.writer as writer
from newsarchive.archive import Archive, ingest
from newsarchive.index import reindex, search

ingest_mod = importlib.import_module("newsarchive.archive.ingest")


def test_plan_merges_size_classes_and_cap(monkeypatch):
    monkeypatch.setattr(writer, "BATCH", 1000)
    monkeypatch.setattr(writer, "MERGE_FACTOR", 10)
    monkeypatch.setattr(writer, "MAX_MERGED_DOCS", 20_000)
    assert writer.size_class(999) == 0
    assert writer.size_class(10_000) == 1
    assert writer.size_class(100_000) == 2
    assert writer.plan_merges([1000] * 9) == []
    assert writer.plan_merges([1000] * 10) == [list(range(10))]
    # the ten smallest of a class, positions in index order
    sizes = [10_000, 900, 10_000, *([1000] * 10)]
    assert writer.plan_merges(sizes) == [[1, 3, 4, 5, 6, 7, 8, 9, 10, 11]]
    # ten segments of 10,000 would make 100,000 > MAX_MERGED_DOCS: left alone
    assert writer.plan_merges([10_000] * 12) == []
    # a mostly deleted big segment counts by its live documents
    assert writer.plan_merges([15, *([1000] * 9)]) == [list(range(10))]


@pytest.fixture()
def small_batches(monkeypatch):
    import newsarchive.entities as ents

    monkeypatch.setattr(ents, "extract_entities_many", lambda arts: [[] for _ in arts])
    monkeypatch.setattr(ingest_mod, "DB_BATCH", 5)
    monkeypatch.setattr(writer, "BATCH", 5)
    monkeypatch.setattr(writer, "MERGE_FACTOR", 3)
    monkeypatch.setattr(writer, "MAX_MERGED_DOCS", 40)


def _segment_sizes(arch: Archive) -> list[int]:
    ix = windex.open_dir(arch.index_dir())
    try:
        return [s.doc_count() for s in ix._segments()]
    finally:
        ix.close()


def _indexed(arch: Archive) -> list[tuple[str, str]]:
    ix = windex.open_dir(arch.index_dir())
    try:
        with ix.searcher() as s:
            return sorted((f["id"], f["title"]) for f in s.all_stored_fields())
    finally:
        ix.close()


def test_ingest_merges_keep_every_article_once(tmp_path: Path, small_batches):
    pages = tmp_path / "pages"
    make_corpus(pages, n=90, dups=0)
    arch_dir = tmp_path / "a"
    rep = ingest([pages], arch_dir, jobs=1, progress=False)
    assert rep.added == 90
    with Archive(arch_dir) as arch:
        sizes = _segment_sizes(arch)
        # 18 batches of 5; merged in threes, up to 40 documents a segment
        assert sum(sizes) == 90
        assert len(sizes) < 18
        assert max(sizes) <= 40
        assert max(sizes) > 5  # merges happened
        before = _indexed(arch)
        assert len(before) == 90 and len({i for i, _ in before}) == 90

        # a new version of an article that now sits in a merged segment
        aid = before[0][0]
        old_title = dict(before)[aid]
        n = int(old_title.split("(Nr. ")[1].rstrip(")"))
        url = f"https://nachrichten.example/{old_title.split()[0].lower()}/artikel-{n}.html"
        # the searcher is open (and cached) before the update ...
        assert aid in {h.id for h in search(arch, f'"Zahl {n * 13}"').hits}
        newer = tmp_path / "newer.html"
        newer.write_text(page(n, random.Random(99), url=url,
                              text="Die Schwebebahn fährt wieder.\n\nAlle Linien sind frei."),
                         encoding="utf-8")
        rep2 = ingest([newer], arch, jobs=1, progress=False)
        assert rep2.updated == 1
        after = _indexed(arch)
        assert len(after) == 90 and len({i for i, _ in after}) == 90
        assert search(arch, "Schwebebahn").total == 1
        # ... and does not keep finding the replaced version afterwards
        assert aid not in {h.id for h in search(arch, f'"Zahl {n * 13}"').hits}
        # more batches: merges run again and the replaced document stays deleted
        more = tmp_path / "more"
        for i in range(200, 240):
            (more / f"p{i}.html").parent.mkdir(exist_ok=True)
            (more / f"p{i}.html").write_text(page(i, random.Random(i)), encoding="utf-8")
        ingest([more], arch, jobs=1, progress=False)
        merged = _indexed(arch)
        assert len(merged) == 130 and len({i for i, _ in merged}) == 130
        assert search(arch, "Schwebebahn").total == 1
        assert max(_segment_sizes(arch)) <= 40

        # the merged index answers as a fresh rebuild does
        queries = ["Schwebebahn", "Bahn", "Gewitter", "Museum", "Köln", "Stellwerk"]
        got = {q: [h.id for h in search(arch, q, per_page=200).hits] for q in queries}
        reindex(arch, progress=False)
        assert _indexed(arch) == merged
        for q in queries:
            assert sorted(got[q]) == sorted(h.id for h in search(arch, q, per_page=200).hits), q
