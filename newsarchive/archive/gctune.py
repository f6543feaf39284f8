"""Garbage-collector settings for batch work (ingest, reparse, reindex).

Parsing a page builds a few thousand cyclic objects (a bs4 tree links parents and children)
that die together a moment later. With CPython's default threshold (a young-generation pass
every 700 allocations) the collector runs several times per page and its older-generation
passes walk the loaded NER model and gazetteers again and again: about 15 % of ingest CPU.
Rarer passes free the same garbage a few pages later for that time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: (young, middle, old) thresholds for batch work; CPython's default is (700, 10, 10).
BATCH_THRESHOLDS = (10_000, 10, 10)


def use_batch_thresholds() -> None:
    """Switch this process to batch thresholds for good (worker processes)."""
    gc.set_threshold(*BATCH_THRESHOLDS)


@contextmanager
def batch_thresholds() -> Iterator[None]:
    """Batch thresholds inside the block, the caller's settings restored after it."""
    old = gc.get_threshold()
    gc.set_threshold(*BATCH_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)
