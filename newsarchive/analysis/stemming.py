"""Stemming: Snowball German via PyStemmer, plus two small index-side repairs.

:func:`snowball` is PyStemmer's ``german`` stemmer unchanged (Snowball 3; the JS mirror
reimplements it and is parity-tested against it on every distinct GermEval word).

:func:`stem` adds one rule on top, applied on both the index and the query side: a final
``s`` after ``p``, ``w`` or ``y`` is removed (Snowball only strips ``s`` after
``b d f g h k l m n r t``), so ``Teleskops``/``Teleskop``, ``Handys``/``Handy`` and
``Interviews``/``Interview`` meet.

:func:`ern_alternatives` gives extra index terms for Snowball's ``-ern`` problem: it strips
``-ern`` from ``Bayern``, ``Seestern``, ``Konzern`` (→ ``bay``, ``seest``, ``konz``) but not
from ``Bayerns``, ``Seesterne``, ``Konzerne`` (→ ``bayern``, ``seestern``, ``konzern``). The
index holds both, so any of these query forms finds any document form.
"""

from __future__ import annotations

import Stemmer

from newsarchive.analysis.folding import fold

_STEMMER = Stemmer.Stemmer("german")
_STEMMER.maxCacheSize = 0  # we cache ourselves
_CACHE: dict[str, str] = {}
_RAW: dict[str, str] = {}


def snowball(word: str) -> str:
    """PyStemmer's Snowball German stem of a lower-case word, unchanged."""
    s = _RAW.get(word)
    if s is None:
        if len(_RAW) > 500_000:
            _RAW.clear()
        s = _RAW[word] = _STEMMER.stemWord(word)
    return s


def stem(word: str) -> str:
    """Stem of a lower-case word: :func:`snowball`, then a final ``s`` after p/w/y removed."""
    s = _CACHE.get(word)
    if s is None:
        s = snowball(word)
        if len(s) >= 4 and s[-1] == "s" and s[-2] in "pwy":
            s = s[:-1]
        if len(_CACHE) > 500_000:
            _CACHE.clear()
        _CACHE[word] = s
    return s


def ern_alternatives(word: str) -> list[str]:
    """Extra index terms for a lower-case word whose stem is touched by the ``-ern`` rule."""
    out = []
    s = stem(word)
    if s.endswith("ern"):
        again = stem(s)
        if again != s:
            out.append(again)  # Seesterne -> seestern -> also seest (= Seestern)
    f = fold(word)
    if f.endswith("ern") and snowball(word) == f[:-3]:
        out.append(f)  # Seestern -> seest -> also seestern (= Seesterne)
    return out
