"""Ingest, reindex and search benchmark over a generated corpus.

    python benchmarks/ingest_search.py [--sizes 10000[,100000]] [--work DIR] [--jobs N]
                                       [--queries 240] [--no-trafilatura]
                                       [--reuse-archive | --search-only]

For each size: generates the corpus with benchmarks/generate_corpus.py (kept in WORK for
reuse), runs trafilatura's extraction alone over the same files on all cores, a fresh
``ingest`` (parse + entities + dedup + SQLite + index) on all cores, a ``reindex``, and
search latency (in-process, warm) over mixed queries, then prints sizes and peak memory.

Peak memory is given per phase (ingest, reindex, search): the resident high-water mark of
this process (``VmHWM``, reset at the start of each phase), its anonymous and file-backed
parts, the largest resident size any worker process reached, and the largest sum of the
proportional set sizes (PSS: pages shared after a fork counted once) of this process and its
workers together (sampled every 0.25 s).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing as mp
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from procmem import descendants, pss_mb, status_mb  # noqa: E402

from newsarchive.archive import Archive, ingest  # noqa: E402
from newsarchive.archive.sources import iter_items  # noqa: E402
from newsarchive.index import QueryError, reindex, search  # noqa: E402


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def make_corpus(out: Path, n: int) -> Path:
    if (out / "manifest.jsonl").exists():
        return out
    if out.exists():
        shutil.rmtree(out)
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"), str(out),
                    "-n", str(n)], check=True)
    return out


def _trafilatura_one(path: str) -> int:
    import trafilatura

    with open(path, "rb") as fh:
        text = trafilatura.extract(fh.read(), include_comments=False)
    return 1 if text else 0


def trafilatura_rate(files: list[str], jobs: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(jobs) as pool:
        ok = sum(pool.imap_unordered(_trafilatura_one, files, chunksize=32))
    return len(files) / (time.perf_counter() - t0), ok


def mixed_queries(arch: Archive, n: int, seed: int = 5) -> list[tuple[str, dict]]:
    """Single words, AND pairs, phrases, OR, prefix, names, date/source filters, typos."""
    rng = random.Random(seed)
    rows = arch.db.execute("SELECT title, published, source FROM articles "
                           "WHERE title IS NOT NULL ORDER BY id").fetchall()
    rng.shuffle(rows)
    from newsarchive.analysis import analyze

    def searchable(w: str) -> bool:
        return len(w) > 3 and w.isalpha() and bool(analyze(w, "query"))

    words = [w for t, _, _ in rows for w in t.split() if len(w) > 4 and searchable(w)]
    ents = [e["name"] for e in arch.entity_list(top=200)]
    out: list[tuple[str, dict]] = []
    kinds = ["word", "two", "phrase", "or", "prefix", "person", "date", "source", "typo",
             "field"]
    i = 0
    while len(out) < n:
        kind = kinds[i % len(kinds)]
        i += 1
        t, pub, src = rows[i % len(rows)]
        tw = [w for w in t.split() if searchable(w)] or ["Bericht"]
        if kind == "word":
            out.append((rng.choice(words), {}))
        elif kind == "two":
            out.append((f"{rng.choice(words)} {rng.choice(tw)}", {}))
        elif kind == "phrase" and len(tw) >= 2:
            j = rng.randrange(len(tw) - 1)
            out.append((f'"{tw[j]} {tw[j + 1]}"', {}))
        elif kind == "or":
            out.append((f"{rng.choice(words)} ODER {rng.choice(words)}", {}))
        elif kind == "prefix":
            out.append((rng.choice(words)[:5] + "*", {}))
        elif kind == "person" and ents:
            out.append((f'person:"{rng.choice(ents)}"', {}))
        elif kind == "date" and pub:
            out.append((rng.choice(tw), {"date_from": pub[:4], "date_to": pub[:7]}))
        elif kind == "source" and src:
            out.append((rng.choice(words), {"sources": [src]}))
        elif kind == "typo":
            w = rng.choice(words)
            k = rng.randrange(1, len(w) - 1)
            out.append((w[:k] + w[k + 1:], {}))
        elif kind == "field":
            out.append((f"titel:{rng.choice(tw)}", {}))
    return out


def latency(arch: Archive, queries: list[tuple[str, dict]],
            warmup: list[tuple[str, dict]]) -> tuple[float, float, float, int]:
    """Timed pass over ``queries`` after a warm-up pass over *other* queries (``warmup``):
    the searcher, facet tables and OS cache are warm, the measured queries' own posting
    lists are not (unless a warm-up query happened to share a term)."""
    for q, kw in warmup:
        with contextlib.suppress(QueryError):
            search(arch, q, **kw)
    times = []
    errors = 0
    for q, kw in queries:
        t0 = time.perf_counter()
        try:
            search(arch, q, **kw)
        except QueryError:
            errors += 1
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    return p50, p95, times[-1], errors


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


#: (phase, peak MB of this process, of the largest worker, of all together) per phase
PEAKS: list[tuple[str, int, int, int]] = []


class PhaseMemory:
    """Peak memory of one phase: this process's high-water mark (reset on entry), its peak
    anonymous and file-backed resident sizes, the largest worker's resident size, and the
    largest PSS sum of this process and its workers."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.peak = {"anon": 0, "file": 0, "worker": 0, "total": 0}
        self._stop = threading.Event()

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            st = status_mb(me)
            self.peak["anon"] = max(self.peak["anon"], st.get("RssAnon", 0))
            self.peak["file"] = max(self.peak["file"], st.get("RssFile", 0))
            kids = descendants(me)
            for kid in kids:
                self.peak["worker"] = max(self.peak["worker"], status_mb(kid).get("VmRSS", 0))
            total = sum(pss_mb(p) for p in (me, *kids))
            self.peak["total"] = max(self.peak["total"], total)
            self._stop.wait(0.25)

    def __enter__(self) -> PhaseMemory:
        with contextlib.suppress(OSError):  # reset VmHWM to the current resident size
            Path("/proc/self/clear_refs").write_text("5")
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        hwm = status_mb(os.getpid()).get("VmHWM", 0)
        PEAKS.append((self.name, hwm, self.peak["worker"], self.peak["total"]))
        print(f"peak memory ({self.name}): this process {hwm} MB (anonymous "
              f"{self.peak['anon']} MB, files {self.peak['file']} MB), largest worker "
              f"{self.peak['worker']} MB; all processes together {self.peak['total']} MB "
              "(PSS)", flush=True)


def run_size(n: int, work: Path, jobs: int, nq: int, with_traf: bool,
             search_only: bool = False, reuse: bool = False) -> None:
    print(f"\n=== {n} pages === (load average {os.getloadavg()[0]:.1f})", flush=True)
    arch_dir = work / f"archive-{n}"
    if search_only:
        with Archive(arch_dir, create=False) as arch, PhaseMemory("search"):
            p50, p95, worst, errs = latency(arch, mixed_queries(arch, nq),
                                            mixed_queries(arch, nq, seed=11))
            print(f"search ({nq} mixed queries, warm, in-process, {arch.count()} articles): "
                  f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms "
                  f"({errs} rejected)", flush=True)
        return
    if reuse and (arch_dir / "archive.sqlite").exists():
        print(f"archive: {arch_dir} as an earlier run left it (ingest not repeated)")
        measure_archive(arch_dir, jobs, nq)
        return
    corpus = make_corpus(work / f"corpus-{n}", n)
    files = [it.path for it in iter_items([corpus]) if getattr(it, "path", None)]
    print(f"corpus: {len(files)} files, {dir_size(corpus) / 1e6:.1f} MB", flush=True)
    if with_traf:
        c0 = _cpu()
        rate, ok = trafilatura_rate(files, jobs)
        print(f"trafilatura extract only ({jobs} procs): {rate:.1f} pages/s wall, "
              f"{_cpu() - c0:.1f} s CPU ({ok} with text)", flush=True)
    if arch_dir.exists():
        shutil.rmtree(arch_dir)
    t0, c0 = time.perf_counter(), _cpu()
    with PhaseMemory("ingest"):
        rep = ingest([corpus], arch_dir, jobs=jobs, progress=False)
    dt, cpu = time.perf_counter() - t0, _cpu() - c0
    print(f"ingest ({jobs} procs, parse+entities+dedup+SQLite+index): "
          f"{rep.pages / dt:.1f} pages/s, {(rep.added + rep.duplicates) / dt:.1f} articles/s "
          f"[{rep.summary()}] in {dt:.1f} s wall, {cpu:.1f} s CPU (all processes)",
          flush=True)
    measure_archive(arch_dir, jobs, nq)


def measure_archive(arch_dir: Path, jobs: int, nq: int) -> None:
    """Reindex, search latency, sizes and peak memory of an ingested archive."""
    with Archive(arch_dir) as arch:
        n_art = arch.count()
        n_ents = len(arch.entity_list(top=1))
        print(f"entities in registry: {'yes' if n_ents else 'NONE (NER unavailable)'}")
        c0 = _cpu()
        with PhaseMemory("reindex"):
            rr = reindex(arch, progress=False, jobs=jobs)
        cpu = _cpu() - c0
        print(f"reindex: {rr.documents} docs in {rr.seconds:.1f} s = "
              f"{rr.docs_per_second:.0f} docs/s wall ({rr.documents / cpu:.0f} docs per "
              f"CPU second)", flush=True)
        with PhaseMemory("search"):
            queries = mixed_queries(arch, nq)
            p50, p95, worst, errs = latency(arch, queries, mixed_queries(arch, nq, seed=11))
        print(f"search ({len(queries)} mixed queries, warm, in-process): p50 {p50:.1f} ms, "
              f"p95 {p95:.1f} ms, max {worst:.1f} ms ({errs} rejected)", flush=True)
        idx = dir_size(arch.index_dir())
        total = dir_size(arch_dir)
        print(f"size per article: index {idx / n_art / 1024:.2f} KiB, archive (SQLite + raw + "
              f"index) {total / n_art / 1024:.2f} KiB ({n_art} articles)")
    own = max(PEAKS, key=lambda p: p[1])
    kid = max(PEAKS, key=lambda p: p[2])
    tot = max(PEAKS, key=lambda p: p[3])
    print(f"peak memory of all phases: this process {own[1]} MB ({own[0]}), largest worker "
          f"{kid[2]} MB ({kid[0]}), all processes together {tot[3]} MB PSS ({tot[0]})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000", help="comma-separated corpus sizes")
    ap.add_argument("--work", type=Path, default=Path("bench-work"),
                    help="directory for corpora and archives (kept for reuse)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--queries", type=int, default=240)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--reuse-archive", action="store_true",
                    help="skip corpus, trafilatura and ingest when WORK/archive-N exists")
    ap.add_argument("--search-only", action="store_true",
                    help="only measure search on archives left by an earlier run")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"cores: {os.cpu_count()}, jobs: {args.jobs}")
    for n in (int(s) for s in args.sizes.split(",")):
        run_size(n, args.work, args.jobs, args.queries, not args.no_trafilatura,
                 args.search_only, args.reuse_archive)


if __name__ == "__main__":
    main()
