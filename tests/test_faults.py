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


def _survivors(marker: str, wait: float = 3.0) -> list[int]:
    """Processes still running whose command line holds ``marker`` (Linux /proc), after
    giving them ``wait`` seconds to go."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    end = time.monotonic() + wait
    while True:
        alive = []
        for p in proc.iterdir():
            if p.name.isdigit():
                try:
                    cmd = (p / "cmdline").read_bytes()
                    state = (p / "stat").read_text().split(") ", 1)[1][:1]
                except OSError:
                    continue
                if marker.encode() in cmd and state != "Z":
                    alive.append(int(p.name))
        if not alive or time.monotonic() > end:
            return alive
        time.sleep(0.1)


def _timed_run(cmd: list[str]) -> float:
    """Run ``cmd`` to completion; its duration in seconds (scales the kill points)."""
    start = time.monotonic()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
    return time.monotonic() - start


def _run_killed(cmd: list[str], delay: float) -> bool:
    """Start ``cmd`` and kill -9 it after ``delay`` seconds; False if it finished first."""
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return True


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("faults") / "pages"
    counts = make_corpus(root, n=300, dups=20)
    return root, counts


def test_kill_ingest_then_resume(tmp_path: Path, corpus):
    """Rounds on fresh archives: kill at two random points, resume, check. Kill points are
    fractions of a measured full run, so the test holds on fast and slow machines alike."""
    pages, counts = corpus
    full = _timed_run(_cmd("ingest", "--archive", str(tmp_path / "timing"), "--no-progress",
                           str(pages)))
    rng = random.Random(20261127)
    killed = 0
    for round_ in range(1, 31):
        arch = tmp_path / f"archive-{round_}"
        cmd = _cmd("ingest", "--archive", str(arch), "--jobs", str(1 + round_ % 2),
                   "--no-progress", str(pages))
        for _ in range(2):
            killed += _run_killed(cmd, rng.uniform(0.05, 0.95) * full)
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        _check(arch, counts["articles"], counts["duplicates"])
        if killed >= 10:
            break
    assert killed >= 10, f"only {killed} runs were killed before finishing"
    again = subprocess.run(_cmd("ingest", "--archive", str(arch), "--json", str(pages)),
                           cwd=REPO, capture_output=True, text=True)
    assert '"added": 0' in again.stdout and '"duplicates": 0' in again.stdout
    _check(arch, counts["articles"], counts["duplicates"])


def test_kill_reindex_then_resume(tmp_path: Path, corpus):
    pages, counts = corpus
    arch = tmp_path / "archive"
    subprocess.run(_cmd("ingest", "--archive", str(arch), "--no-progress", str(pages)),
                   cwd=REPO, check=True, capture_output=True)
    plain = ["reindex", "--archive", str(arch), "--no-progress"]
    full = {False: _timed_run(_cmd(*plain)), True: _timed_run(_cmd(*plain, "--reparse"))}
    rng = random.Random(99)
    killed = 0
    for round_ in range(30):
        reparse = round_ % 3 == 2
        args = [*plain, "--reparse"] if reparse else plain
        killed += _run_killed(_cmd(*args), rng.uniform(0.05, 0.95) * full[reparse])
        # the parallel index writers die with the killed parent: no orphans left working
        assert _survivors(str(arch)) == []
        # whatever the moment of death, the current index is complete and consistent
        _check(arch, counts["articles"], counts["duplicates"], settled=False)
        if killed >= 10:
            break
    assert killed >= 10, f"only {killed} reindex runs were killed before finishing"
    done = subprocess.run(_cmd("reindex", "--archive", str(arch), "--no-progress"),
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _check(arch, counts["articles"], counts["duplicates"])
    gens = [p.name for p in (arch / "index").glob("gen-*")]
    assert len(gens) == 1, gens
