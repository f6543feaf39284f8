"""German-aware tokenisation: words, hyphenated compounds, numbers and abbreviations.

One regular expression finds the tokens, left to right (the JS mirror uses the same
expression); everything that is not part of a token — punctuation, quotes „…“ “…” »…« ‚…‘,
dashes, symbols — separates tokens and is dropped.

A token is, in order of preference:

* a known spaced abbreviation: ``z. B.``, ``u. a.``, ``d. h.`` … → ``zb``, ``ua``, ``dh``;
* a dotted run of single letters: ``z.B.``, ``u.a.``, ``U.S.A.`` → ``zb``, ``ua``, ``usa``;
* pieces joined by hyphens (``US-Regierung``, ``10.000-Euro-Grenze``), where a piece is a
  number with inner ``.``/``,`` (``10.000``, ``1,5``, ``22.04.2024``) or a run of letters and
  digits, possibly with inner apostrophes or soft hyphens (``O'Neill``, ``geht's``).

A single-word abbreviation such as ``Dr.`` or ``Nr.`` simply loses its dot. Lower-casing,
dropping apostrophes and NFC-normalising happen in :func:`token_pieces`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Spaced abbreviations recognised as one token (letters as they appear, lower case).
SPACED_ABBREVIATIONS: tuple[str, ...] = (
    "z b",
    "u a",
    "d h",
    "v a",
    "u u",
    "o ä",
    "u ä",
    "o g",
    "i d r",
    "z t",
    "s o",
    "s u",
    "u v m",
    "m e",
)

_SPACE = "[ \u00a0\u202f]?"
_HYPHENS = "-\u2010\u2011"
_JOINERS = "'\u2019\u00ad"  # apostrophe, right single quote, soft hyphen (inside a word)
_COMBINING = re.compile("[\u0300-\u036f]")


def _letter_class(c: str) -> str:
    return f"[{c}{c.upper()}]" if c.upper() != c else c


def _spaced_alternatives() -> str:
    alts = []
    for abbr in SPACED_ABBREVIATIONS:
        alts.append((r"\." + _SPACE).join(_letter_class(c) for c in abbr.split()) + r"\.")
    return "|".join(alts)


def _pattern(alnum: str, letter: str) -> re.Pattern[str]:
    piece = rf"(?:[0-9]+(?:[.,][0-9]+)+|{alnum}+(?:[{_JOINERS}]{alnum}+)*)"
    return re.compile(
        rf"(?P<abbr>{_spaced_alternatives()}|{letter}\.(?:{letter}\.)+)"
        rf"|(?P<word>{piece}(?:[{_HYPHENS}]{piece})*)"
    )


# Fast expression for text without combining marks; the second also accepts them in words.
TOKEN_RE = _pattern(r"[^\W_]", r"[^\W\d_]")
TOKEN_RE_COMBINING = _pattern(r"(?:[^\W_]|[\u0300-\u036f])", r"(?:[^\W\d_][\u0300-\u036f]*)")

_HYPHEN_RE = re.compile(f"[{_HYPHENS}]")
_DROP = str.maketrans("", "", _JOINERS)
_ABBR_DROP = str.maketrans("", "", ". \u00a0\u202f")


def iter_tokens(text: str) -> Iterator[tuple[str, bool, int, int]]:
    """Yield ``(raw, is_abbreviation, start, end)`` for every token of ``text``."""
    rx = TOKEN_RE_COMBINING if _COMBINING.search(text) else TOKEN_RE
    for m in rx.finditer(text):
        abbr = m.lastgroup == "abbr"
        yield m.group(), abbr, m.start(), m.end()


def split_hyphens(raw: str) -> list[str]:
    """The raw hyphen pieces of a (non-abbreviation) token, case and joiners kept."""
    return _HYPHEN_RE.split(raw)


def token_pieces(raw: str, abbreviation: bool = False) -> list[str]:
    """The normalised hyphen pieces of a raw token: lower-cased, joiners dropped, NFC.

    ``US-Regierung`` → ``["us", "regierung"]``; ``z.B.`` → ``["zb"]``.
    """
    text = raw.lower()
    if _COMBINING.search(text):
        text = unicodedata.normalize("NFC", text)
    if abbreviation:
        return [text.translate(_ABBR_DROP)]
    return [p.translate(_DROP) for p in _HYPHEN_RE.split(text)]
