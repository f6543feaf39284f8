"""One writer at a time: an fcntl lock file in the archive directory."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path


class ArchiveBusy(RuntimeError):
    """Another ingest or reindex holds the archive lock."""


class WriterLock:
    """Exclusive advisory lock; released automatically if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "?"
        except OSError:
            return "?"

    def acquire(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = self.holder()
            if not wait:
                os.close(fd)
                raise ArchiveBusy(
                    f"another ingest or reindex is running on this archive (pid {pid})"
                ) from None
            if on_wait:
                on_wait(pid)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
