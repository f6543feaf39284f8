"""Writing the Whoosh index from the archive database (SQLite is the source of truth).

Every article row has an ``indexed`` flag. Documents are written in batches, replacing any
document with the same id (delete + add, as ``update_document``); the flags are set only
after the Whoosh commit, so a crash at any point leaves at worst some articles written
twice (the second write replaces the first), never missing.

Each batch becomes one segment, written in bulk (:class:`~newsarchive.index.bulk.
BulkSegmentWriter`). Segments are merged by :func:`merge_policy`, tiered: ``MERGE_FACTOR``
segments of one size class are rebuilt as one segment from their articles' database rows,
in bulk, never into a segment of more than ``MAX_MERGED_DOCS`` documents. Whoosh's own
merge streams every posting of the merged segments through its sorting pool: at 100,000
articles its merges took minutes each and the ingest process grew past 3 GB.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from newsarchive.index.bulk import BulkSegmentWriter
from newsarchive.index.schema import build_schema, doc_fields
from newsarchive.record import Article, Entity

if TYPE_CHECKING:
    from newsarchive.archive.store import Archive

#: Articles per new segment. A segment writes each of its terms once, so larger segments
#: cost less per article: 3.9 ms at 1,000, 3.4 ms at 2,000 (CPU per article, 3,785
#: generated articles) for about 45 MB more memory while the segment is built.
BATCH = 2000
#: Segments of a size class (live documents below BATCH * MERGE_FACTOR ** (k + 1)) that
#: are merged into one.
MERGE_FACTOR = 10
#: No merge writes a segment of more documents than this (the bulk writer holds a
#: segment's postings in memory: ~20 KB per article).
MAX_MERGED_DOCS = 20_000


def generation_name(n: int) -> str:
    return f"gen-{n:06d}"


def next_generation(archive: Archive) -> str:
    nums = [int(p.name[4:].split(".")[0]) for p in archive.index_root.glob("gen-*")
            if p.name[4:].split(".")[0].isdigit()]
    return generation_name(max(nums, default=0) + 1)


def open_or_create(archive: Archive, mapped: bool = True) -> windex.Index:
    """The current index generation, created empty on first use.

    ``mapped=False`` reads the segment files with plain reads instead of memory maps: a
    long ingest touches every segment (deletion lookups, merges), and mapped pages would
    stay in its resident size for as long as the segments are open.
    """
    cur = archive.index_dir()
    if cur is not None and windex.exists_in(cur):
        return FileStorage(str(cur), supports_mmap=mapped).open_index()
    name = next_generation(archive)
    path = archive.index_root / name
    path.mkdir(parents=True, exist_ok=True)
    ix = FileStorage(str(path), supports_mmap=mapped).create_index(build_schema())
    archive.set_index_dir(name)
    return ix


def remove_stale_generations(archive: Archive) -> None:
    """Delete generations other than the current one (unfinished or replaced ones)."""
    cur = archive.index_dir()
    for p in archive.index_root.glob("gen-*"):
        if p.is_dir() and (cur is None or p.resolve() != cur.resolve()):
            shutil.rmtree(p, ignore_errors=True)


def documents(archive: Archive, rows: Iterable[tuple[str, str, str]]) -> list[dict]:
    """Whoosh documents for (id, record JSON, source) rows, with canonical entities and the
    names each article itself gave them (after ``entities rename Grüne "Bündnis 90/Die
    Grünen"``, ``org:Grüne`` still finds the articles that wrote "Grüne")."""
    rows = list(rows)
    ents: dict[str, list[Entity]] = defaultdict(list)
    own: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(dict)
    for part in _chunks([r[0] for r in rows], 500):
        marks = ",".join("?" * len(part))
        for aid, name, typ, n, raw in archive.db.execute(
                "SELECT m.article_id, e.name, e.type, SUM(m.mentions), "
                "GROUP_CONCAT(m.name, char(31)) FROM mentions m "
                "JOIN entity_names en ON en.type = m.type AND en.name = m.name "
                "JOIN entities e ON e.type = en.type AND e.name = en.canonical "
                f"WHERE m.article_id IN ({marks}) GROUP BY m.article_id, e.id "
                "ORDER BY m.article_id, SUM(m.mentions) DESC, e.name", part):
            ents[aid].append(Entity(name=name, type=typ, mentions=n))
            others = sorted(set(raw.split("\x1f")) - {name})
            if others:
                own[aid][typ, name] = others
    return [doc_fields(aid, Article.from_dict(json.loads(rec)), ents.get(aid, []), src,
                       own.get(aid))
            for aid, rec, src in rows]


def pending_count(archive: Archive) -> int:
    return archive.db.execute("SELECT COUNT(*) FROM articles WHERE indexed=0").fetchone()[0]


def index_pending(archive: Archive, progress: Callable[[int], None] | None = None,
                  batch: int | None = None) -> int:
    """Index every article whose flag is 0; returns how many were written."""
    batch = batch or BATCH
    total = 0
    ix = None
    try:
        while True:
            rows = archive.db.execute(
                "SELECT id, record, source FROM articles WHERE indexed=0 ORDER BY seq LIMIT ?",
                (batch,)).fetchall()
            if not rows:
                break
            if ix is None:
                ix = open_or_create(archive, mapped=False)
            docs = documents(archive, rows)
            w = BulkSegmentWriter(ix)
            try:
                # delete-then-add with one searcher (= update_document, without a
                # searcher per document); replaces copies left by an interrupted run
                with w.searcher() as s:
                    for d in docs:
                        if s.document_number(id=d["id"]) is not None:
                            w.delete_by_term("id", d["id"], searcher=s)
                for d in docs:
                    w.add_document(**d)
            except BaseException:
                w.cancel()
                raise
            w.commit(mergetype=merge_policy(archive, ix))
            release_free_memory()
            ids = [(r[0],) for r in rows]
            with archive.transaction() as db:
                db.executemany("UPDATE articles SET indexed=1 WHERE id=?", ids)
            total += len(rows)
            if progress:
                progress(len(rows))
    finally:
        if ix is not None:
            ix.close()
    return total


def size_class(docs: int) -> int:
    """0 below BATCH * MERGE_FACTOR documents, 1 below BATCH * MERGE_FACTOR ** 2, ..."""
    level, bound = 0, BATCH * MERGE_FACTOR
    while docs >= bound:
        level, bound = level + 1, bound * MERGE_FACTOR
    return level


def plan_merges(sizes: list[int]) -> list[list[int]]:
    """Groups of segment positions to merge, given each segment's live document count.

    Within a size class the smallest ``MERGE_FACTOR`` segments form a group, as long as the
    class holds that many and the group stays within ``MAX_MERGED_DOCS`` documents.
    """
    classes: dict[int, list[int]] = defaultdict(list)
    for pos, n in enumerate(sizes):
        classes[size_class(n)].append(pos)
    groups = []
    for _, members in sorted(classes.items()):
        members.sort(key=lambda p: sizes[p])
        while len(members) >= MERGE_FACTOR:
            group, members = members[:MERGE_FACTOR], members[MERGE_FACTOR:]
            if sum(sizes[p] for p in group) > MAX_MERGED_DOCS:
                break
            groups.append(sorted(group))
    return groups


def merge_policy(archive: Archive, ix: windex.Index) -> Callable[[Any, list[Any]], list[Any]]:
    """A Whoosh ``mergetype``: drops segments without live documents and rebuilds each group
    of :func:`plan_merges` as one segment from the database (in bulk, during the commit)."""

    def merge(writer: Any, segments: list[Any]) -> list[Any]:
        live = [s for s in segments if s.doc_count() > 0]
        groups = plan_merges([s.doc_count() for s in live])
        merged: dict[int, Any] = {}
        for group in groups:
            merged[group[0]] = _rebuild(archive, ix, writer, [live[p] for p in group])
            release_free_memory()
        gone = {p for group in groups for p in group[1:]}
        return [merged.get(p, s) for p, s in enumerate(live) if p not in gone]

    return merge


def _rebuild(archive: Archive, ix: windex.Index, writer: Any, segments: list[Any]) -> Any:
    """One new segment holding the live documents of ``segments``, from their current rows."""
    from whoosh.reading import SegmentReader

    ids: list[str] = []
    for seg in segments:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        try:
            ids += [reader.stored_fields(d)["id"] for d in reader.all_doc_ids()]
        finally:
            reader.close()
    order: list[tuple[int, str]] = []
    for part in _chunks(ids, 500):
        order += map(tuple, archive.db.execute(
            f"SELECT seq, id FROM articles WHERE id IN ({','.join('?' * len(part))})", part))
    order.sort()
    # shares the outer writer's lock and temporary directory (the bulk pool never spills)
    w = BulkSegmentWriter(ix, _lk=False)
    try:
        for part in _chunks([aid for _, aid in order], 500):  # records read 500 at a time
            rows = {r[0]: r for r in archive.db.execute(
                "SELECT id, record, source FROM articles "
                f"WHERE id IN ({','.join('?' * len(part))})", part)}
            for d in documents(archive, (rows[aid] for aid in part if aid in rows)):
                w.add_document(**d)
        return w._finalize_segment()
    except BaseException:
        w._close_segment()
        raise


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc ``malloc_trim``).

    A merge frees hundreds of MB in pieces; glibc keeps them in its heap, and the process
    would stay at its peak size for the rest of the ingest.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def build_generation(archive: Archive, path: Path,
                     progress: Callable[[int], None] | None = None,
                     jobs: int = 1) -> int:
    """Write every article into a new, empty index at ``path`` (for reindex), in bulk
    segments written by ``jobs`` processes (see :mod:`newsarchive.index.bulk`)."""
    from newsarchive.archive.store import Archive as _Archive
    from newsarchive.index.bulk import READ_BATCH, build_segments

    seqs = [r[0] for r in archive.db.execute("SELECT seq FROM articles ORDER BY seq")]
    root = archive.path

    def source(first: int, count: int) -> Iterator[list[dict]]:
        # runs in a worker process: its own connection, never one inherited over fork
        with _Archive(root, create=False) as arch:
            cur = arch.db.execute(
                "SELECT id, record, source FROM articles WHERE seq BETWEEN ? AND ? "
                "ORDER BY seq", (seqs[first], seqs[first + count - 1]))
            while rows := cur.fetchmany(READ_BATCH):
                yield documents(arch, rows)

    return build_segments(path, build_schema(), len(seqs), source, jobs=jobs,
                          progress=progress)
