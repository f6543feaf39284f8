"""Bytes to text: BOM, declared charsets, detection of undeclared ones and mojibake repair."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsarchive.parse.errors import ParseError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Encoding sniffing on the first bytes (as browsers do), not HTML parsing.
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_PRESCAN_BYTES = 8192
#: Labels that browsers treat as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {
    "iso-8859-1",
    "iso8859-1",
    "latin-1",
    "latin1",
    "l1",
    "ascii",
    "us-ascii",
    "windows-1252",
    "cp1252",
    "iso_8859-1",
    "x-cp1252",
    "iso-8859-15",
    "latin9",
}
# Typical mojibake: UTF-8 bytes of German letters and punctuation read as Windows-1252.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161"
    "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}"
)


def sniff_declared(data: bytes) -> str | None:
    """Encoding named by a BOM, the XML prolog or a meta tag in the first bytes, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:_PRESCAN_BYTES]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    enc = best.encoding
    # Western single-byte guesses all mean Windows-1252 for German pages.
    if enc in ("latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp850", "mac_roman"):
        return "cp1252"
    return enc


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("fÃ¼r" → "für"), whole text or run by run."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        pass

    def fix(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group(0)

    return _MOJIBAKE.sub(fix, text)


def decode_html(data: bytes | str, source: str | None = None) -> str:
    """Decode page bytes to text: declared charset if it fits, else detection; repair mojibake."""
    if isinstance(data, str):
        return repair_mojibake(data.lstrip("\ufeff"))
    if not data.strip():
        raise ParseError("empty input", source)
    declared = sniff_declared(data)
    text: str | None = None
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            enc = _detect(data)
            if enc is None:
                raise ParseError("binary data, not a text page", source) from None
            text = data.decode(enc, errors="replace")
    return repair_mojibake(text.lstrip("\ufeff"))


#: Soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def drop_invisible(text: str) -> str:
    """``text`` without invisible characters (a regular expression: ``str.translate`` with a
    deletion table costs 20 times more on ordinary text)."""
    return _INVISIBLE.sub("", text)
