"""Rebuild the index into a new generation and swap it in atomically (searches keep working)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from newsarchive.archive import registry
from newsarchive.archive.lock import WriterLock
from newsarchive.archive.store import Archive
from newsarchive.archive.tuning import batch_thresholds


@dataclass
class ReindexReport:
    documents: int = 0
    reparsed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    generation: str = ""

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def _reparse(arch: Archive, jobs: int, show: bool, rep: ReindexReport) -> None:
    """Parse every article's stored raw page again with the current parser."""
    from tqdm import tqdm

    from newsarchive.archive import dedup
    from newsarchive.archive.ingest import CHUNK, _results
    from newsarchive.archive.sources import PageItem
    from newsarchive.archive.store import publication, record_json
    from newsarchive.record import Article, Entity

    rows = arch.db.execute("SELECT id, raw_hash, file, url FROM articles ORDER BY seq").fetchall()
    by_label: dict[str, str] = {}

    def chunks():
        buf = []
        for aid, digest, file, url in rows:
            try:
                data = arch.raw.get(digest)
            except KeyError:
                rep.failed.append((file or aid, "raw page missing from the archive"))
                continue
            label = f"{aid}:{file}"
            by_label[label] = aid
            buf.append(PageItem(label=label, data=data,
                                url=url if file and "#" in file else None))
            if len(buf) >= CHUNK:
                yield buf
                buf = []
        if buf:
            yield buf

    bar = tqdm(total=len(rows), unit="page", desc="reparse", disable=not show)
    tx = arch.transaction()
    db = tx.__enter__()
    try:
        for n, res in enumerate(_results(chunks(), jobs, str(arch.raw.root), frozenset()), 1):
            bar.update(1)
            aid = by_label[res.label]
            file = res.label.split(":", 1)[1]
            if res.status != "ok" or res.article is None or "title" not in res.article:
                why = res.reason or (res.article or {}).get("reason") or "not an article now"
                rep.failed.append((file, f"kept the old record: {why}"))
                continue
            art = Article.from_dict(res.article)
            art.source = file
            db.execute("UPDATE articles SET url=?, title=?, published=?, modified=?, source=?, "
                       "content_hash=?, record=?, indexed=0 WHERE id=?",
                       (art.url, art.title, art.published, art.modified, publication(art),
                        art.content_hash, record_json(art), aid))
            registry.record_mentions(db, aid, [Entity(name=a, type=b, mentions=c)
                                               for a, b, c in res.entities])
            dedup.store_signature(db, aid, res.sig)
            rep.reparsed += 1
            if n % 1000 == 0:
                tx.__exit__(None)
                tx = arch.transaction()
                db = tx.__enter__()
        registry.forget_unused(db)
    except BaseException as exc:
        tx.__exit__(type(exc))
        raise
    tx.__exit__(None)
    bar.close()


@batch_thresholds()
def reindex(archive: Archive | str | os.PathLike[str], *, reparse: bool = False,
            jobs: int | None = None, progress: bool | None = None, wait: bool = True,
            on_wait: Callable[[str], None] | None = None) -> ReindexReport:
    """Rebuild the index from the database (``reparse``: from the stored raw pages) into a new
    generation, then point the archive at it; the old generation is removed afterwards."""
    from tqdm import tqdm

    from newsarchive.index.writer import (
        build_generation,
        next_generation,
        remove_stale_generations,
    )

    own = not isinstance(archive, Archive)
    arch = Archive(archive, create=False) if own else archive
    assert isinstance(arch, Archive)
    show = sys.stderr.isatty() if progress is None else progress
    rep = ReindexReport()
    lock = WriterLock(arch.lock_path)
    lock.acquire(wait=wait, on_wait=on_wait)
    t0 = time.perf_counter()
    try:
        remove_stale_generations(arch)
        if reparse:
            _reparse(arch, max(1, jobs or os.cpu_count() or 1), show, rep)
        with arch.transaction() as db:
            registry.resolve(db)
        name = next_generation(arch)
        total = arch.count()
        bar = tqdm(total=total, unit="doc", desc="reindex", disable=not show)
        t1 = time.perf_counter()
        rep.documents = build_generation(arch, arch.index_root / name, progress=bar.update,
                                         jobs=max(1, jobs or os.cpu_count() or 1))
        bar.close()
        arch.set_index_dir(name)
        with arch.transaction() as db:
            db.execute("UPDATE articles SET indexed=1 WHERE indexed=0")
        remove_stale_generations(arch)
        rep.generation = name
        rep.seconds = time.perf_counter() - (t0 if reparse else t1)
    finally:
        lock.release()
        if own:
            arch.close()
    return rep
