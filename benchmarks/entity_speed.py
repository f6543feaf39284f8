"""Entity extraction speed: words per second per core (single process, one thread).

Usage::

    python benchmarks/entity_speed.py                 # articles from ../shared/data pages
    python benchmarks/entity_speed.py --repeat 5 --batch-size 8 [PAGE_OR_DIR ...]

Pages are parsed with ``newsarchive.parse.parse_file`` (texts that fail to parse are
skipped); without any page the GermEval training sentences are grouped into pseudo articles.
Words are whitespace-separated words of title + lead + text. "Per core" divides by the
process's CPU time, so other load on the machine does not distort the figure; wall-clock
words/s is printed too.

Then the share of ingest time: the same page files are ingested into a temporary archive in
this process (``--jobs 1``, the work every worker does, plus the index), and the CPU time of
entity extraction inside that ingest is set against the whole (``--no-share`` skips it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO / ".." / "shared" / "data"

from newsarchive.entities.extract import (  # noqa: E402
    BATCH_SIZE,
    article_text,
    extract_entities_many,
)
from newsarchive.entities.model import load_nlp  # noqa: E402
from newsarchive.record import Article  # noqa: E402


def load_articles(paths: list[Path]) -> list[Article]:
    """Parse pages (files or directories of .html/.htm/.gz); unparsable ones are skipped."""
    try:
        from newsarchive.parse import parse_file
    except ImportError:
        return []
    files: list[Path] = []
    for p in paths:
        files += sorted(f for f in p.rglob("*") if f.suffix in (".html", ".htm", ".gz")) \
            if p.is_dir() else [p]
    out = []
    for f in files:
        try:
            art = parse_file(f)
        except Exception:
            continue
        if art.is_article and art.text:
            out.append(art)
    return out


def germeval_articles(per_article: int = 25) -> list[Article]:
    """GermEval training sentences grouped into pseudo articles (fallback corpus)."""
    from newsarchive.entities.germeval import read_bioes

    src = SHARED / "ner" / "germeval2014-train.bioes"
    sents = [" ".join(toks) for toks, _ in read_bioes(src)][:5000]
    return [Article(title=sents[i], paragraphs=sents[i + 1:i + per_article])
            for i in range(0, len(sents), per_article)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Entity extraction words/s per core")
    ap.add_argument("pages", nargs="*", type=Path,
                    help="pages or directories (default: ../shared/data/news-pages-dev and "
                         "extraction-dev)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                    help=f"texts per nlp.pipe batch (default {BATCH_SIZE}, as in extraction)")
    ap.add_argument("--no-share", dest="share", action="store_false",
                    help="skip the ingest run that gives entity extraction's share of it")
    args = ap.parse_args(argv)
    pages = args.pages or [SHARED / "news-pages-dev", SHARED / "extraction-dev"]
    articles = load_articles([p for p in pages if p.exists()])
    corpus = "parsed pages"
    if len(articles) < 10:
        articles, corpus = germeval_articles(), "GermEval sentences"
    words = sum(len(article_text(a).split()) for a in articles)
    load_nlp()  # load outside the timing
    extract_entities_many(articles[:5])  # warm up
    best_cpu = best_wall = float("inf")
    n_ents = 0
    for _ in range(args.repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        res = extract_entities_many(articles, batch_size=args.batch_size)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
        n_ents = sum(len(r) for r in res)
    print(f"{len(articles)} articles ({corpus}), {words:,} words, {n_ents} entities")
    print(f"wall: {words / best_wall:,.0f} words/s")
    print(f"entity extraction: {words / best_cpu:,.0f} words/s per core")
    if args.share and corpus == "parsed pages":
        ingest_share([p for p in pages if p.exists()])


def ingest_share(pages: list[Path]) -> None:
    """Print entity extraction's share of the CPU time of an in-process ingest of ``pages``."""
    import tempfile

    import newsarchive.entities as entities
    from newsarchive.archive.ingest import ingest

    spent = [0.0]
    timed_fn = entities.extract_entities_many

    def timed(arts, *a, **kw):
        c0 = time.process_time()
        try:
            return timed_fn(arts, *a, **kw)
        finally:
            spent[0] += time.process_time() - c0

    entities.extract_entities_many = timed  # ingest's workers look it up here
    try:
        with tempfile.TemporaryDirectory() as tmp:
            c0 = time.process_time()
            rep = ingest([str(p) for p in pages], Path(tmp) / "archive", jobs=1,
                         progress=False)
            total = time.process_time() - c0
    finally:
        entities.extract_entities_many = timed_fn
    print(f"share of ingest time: entities {spent[0]:.1f} s of {total:.1f} s CPU "
          f"({100 * spent[0] / total:.0f} %) for {rep.added} articles "
          f"(ingest --jobs 1: read, parse, entities, dedup, SQLite, index)")


if __name__ == "__main__":
    main()
