"""Scale an archive up by replication, for latency and size benchmarks at 100k articles.

    python benchmarks/replicate_archive.py SRC_ARCHIVE DST_ARCHIVE [--times 10]

Copies the SQLite database of SRC (an archive built by ``ingest_search.py``) and adds
``times - 1`` copies of every article under new ids and URLs (same text, source and
entities; copy k published k minutes later, as distinct articles rarely share a second),
then rebuilds the index with ``reindex`` and prints its rate. Raw pages are not
copied (search and the site read records and the index only).

This is a stand-in for ingesting a generated 100k corpus, which at the measured ingest rate
takes longer than a working session on two cores. Posting lists, stored fields, facet tables
and the site's shards grow as they would; the vocabulary does not (copies repeat the texts),
so the figures are labelled "replicated" wherever they are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsarchive.archive import Archive  # noqa: E402
from newsarchive.index import reindex  # noqa: E402

ARTICLE_COLS = ("id, seq, url, title, published, modified, source, file, content_hash, "
                "raw_hash, record")


def copy_id(article_id: str, k: int) -> str:
    return hashlib.sha256(f"{article_id}/{k}".encode()).hexdigest()[:16]


def shifted(value: str | None, minutes: int) -> str | None:
    """An ISO time ``minutes`` later (date-only or unreadable values unchanged)."""
    if not value or "T" not in value:
        return value
    try:
        return (datetime.fromisoformat(value) + timedelta(minutes=minutes)).isoformat()
    except ValueError:
        return value


def copy_row(r: tuple, k: int, top: int) -> tuple:
    """Copy ``k`` of an ``articles`` row (columns in ``ARTICLE_COLS`` order)."""
    rec = json.loads(r[10])
    for key in ("published", "modified"):
        rec[key] = shifted(rec.get(key), k)
    return (copy_id(r[0], k), r[1] + k * top, f"{r[2] or ''}?copy={k}", r[3],
            shifted(r[4], k), shifted(r[5], k), *r[6:8], f"{r[8]}-{k}", r[9],
            json.dumps(rec, ensure_ascii=False, separators=(",", ":")))


def replicate(src: Path, dst: Path, times: int) -> int:
    """Write DST's database with ``times`` copies of SRC's articles; returns the count."""
    if dst.exists():
        shutil.rmtree(dst)
    (dst / "index").mkdir(parents=True)
    with sqlite3.connect(src / "archive.sqlite") as s:
        s.execute("VACUUM INTO ?", (str(dst / "archive.sqlite"),))
    db = sqlite3.connect(dst / "archive.sqlite")
    rows = db.execute(f"SELECT {ARTICLE_COLS} FROM articles").fetchall()
    ments = db.execute("SELECT article_id, type, name, mentions FROM mentions").fetchall()
    top = max(r[1] for r in rows)
    for k in range(1, times):
        db.executemany(
            f"INSERT INTO articles({ARTICLE_COLS}, indexed) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
            [copy_row(r, k, top) for r in rows])
        db.executemany("INSERT INTO mentions(article_id, type, name, mentions) VALUES (?,?,?,?)",
                       [(copy_id(m[0], k), *m[1:]) for m in ments])
    db.commit()
    n = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    db.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--times", type=int, default=10)
    args = ap.parse_args()
    n = replicate(args.src, args.dst, args.times)
    print(f"replicated {args.src} x{args.times}: {n} articles", flush=True)
    with Archive(args.dst) as arch:
        rr = reindex(arch, progress=False)
    print(f"reindex at {n} articles (replicated): {rr.documents} docs in {rr.seconds:.1f} s = "
          f"{rr.docs_per_second:.0f} docs/s", flush=True)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
