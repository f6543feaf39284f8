"""Crash safety: kill -9 an ingest (and a reindex) at random points, run it again, and find
every article exactly once in SQLite and in the index."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_ingest_corpus import make_corpus

from newsarchive.archive import Archive
from newsarchive.index import search

REPO = Path(__file__).resolve().parents[1]

# Runs the CLI with small batches (more commit points to hit) and without NER (speed).
RUNNER = """
import sys
import newsarchive.entities as ents
ents.extract_entities_many = lambda arts: [[] for _ in arts]
import newsarchive.archive.ingest as ing
import newsarchive.index.writer as wr
ing.DB_BATCH = 25
ing.CHUNK = 4
wr.BATCH = 25
from newsarchive.cli import main
sys.argv = ["newsarchive", *sys.argv[1:]]
main()
"""


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", RUNNER, *args]


def _check(archive_dir: Path, n_articles: int, n_dups: int, settled: bool = True) -> None:
    with Archive(archive_dir) as arch:
        ids = arch.ids()
        assert len(ids) == n_articles == len(set(ids))
        dups = arch.db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM duplicates").fetchone()
        assert tuple(dups) == (n_dups, n_dups)
        if settled:  # else a killed reparse may have left rows to re-index on the next run
            unindexed = arch.db.execute("SELECT COUNT(*) FROM articles WHERE indexed=0")
            assert unindexed.fetchone()[0] == 0
        ix = arch.open_index()
        with ix.searcher() as s:
            indexed = [f["id"] for f in s.all_stored_fields()]
            assert s.doc_count() == n_articles
        ix.close()
        assert len(indexed) == len(set(indexed)), "a document is in the index twice"
        assert sorted(indexed) == sorted(ids)
        for i in (0, 77, n_articles - 1):
            res = search(arch, f'"Folge {i}"', facets=False, snippets=False)
            assert res.total == 1, i


def _kill_at_random(cmd: list[str], rng: random.Random, times: int, lo: float, hi: float
                    ) -> int:
    killed = 0
    for _ in range(times):
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(lo, hi))
        if proc.poll() is None:
            proc.kill()
            killed += 1
        proc.wait()
    return killed


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("faults") / "pages"
    counts = make_corpus(root, n=300, dups=20)
    return root, counts


def test_kill_ingest_then_resume(tmp_path: Path, corpus):
    pages, counts = corpus
    arch = tmp_path / "archive"
    rng = random.Random(20261127)
    killed = 0
    for jobs in ("1", "2"):
        cmd = _cmd("ingest", "--archive", str(arch), "--jobs", jobs, "--no-progress", str(pages))
        killed += _kill_at_random(cmd, rng, 6, 0.4, 2.2)
    assert killed >= 10, f"only {killed} runs were killed before finishing"
    done = subprocess.run(_cmd("ingest", "--archive", str(arch), "--no-progress", str(pages)),
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _check(arch, counts["articles"], counts["duplicates"])
    again = subprocess.run(_cmd("ingest", "--archive", str(arch), "--json", str(pages)),
                           cwd=REPO, capture_output=True, text=True)
    assert '"added": 0' in again.stdout and '"duplicates": 0' in again.stdout
    _check(arch, counts["articles"], counts["duplicates"])


def test_kill_reindex_then_resume(tmp_path: Path, corpus):
    pages, counts = corpus
    arch = tmp_path / "archive"
    subprocess.run(_cmd("ingest", "--archive", str(arch), "--no-progress", str(pages)),
                   cwd=REPO, check=True, capture_output=True)
    rng = random.Random(99)
    killed = 0
    for round_ in range(10):
        args = ["reindex", "--archive", str(arch), "--no-progress"]
        if round_ % 3 == 2:
            args.append("--reparse")
        killed += _kill_at_random(_cmd(*args), rng, 1, 0.3, 2.0)
        # whatever the moment of death, the current index is complete and consistent
        _check(arch, counts["articles"], counts["duplicates"], settled=False)
    assert killed >= 5
    done = subprocess.run(_cmd("reindex", "--archive", str(arch), "--no-progress"),
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _check(arch, counts["articles"], counts["duplicates"])
    gens = [p.name for p in (arch / "index").glob("gen-*")]
    assert len(gens) == 1, gens
