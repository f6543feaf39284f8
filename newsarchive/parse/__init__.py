"""Parser: saved German news pages (HTML, any CMS, any encoding) → clean Article records."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from newsarchive.parse.core import parse_bytes
from newsarchive.parse.errors import ParseError
from newsarchive.record import Article

__all__ = ["ParseError", "parse_file", "parse_html"]

#: Compressed inputs are read only up to this many bytes (larger pages are refused anyway).
_MAX_READ = 64 * 1024 * 1024


def parse_html(data: bytes | str, *, url: str | None = None, source: str | None = None) -> Article:
    """Parse one saved page (bytes in any encoding, or text) into an :class:`Article`.

    Raises :class:`ParseError` for input that is empty, binary, not HTML or too large.
    A page that is no article comes back with ``is_article=False`` and a reason.
    """
    return parse_bytes(data, url=url, source=source)


def parse_file(path: str | Path) -> Article:
    """Parse a saved page file (.html/.htm/.xhtml, or gzip-compressed .gz)."""
    path = Path(path)
    source = str(path)
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as fh:
                data = fh.read(_MAX_READ + 1)
        else:
            with path.open("rb") as fh:
                data = fh.read(_MAX_READ + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ParseError(f"cannot read file: {exc}", source) from exc
    return parse_html(data, source=source)
