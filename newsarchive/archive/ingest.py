"""Ingest pages into an archive: parallel parse + entities, serial SQLite + index writes."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsarchive.archive import dedup, registry
from newsarchive.archive.lock import WriterLock
from newsarchive.archive.rawstore import RawStore, raw_hash
from newsarchive.archive.sources import PageItem, SourceError, iter_items, read_item
from newsarchive.archive.store import Archive, article_id, publication, record_json
from newsarchive.archive.tuning import (
    batch_thresholds,
    keep_freed_memory,
    use_batch_thresholds,
)
from newsarchive.record import Article, Entity

CHUNK = 16  # pages per worker task
DB_BATCH = 2000  # results per SQLite transaction + index commit (index/writer.py BATCH)


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    not_articles: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    indexed: int = 0
    seconds: float = 0.0

    @property
    def pages(self) -> int:
        return (self.added + self.updated + self.unchanged + self.duplicates
                + self.not_articles + len(self.failed))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failed"] = [list(f) for f in self.failed]
        return d

    def summary(self) -> str:
        return (f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
                f"duplicates {self.duplicates}, not articles {self.not_articles}, "
                f"failed {len(self.failed)}")


@dataclass
class PageResult:
    """What a worker found in one page."""

    label: str
    status: str  # "ok" | "known" | "failed"
    raw_hash: str | None = None
    article: dict | None = None
    entities: list[tuple[str, str, int]] = field(default_factory=list)
    sig: bytes | None = None
    reason: str | None = None


# -- worker side ------------------------------------------------------------------------------
_STATE: dict[str, Any] = {}


def _init_worker(raw_root: str, known: frozenset[str], own_process: bool = True) -> None:
    """Worker state; in a worker process of its own also the batch GC and malloc settings
    (``ingest`` itself sets and restores the GC thresholds of the caller's process)."""
    if own_process:
        use_batch_thresholds()
        keep_freed_memory()
    _STATE["raw"] = RawStore(raw_root)
    _STATE["known"] = known


def analyse_pages(items: list[PageItem]) -> list[PageResult]:
    """Read, store, parse and extract entities for a chunk of pages (runs in a worker)."""
    from newsarchive.entities import extract_entities_many
    from newsarchive.parse import parse_html

    raw: RawStore = _STATE["raw"]
    known: frozenset[str] = _STATE.get("known", frozenset())
    out: list[PageResult] = []
    arts: list[tuple[int, Article]] = []
    for item in items:
        try:
            data = read_item(item)
        except Exception as exc:  # noqa: BLE001
            out.append(PageResult(item.label, "failed", reason=f"cannot read: {exc}"))
            continue
        digest = raw_hash(data)
        if digest in known:
            out.append(PageResult(item.label, "known", raw_hash=digest))
            continue
        try:
            art = parse_html(data, url=item.url, source=item.label)
        except Exception as exc:  # noqa: BLE001 - ParseError and parser bugs alike
            reason = getattr(exc, "reason", None) or f"{type(exc).__name__}: {exc}"
            out.append(PageResult(item.label, "failed", raw_hash=digest, reason=str(reason)))
            continue
        raw.put(data, digest)
        out.append(PageResult(item.label, "ok", raw_hash=digest))
        if art.is_article:
            arts.append((len(out) - 1, art))
        else:
            out[-1].article = {"is_article": False, "reason": art.not_article_reason}
    if arts:
        try:
            ents = extract_entities_many([a for _, a in arts])
        except Exception as exc:  # noqa: BLE001 - entities must not lose the article
            if not _STATE.get("warned"):
                print(f"newsarchive: entity extraction failed, articles stored without "
                      f"entities: {exc}", file=sys.stderr)
                _STATE["warned"] = True
            ents = [[] for _ in arts]
        for (pos, art), es in zip(arts, ents, strict=True):
            res = out[pos]
            res.article = art.to_dict()
            res.entities = [(e.name, e.type, e.mentions) for e in es]
            res.sig = dedup.signature(art.text)
    return out


# -- parent side ------------------------------------------------------------------------------
def _chunks(items: Iterable[PageItem | SourceError], size: int
            ) -> Iterator[list[PageItem] | SourceError]:
    buf: list[PageItem] = []
    for it in items:
        if isinstance(it, SourceError):
            if buf:
                yield buf
                buf = []
            yield it
            continue
        buf.append(it)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def _results(chunks: Iterator[list[PageItem] | SourceError], jobs: int, raw_root: str,
             known: frozenset[str]) -> Iterator[PageResult | SourceError]:
    """Results in input order; at most a few chunks per worker in flight."""
    if jobs <= 1:
        _init_worker(raw_root, known, own_process=False)
        for ch in chunks:
            if isinstance(ch, SourceError):
                yield ch
            else:
                yield from analyse_pages(ch)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(raw_root, known)) as pool:
        window: deque = deque()
        # enough work queued to keep the workers busy while the parent commits a batch
        # to SQLite and the index (DB_BATCH pages), without holding the whole input
        limit = max(jobs * 4, DB_BATCH // CHUNK + 2 * jobs)
        for ch in chunks:
            if isinstance(ch, SourceError):
                window.append(ch)
            else:
                window.append(pool.apply_async(analyse_pages, (ch,)))
            while len(window) >= limit:
                yield from _take(window.popleft())
        while window:
            yield from _take(window.popleft())


def _take(entry: Any) -> Iterator[PageResult | SourceError]:
    if isinstance(entry, SourceError):
        yield entry
    else:
        yield from entry.get()


def _date_key(art: Article) -> str:
    return (art.modified or art.published or "")[:25]


def _store(archive: Archive, res: PageResult, rep: IngestReport) -> None:
    """Record one worker result (inside the caller's transaction)."""
    db = archive.db
    page = db.execute("SELECT status, article_id FROM pages WHERE raw_hash=?",
                      (res.raw_hash,)).fetchone()
    if page is not None:
        if page[0] == "not_article":
            rep.not_articles += 1
        else:
            rep.unchanged += 1
        return
    assert res.article is not None
    if res.article.get("is_article") is False and "title" not in res.article:
        db.execute("INSERT INTO pages(raw_hash, status, file, reason) VALUES (?,?,?,?)",
                   (res.raw_hash, "not_article", res.label, res.article.get("reason")))
        rep.not_articles += 1
        return
    art = Article.from_dict(res.article)
    art.source = res.label
    aid = article_id(art)
    chash = art.content_hash
    src = publication(art)
    ents = [Entity(name=n, type=t, mentions=m) for n, t, m in res.entities]

    def add_page(status: str, target: str) -> None:
        db.execute("INSERT OR REPLACE INTO pages(raw_hash, status, article_id, file) "
                   "VALUES (?,?,?,?)", (res.raw_hash, status, target, res.label))

    old = db.execute("SELECT content_hash, record FROM articles WHERE id=?", (aid,)).fetchone()
    if old is not None:
        old_art = Article.from_dict(json.loads(old[1]))
        if old[0] == chash or _date_key(art) < _date_key(old_art):
            add_page("article", aid)
            rep.unchanged += 1
            return
        db.execute("UPDATE articles SET url=?, title=?, published=?, modified=?, source=?, "
                   "file=?, content_hash=?, raw_hash=?, record=?, indexed=0 WHERE id=?",
                   (art.url, art.title, art.published, art.modified, src, res.label, chash,
                    res.raw_hash, record_json(art), aid))
        registry.record_mentions(db, aid, ents)
        dedup.store_signature(db, aid, res.sig)
        add_page("article", aid)
        rep.updated += 1
        return
    if db.execute("SELECT 1 FROM duplicates WHERE id=?", (aid,)).fetchone():
        add_page("duplicate", aid)
        rep.unchanged += 1
        return
    primary = db.execute("SELECT id FROM articles WHERE content_hash=? ORDER BY seq LIMIT 1",
                         (chash,)).fetchone()
    kind, sim = "exact", 1.0
    if primary is None and res.sig is not None:
        near = dedup.find_near(db, res.sig, art.text)
        if near is not None:
            primary, sim, kind = (near[0],), near[1], "near"
    if primary is not None:
        db.execute("INSERT OR IGNORE INTO duplicates(id, primary_id, url, source, file, kind, "
                   "similarity, raw_hash, published) VALUES (?,?,?,?,?,?,?,?,?)",
                   (aid, primary[0], art.url, src, res.label, kind, sim, res.raw_hash,
                    art.published))
        add_page("duplicate", aid)
        rep.duplicates += 1
        return
    seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
    db.execute("INSERT INTO articles(id, seq, url, title, published, modified, source, file, "
               "content_hash, raw_hash, record, indexed) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
               (aid, seq, art.url, art.title, art.published, art.modified, src, res.label,
                chash, res.raw_hash, record_json(art)))
    registry.record_mentions(db, aid, ents)
    dedup.store_signature(db, aid, res.sig)
    add_page("article", aid)
    rep.added += 1


def _known_hashes(archive: Archive) -> frozenset[str]:
    return frozenset(r[0] for r in archive.db.execute("SELECT raw_hash FROM pages"))


@batch_thresholds()
def ingest(paths: Iterable[str | os.PathLike[str]], archive: Archive | str | os.PathLike[str],
           *, jobs: int | None = None, progress: bool | None = None, wait: bool = True,
           on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest pages (files, directories, globs, .gz, WARC) into ``archive``.

    Idempotent and crash-safe: rerunning after an interruption finishes the job, with every
    article stored and indexed exactly once. ``progress`` None = a bar only on a terminal.
    """
    own = not isinstance(archive, Archive)
    arch = Archive(archive) if own else archive
    assert isinstance(arch, Archive)
    jobs = max(1, jobs or os.cpu_count() or 1)
    rep = IngestReport()
    t0 = time.perf_counter()
    lock = WriterLock(arch.lock_path)
    lock.acquire(wait=wait, on_wait=on_wait)
    try:
        from newsarchive.index.writer import index_pending, remove_stale_generations

        started = datetime.now(UTC).isoformat(timespec="seconds")
        arch.open_index().close()
        remove_stale_generations(arch)
        index_pending(arch)  # finish whatever an interrupted run left unindexed
        items = list(iter_items(paths))
        show = sys.stderr.isatty() if progress is None else progress
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="page", disable=not show, dynamic_ncols=True,
                   smoothing=0.1)
        pending = 0
        tx = arch.transaction()
        tx.__enter__()
        try:
            for res in _results(_chunks(items, CHUNK), jobs, str(arch.raw.root),
                                _known_hashes(arch)):
                bar.update(1)
                if isinstance(res, SourceError):
                    rep.failed.append((res.label, res.reason))
                    continue
                if res.status == "failed":
                    rep.failed.append((res.label, res.reason or "unknown error"))
                    continue
                _store(arch, res, rep)
                pending += 1
                if pending >= DB_BATCH:
                    registry.resolve(arch.db)
                    tx.__exit__(None)
                    rep.indexed += index_pending(arch)
                    pending = 0
                    tx = arch.transaction()
                    tx.__enter__()
            registry.resolve(arch.db)
        except BaseException as exc:
            tx.__exit__(type(exc))
            raise
        tx.__exit__(None)
        rep.indexed += index_pending(arch)
        bar.close()
        rep.seconds = time.perf_counter() - t0
        with arch.transaction() as db:
            db.execute("INSERT INTO ingest_log(command, started, finished, report) "
                       "VALUES (?,?,?,?)",
                       ("ingest", started, datetime.now(UTC).isoformat(timespec="seconds"),
                        json.dumps(rep.to_dict(), ensure_ascii=False)))
    finally:
        lock.release()
        if own:
            arch.close()
    return rep
