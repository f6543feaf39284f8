"""Input pages: files, directories (recursive), globs, ``.gz`` pages and WARC files."""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass
class PageItem:
    """One page to ingest: a file to read, or bytes taken from a WARC record."""

    label: str  # file path, or "file.warc#<target uri>"
    path: str | None = None
    data: bytes | None = None
    url: str | None = None


@dataclass
class SourceError:
    label: str
    reason: str


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def is_page(name: str) -> bool:
    low = name.lower()
    if is_warc(low):
        return False
    if low.endswith(".gz"):
        low = low[:-3]
    return low.endswith(PAGE_SUFFIXES) or name.lower().endswith(".gz")


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | SourceError]:
    """Files named by ``paths`` (directories recursively, globs expanded), sorted per argument."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and (is_page(f.name)
                                                                      or is_warc(f.name)))
            yield from found
        elif p.is_file():
            yield p
        elif any(ch in str(raw) for ch in "*?["):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                yield SourceError(str(raw), "no files match this pattern")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from expand([mp])
                elif mp.is_file():
                    yield mp
        else:
            yield SourceError(str(raw), "no such file or directory")


def iter_warc(path: Path) -> Iterator[PageItem | SourceError]:
    """HTML responses of a WARC file (``.warc`` or ``.warc.gz``); a file that holds none is
    reported, so that it is not skipped in silence."""
    from warcio.archiveiterator import ArchiveIterator

    records = pages = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                records += 1
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers
                         else "") or ""
                if "html" not in ctype.lower():
                    continue
                uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
                data = rec.content_stream().read()
                pages += 1
                yield PageItem(label=f"{path}#{uri}", data=data, url=uri or None)
    except Exception as exc:  # noqa: BLE001 - any WARC damage is reported, not raised
        yield SourceError(str(path), f"unreadable WARC file: {exc}")
        return
    if not pages:
        yield SourceError(str(path), "no WARC records in this file" if not records else
                          f"no HTML responses among its {records} WARC record"
                          + ("s" if records > 1 else ""))


def iter_items(paths: Iterable[str | os.PathLike[str]]) -> Iterator[PageItem | SourceError]:
    """Every page named by ``paths``, in a stable order."""
    for found in expand(paths):
        if isinstance(found, SourceError):
            yield found
        elif is_warc(found.name):
            yield from iter_warc(found)
        else:
            yield PageItem(label=str(found), path=str(found))


def read_item(item: PageItem) -> bytes:
    """Raw (decompressed) bytes of a page item."""
    if item.data is not None:
        return item.data
    assert item.path is not None
    with open(item.path, "rb") as fh:
        data = fh.read()
    if item.path.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data
