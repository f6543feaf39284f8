"""Ingest: sources (files, dirs, globs, .gz, WARC), idempotence, updates, duplicates, lock."""

from __future__ import annotations

import gzip
import io
import random
import shutil
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ingest_corpus import make_corpus, page

from newsarchive.archive import Archive, ArchiveBusy, ingest
from newsarchive.archive.lock import WriterLock
from newsarchive.cli import main
from newsarchive.index import search


@pytest.fixture()
def no_ner(monkeypatch):
    import newsarchive.entities as ents

    monkeypatch.setattr(ents, "extract_entities_many", lambda arts: [[] for _ in arts])


def test_samples_once_then_unchanged_then_update(tmp_path: Path, samples_dir: Path, no_ner):
    arch_dir = tmp_path / "a"
    pages = sorted(samples_dir.glob("*.html"))
    rep = ingest(pages, arch_dir, jobs=1, progress=False)
    assert rep.failed == []
    assert rep.added == len(pages) - 1 and rep.duplicates == 1  # the two dpa pages
    again = ingest(pages, arch_dir, jobs=1, progress=False)
    assert (again.added, again.updated, again.duplicates, again.unchanged) == (0, 0, 0,
                                                                              len(pages))
    with Archive(arch_dir) as arch:
        n = arch.count()
        row = arch.db.execute("SELECT id, record FROM articles WHERE file LIKE "
                              "'%tagesblick-finanzpaket-einigung.html'").fetchone()
        old_text = arch.article(row[0]).text
    upd = ingest([samples_dir / "updates"], arch_dir, jobs=1, progress=False)
    assert (upd.added, upd.updated) == (0, 1)
    with Archive(arch_dir) as arch:
        assert arch.count() == n
        new = arch.article(row[0])
        assert new.text != old_text
        assert "updates" in arch.get(row[0])["file"]
    # the older version ingested again does not replace the newer one
    back = ingest([samples_dir / "tagesblick-finanzpaket-einigung.html"], arch_dir, jobs=1,
                  progress=False)
    assert back.unchanged == 1 and back.updated == 0


def test_near_duplicate_recorded_as_also_published_by(tmp_path: Path, samples_dir: Path, no_ner):
    arch_dir = tmp_path / "a"
    ingest([samples_dir / "kuestenkurier-dpa-seesterne-wattenmeer.html",
            samples_dir / "elbe-anzeiger-dpa-seesterne-watt.html"], arch_dir, jobs=1,
           progress=False)
    with Archive(arch_dir) as arch:
        assert arch.count() == 1
        (aid,) = arch.ids()
        dups = arch.duplicates(aid)
        assert len(dups) == 1 and dups[0]["kind"] == "near"
        assert dups[0]["similarity"] >= 0.8
        assert "elbe" in dups[0]["url"]
        assert arch.get(aid)["duplicates"] == dups


def test_exact_duplicate_and_counts(tmp_path: Path, no_ner):
    pages = tmp_path / "p"
    make_corpus(pages, n=30, dups=5)
    rep = ingest([pages], tmp_path / "a", jobs=2, progress=False)
    assert (rep.added, rep.duplicates, len(rep.failed)) == (30, 5, 0)
    with Archive(tmp_path / "a") as arch:
        kinds = {r[0] for r in arch.db.execute("SELECT kind FROM duplicates")}
        assert kinds == {"exact"}


def test_sources_gz_warc_dirs_globs_and_failures(tmp_path: Path, no_ner):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(3)
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "a.html").write_text(page(1, rng), encoding="utf-8")
    (src / "sub" / "b.htm").write_text(page(2, rng), encoding="utf-8")
    (src / "sub" / "deeper" / "c.xhtml").write_text(page(3, rng), encoding="utf-8")
    (src / "sub" / "d.html.gz").write_bytes(gzip.compress(page(4, rng).encode()))
    (src / "notes.txt").write_text("not a page")
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in (5, 6):
        body = page(i, rng).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://warc.example/{i}", "response",
                                            payload=io.BytesIO(body), http_headers=headers))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://warc.example/x.png", "response",
                                        payload=io.BytesIO(b"\x89PNG"), http_headers=img))
    (tmp_path / "crawl.warc.gz").write_bytes(buf.getvalue())
    images = io.BytesIO()
    w = WARCWriter(images, gzip=False)
    w.write_record(w.create_warc_record("https://warc.example/y.png", "response",
                                        payload=io.BytesIO(b"\x89PNG"), http_headers=img))
    (tmp_path / "images.warc").write_bytes(images.getvalue())
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "g1.html").write_text(page(7, rng), encoding="utf-8")
    (tmp_path / "broken.html.gz").write_bytes(b"\x1f\x8b this is not gzip")
    rep = ingest([src, tmp_path / "crawl.warc.gz", str(tmp_path / "g*.html"),
                  tmp_path / "missing.html", tmp_path / "broken.html.gz",
                  tmp_path / "images.warc", tmp_path / "empty.warc"],
                 tmp_path / "a", jobs=1, progress=False)
    assert rep.added == 7
    failed = dict(rep.failed)
    assert set(failed) == {str(tmp_path / n) for n in ("missing.html", "broken.html.gz",
                                                        "images.warc", "empty.warc")}
    assert "no such file" in failed[str(tmp_path / "missing.html")]
    # a WARC file without HTML pages is named, not skipped in silence
    assert failed[str(tmp_path / "images.warc")] == "no HTML responses among its 1 WARC record"
    assert failed[str(tmp_path / "empty.warc")] == "no WARC records in this file"
    with Archive(tmp_path / "a") as arch:
        files = [r[0] for r in arch.db.execute("SELECT file FROM articles")]
        assert any("crawl.warc.gz#https://warc.example/5" in f for f in files)
        # every raw page is kept, compressed, under its hash
        for (digest,) in arch.db.execute("SELECT raw_hash FROM articles"):
            assert arch.raw.path(digest).exists()
            assert b"<html" in arch.raw.get(digest)


def test_not_an_article_is_counted(tmp_path: Path, no_ner):
    p = tmp_path / "index.html"
    p.write_text("<html><head><title>Startseite</title></head><body><ul>"
                 + "".join(f'<li><a href="/a{i}">Meldung {i}</a></li>' for i in range(40))
                 + "</ul></body></html>", encoding="utf-8")
    rep = ingest([p], tmp_path / "a", jobs=1, progress=False)
    assert rep.not_articles + len(rep.failed) == 1 and rep.added == 0
    if rep.not_articles:
        again = ingest([p], tmp_path / "a", jobs=1, progress=False)
        assert again.not_articles == 1


def test_second_writer_waits_or_fails(tmp_path: Path, no_ner):
    rng = random.Random(1)
    (tmp_path / "x.html").write_text(page(1, rng), encoding="utf-8")
    arch_dir = tmp_path / "a"
    Archive(arch_dir).close()
    holder = WriterLock(arch_dir / "writer.lock")
    holder.acquire()
    try:
        with pytest.raises(ArchiveBusy, match=r"pid \d+"):
            ingest([tmp_path / "x.html"], arch_dir, jobs=1, progress=False, wait=False)
        result = CliRunner().invoke(main, ["ingest", "--archive", str(arch_dir), "--no-wait",
                                           str(tmp_path / "x.html")])
        assert result.exit_code != 0 and "another ingest" in result.output
        # searches keep working while the writer lock is held
        assert search(arch_dir, "Bahn").total == 0
        said: list[str] = []
        threading.Timer(0.5, holder.release).start()
        t0 = time.monotonic()
        rep = ingest([tmp_path / "x.html"], arch_dir, jobs=1, progress=False,
                     on_wait=said.append)
        assert time.monotonic() - t0 >= 0.4
        assert said and said[0].isdigit() and rep.added == 1
    finally:
        holder.release()


def test_cli_ingest_summary_and_failures(tmp_path: Path, samples_dir: Path, no_ner):
    shutil.copy(samples_dir / "markgraefler-loerrach-radwege.html", tmp_path / "r.html")
    res = CliRunner().invoke(main, ["ingest", "--archive", str(tmp_path / "a"),
                                    str(tmp_path / "r.html"), str(tmp_path / "nope.html")])
    assert res.exit_code == 0, res.output
    assert "added 1" in res.output and "failed 1" in res.output
    assert "nope.html: no such file or directory" in res.output


def test_index_error_surfaces_and_next_run_indexes(tmp_path: Path, no_ner, monkeypatch):
    """An error while indexing reaches the caller as itself (not as a failed rollback of a
    transaction already committed), and the stored articles are indexed by the next run."""
    import importlib

    import newsarchive.index.writer as writer

    # index inside the ingest loop (every 5 stored articles), between two transactions
    monkeypatch.setattr(importlib.import_module("newsarchive.archive.ingest"), "DB_BATCH", 5)
    pages = tmp_path / "pages"
    make_corpus(pages, n=12, dups=0)
    real = writer.documents

    def broken(*args, **kwargs):
        raise RuntimeError("index disk full")

    monkeypatch.setattr(writer, "documents", broken)
    with pytest.raises(RuntimeError, match="index disk full"):
        ingest([pages], tmp_path / "a", jobs=1, progress=False)
    monkeypatch.setattr(writer, "documents", real)
    ingest([pages], tmp_path / "a", jobs=1, progress=False)
    with Archive(tmp_path / "a") as arch:
        assert arch.count() == 12
        assert search(arch, "Nr", per_page=50).total == 12


def test_batch_gc_thresholds_apply_inside_ingest_only(tmp_path: Path, samples_dir: Path,
                                                       monkeypatch):
    import gc

    import newsarchive.entities as ents
    from newsarchive.archive.tuning import BATCH_THRESHOLDS

    seen = []

    def record(arts):
        seen.append(gc.get_threshold())
        return [[] for _ in arts]

    monkeypatch.setattr(ents, "extract_entities_many", record)
    old = gc.get_threshold()
    gc.set_threshold(900, 11, 12)
    try:
        ingest(sorted(samples_dir.glob("*.html"))[:2], tmp_path / "a", jobs=1, progress=False)
        assert seen and set(seen) == {BATCH_THRESHOLDS}
        assert gc.get_threshold() == (900, 11, 12)  # the caller's settings come back
    finally:
        gc.set_threshold(*old)
