"""Umlaut and transliteration folding, identical to the Snowball German prelude/postlude.

``fold`` maps the umlaut, transliterated and bare-vowel spellings of a word to one form:
``südkorea``, ``suedkorea`` and ``sudkorea`` all become ``sudkorea``; ``straße`` becomes
``strasse``. It applies exactly the character rules that PyStemmer's ``german`` stemmer
(Snowball 3) applies before and after suffix stripping, so folded parts and stemmed wholes
agree:

1. ``u``/``y`` between two vowels is protected (``bauer``, ``treue``, ``frauen`` keep their
   ``ue``: it is no umlaut there);
2. scanning left to right: ``ß`` → ``ss``; ``ae``/``oe``/``ue`` → ``ä``/``ö``/``ü``, except that
   ``qu`` is skipped (``quelle``);
3. ``ä``/``ö``/``ü`` → ``a``/``o``/``u``.

Input must already be lower-cased.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouyäöü")
_DIGRAPH = {"a": "a", "o": "o", "u": "u"}  # first letter of ae/oe/ue -> folded vowel
_POSTLUDE = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The folded spelling of a lower-case word (see module doc)."""
    n = len(word)
    chars = list(word)
    # 1. protect u/y between vowels (upper case marks them, as Snowball does)
    for i in range(n - 2):
        if chars[i] in _VOWELS and chars[i + 1] in "uy" and chars[i + 2] in _VOWELS:
            chars[i + 1] = chars[i + 1].upper()
    # 2. digraphs and sharp s
    out: list[str] = []
    i = 0
    while i < n:
        c = chars[i]
        nxt = chars[i + 1] if i + 1 < n else ""
        if c == "ß":
            out.append("ss")
            i += 1
        elif c in _DIGRAPH and nxt == "e":
            out.append(_DIGRAPH[c])
            i += 2
        elif c == "q" and nxt == "u":
            out.append("qu")
            i += 2
        else:
            out.append(c)
            i += 1
    # 3. postlude: protected letters back to lower case, umlauts to bare vowels
    return "".join(out).replace("U", "u").replace("Y", "y").translate(_POSTLUDE)
