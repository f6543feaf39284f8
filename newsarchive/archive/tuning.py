"""Process settings for batch work (ingest, reparse, reindex): garbage collector and malloc.

Garbage collector: parsing a page builds a few thousand cyclic objects (a bs4 tree links
parents and children) that die together a moment later. With CPython's default threshold (a
young-generation pass every 700 allocations) the collector runs several times per page and its
older-generation passes walk the loaded NER model and gazetteers again and again: about 15 %
of ingest CPU. Rarer passes free the same garbage a few pages later for that time.

malloc (glibc): the NER network's temporary arrays and the page buffers are megabytes each.
With glibc's default thresholds they come fresh from the kernel and go back after every use,
about a thousand page faults per article (2–3 ms of system time). Worker processes keep up to
128 MB of freed heap instead.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: (young, middle, old) thresholds for batch work; CPython's default is (700, 10, 10).
BATCH_THRESHOLDS = (10_000, 10, 10)
#: glibc mallopt parameters and the values worker processes use.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 128 << 20


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


def keep_freed_memory() -> bool:
    """glibc only, for good (worker processes): allocations below 32 MB come from the heap and
    up to 128 MB of freed heap stays with the process. False where there is no mallopt."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
