"""Static site build speed over a generated corpus.

    python benchmarks/site_build.py [--sizes 10000[,100000]] [--work DIR] [--jobs N]
                                    [--archive PATH] [--add 20]

For each size: generates the corpus with benchmarks/generate_corpus.py (kept in WORK for
reuse), ingests it with the library API into WORK/archive-N (reused when it already holds the
corpus; ``--archive`` takes an existing archive instead: a copy, since step 3 adds to it),
then times
1. a full build into an empty folder (pages/s, with the time per phase: load from the archive,
   model, search-index export, render + write),
2. a rebuild with nothing changed (every page rendered and hashed, nothing written),
3. an incremental rebuild after ingesting ``--add`` more generated pages (another seed, so
   dated anywhere in 2019–2025, i.e. mostly back-filled into the middle of the lists;
   written/unchanged/removed counts),
and prints the figures with peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsarchive.archive import Archive, ingest  # noqa: E402
from newsarchive.site.build import build_site  # noqa: E402


def make_corpus(out: Path, n: int, seed: int = 1) -> Path:
    if (out / "manifest.jsonl").exists():
        return out
    if out.exists():
        shutil.rmtree(out)
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"), str(out),
                    "-n", str(n), "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def show(label: str, rep) -> None:
    t = rep.timings
    phases = ", ".join(f"{k} {t[k]:.1f} s" for k in ("load", "model", "export", "render")
                       if k in t)
    print(f"{label}: {rep.pages} pages from {rep.articles} articles in {rep.seconds:.1f} s = "
          f"{rep.pages / rep.seconds:.0f} pages/s [{phases}]; written {rep.written}, "
          f"unchanged {rep.unchanged}, removed {rep.removed}", flush=True)


def run_size(n: int, work: Path, jobs: int, add: int, archive: Path | None) -> None:
    print(f"\n=== {n} pages === (load average {os.getloadavg()[0]:.1f}, "
          f"{os.cpu_count()} cores)", flush=True)
    if archive is None:
        corpus = make_corpus(work / f"corpus-{n}", n)
        archive = work / f"archive-{n}"
        if not (archive / "archive.sqlite").exists():
            t0 = time.perf_counter()
            rep = ingest([corpus], archive, jobs=jobs, progress=False)
            print(f"ingest (setup, not measured here): {rep.summary()} in "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
    # New pages for the incremental step: a small corpus with another seed.
    extra = [make_corpus(work / f"extra-{add}", add, seed=97)] if add else []
    out = work / f"site-{n}"
    if out.exists():
        shutil.rmtree(out)
    arch = Archive(archive, create=False)
    try:
        print(f"archive: {arch.count()} articles", flush=True)
        show("full build (empty folder)", build_site(arch, out))
        show("rebuild, nothing changed", build_site(arch, out))
        if extra:
            rep = ingest(extra, arch, jobs=jobs, progress=False)
            print(f"ingested {add} more pages: {rep.summary()}", flush=True)
            rep = build_site(arch, out)
            show(f"incremental rebuild after +{add} pages", rep)
            html = [p for p in rep.written_paths if p.endswith(".html")]
            print(f"  HTML pages rewritten: {len(html)} of {rep.pages} "
                  f"({100 * len(html) / rep.pages:.1f} %)")
    finally:
        arch.close()
    files = [p for p in out.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"site: {len(files)} files, {size / 1e6:.0f} MB; peak RSS {peak_mb():.0f} MB",
          flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000", help="comma-separated corpus sizes")
    ap.add_argument("--work", type=Path, default=Path("benchmarks/out/site-build"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--add", type=int, default=20, help="pages ingested before the "
                    "incremental rebuild (0: skip it)")
    ap.add_argument("--archive", type=Path, default=None,
                    help="use this existing archive (one size); the incremental step ingests "
                    "--add pages into it, so pass a copy or --add 0")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for n in (int(s) for s in args.sizes.split(",")):
        run_size(n, args.work, args.jobs, args.add, args.archive)


if __name__ == "__main__":
    main()
