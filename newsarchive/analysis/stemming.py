"""Snowball German stemming via PyStemmer (the JS mirror reimplements the same algorithm)."""

from __future__ import annotations

import Stemmer

_STEMMER = Stemmer.Stemmer("german")
_STEMMER.maxCacheSize = 0  # we cache whole terms ourselves
_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """Snowball German stem of a lower-case word (umlauts, ``ae``/``ue``, ``ß`` folded)."""
    s = _CACHE.get(word)
    if s is None:
        if len(_CACHE) > 500_000:
            _CACHE.clear()
        s = _CACHE[word] = _STEMMER.stemWord(word)
    return s
