"""Whole-index rebuilds: Whoosh segments written in bulk, by several processes at once.

Whoosh's ``SegmentWriter`` collects every posting as a tuple in a pool, sorts all of them
and hands them one by one to the codec, which looks up the document's field length for
each. For a rebuild that is most of the time. :class:`BulkSegmentWriter` keeps the
postings of each term together as documents are added (they arrive in document order) and
writes each term's blocks in one go. Its segments hold what Whoosh's own writer writes for
the same documents: the per-document files byte for byte, the postings block for block
(tested; its block pickles can be smaller, as postings of single positions share one value).

:func:`build_segments` splits the rows of a rebuild into ranges, has worker processes
(forked; they die with their parent) each write one segment per range, and commits all
segments in order in one table of contents.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import signal
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.writing import SegmentWriter

#: Documents per segment of a rebuild (memory: about 50 bytes per posting while writing).
SEGMENT_DOCS = 25_000
#: Documents a worker reads from the database at a time.
READ_BATCH = 1000


class MemoryPool:
    """Postings grouped by field and term, in the order documents are added.

    Per term: document numbers and weights in arrays, and the posting values (encoded
    positions) in a list: about 20 bytes a posting, where a tuple per posting would take 60
    more. Values of single positions are shared objects (``schema._SINGLE_POSITIONS``), so
    only terms that occur several times in a document add a ``bytes`` object of their own.
    """

    def __init__(self) -> None:
        self.terms: dict[str, dict[bytes, tuple[array, array, list[bytes | None]]]] = {}

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        terms = self.terms.get(fieldname)
        if terms is None:
            terms = self.terms[fieldname] = {}
        post = terms.get(tbytes)
        if post is None:
            post = terms[tbytes] = (array("I"), array("d"), [])
        post[0].append(docnum)
        post[1].append(weight)
        post[2].append(vbytes)

    def cleanup(self) -> None:
        self.terms.clear()


def _write_term(pw: Any, ids: array, weights: array, values: list[bytes | None],
                lengths: list[int] | None) -> None:
    """Fill the postings writer's blocks the way ``add_posting`` one at a time does."""
    limit = pw._blocklimit
    for start in range(0, len(ids), limit):
        if start:
            pw._write_block()  # a full block is written when the next posting arrives
        end = start + limit
        block_ids = ids[start:end]
        block_weights = weights[start:end]
        pw._ids = block_ids
        pw._weights = array("f", block_weights)
        pw._maxweight = max(0, max(block_weights))
        pw._values = [v for v in values[start:end] if v]
        if lengths is not None:
            nonzero = [n for n in (lengths[d] for d in block_ids) if n]
            pw._minlength = min(nonzero) if nonzero else None
            pw._maxlength = max(nonzero) if nonzero else 0


class BulkSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` whose postings go to disk term by term, not posting by posting."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = MemoryPool()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        fw = self.fieldwriter
        pool = self.pool
        assert isinstance(pool, MemoryPool)
        for fieldname in sorted(pool.terms):
            terms = pool.terms[fieldname]
            fw.start_field(fieldname, self.schema[fieldname])
            lengths = None
            if pdr is not None:
                dfl = pdr.doc_field_length
                lengths = [dfl(d, fieldname) for d in range(self.docnum)]
            for tbytes in sorted(terms):
                ids, weights, values = terms[tbytes]
                fw.start_term(tbytes)
                _write_term(fw._postwriter, ids, weights, values, lengths)
                fw.finish_term()
            fw.finish_field()
            terms.clear()
        fw.close()
        if pdr is not None:
            pdr.close()


# ----------------------------------------------------------------------------- parallel build

_LIBC_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Linux: have the kernel kill this worker when its parent dies (no orphans on kill -9)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_LIBC_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_JOB: dict[str, Any] = {}


def _init_worker(counter: Any, parent: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _JOB["counter"] = counter


def _write_range(task: tuple[str, int, int]) -> Any:
    """Worker: write the documents of one row range as one segment; returns the segment."""
    path, first, count = task
    source: Callable[[int, int], Iterable[list[dict]]] = _JOB["source"]
    ix = windex.open_dir(path)
    w = BulkSegmentWriter(ix, _lk=False)
    try:
        for docs in source(first, count):
            for d in docs:
                w.add_document(**d)
            counter = _JOB["counter"]
            with counter.get_lock():
                counter.value += len(docs)
        segment = w._finalize_segment()
    except BaseException:
        w._close_segment()
        raise
    finally:
        ix.close()
    return segment


def build_segments(path: Path, schema: Any, total: int,
                   source: Callable[[int, int], Iterable[list[dict]]], *, jobs: int = 1,
                   progress: Callable[[int], None] | None = None,
                   segment_docs: int = SEGMENT_DOCS) -> int:
    """Create an index at ``path`` holding ``total`` documents, written by ``jobs`` processes.

    ``source(first, count)`` yields lists of Whoosh documents for rows ``first`` to
    ``first + count - 1`` (it runs in the workers, after a fork). Returns the document count.
    """
    path.mkdir(parents=True, exist_ok=True)
    ix = windex.create_in(path, schema)
    # as many segments as jobs, or a multiple of it (no worker idles through the last round)
    jobs = max(1, jobs)
    rounds = max(1, -(-total // (segment_docs * jobs)))
    per = max(1, -(-total // (rounds * jobs)))
    tasks = [(str(path), first, min(per, total - first)) for first in range(0, total, per)]
    segments: list[Any] = []
    if jobs <= 1 or len(tasks) <= 1:
        counter = mp.Value("q", 0, lock=True)
        _JOB.update(source=source, counter=counter)
        done = 0
        for task in tasks:
            segments.append(_write_range(task))
            if progress:
                progress(counter.value - done)
            done = counter.value
    else:
        ctx = mp.get_context("fork")
        counter = ctx.Value("q", 0, lock=True)
        _JOB["source"] = source  # inherited by the forked workers
        with ctx.Pool(jobs, initializer=_init_worker,
                      initargs=(counter, os.getpid())) as pool:
            result = pool.map_async(_write_range, tasks, chunksize=1)
            done = 0
            while not result.ready():
                result.wait(0.5)
                if progress and counter.value > done:
                    progress(counter.value - done)
                    done = counter.value
            segments = result.get()
            if progress and counter.value > done:
                progress(counter.value - done)
    _JOB.clear()
    w = ix.writer()
    try:
        w.commit(mergetype=lambda _writer, existing: [*existing, *segments])
    finally:
        ix.close()
    return sum(s.doc_count_all() for s in segments)
