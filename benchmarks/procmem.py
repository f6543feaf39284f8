"""Memory of running processes from Linux /proc, for the benchmarks (MB; 0 when gone)."""

from __future__ import annotations

import contextlib
from pathlib import Path


def status_mb(pid: int | str) -> dict[str, int]:
    """The ``VmHWM``, ``VmRSS``, ``RssAnon`` and ``RssFile`` lines of /proc/PID/status."""
    out = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
                out[key] = int(value.split()[0]) // 1024
    return out


def pss_mb(pid: int) -> int:
    """Proportional set size (shared pages divided among the processes that map them)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) // 1024
    return 0


def descendants(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc/PID/task/*/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):
                kids = [int(k) for k in (task / "children").read_text().split()]
                out += kids
                todo += kids
    return out
