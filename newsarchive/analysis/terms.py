"""From a raw token to its index or query terms: stop words, stemming, compound parts.

Index mode, for a token at one position, emits (deduplicated, in this order):

1. the stem of the whole token (hyphen pieces joined: ``US-Regierung`` → ``usregier``, so
   the spelling ``USRegierung``/``Ukrainekrieg`` without hyphen finds it too), and its
   ``-ern`` alternatives (:func:`~newsarchive.analysis.stemming.ern_alternatives`);
2. for hyphenated tokens, the stem (and ``-ern`` alternatives) of every piece that is not a
   stop word (``us``, ``regier``);
3. for every letter-only piece written with a capital (German nouns; verbs and participles
   such as ``hinterlegen`` or ``umfassende`` are not split), the stems of its compound parts
   (``Waffenlieferungen`` → ``waff``, ``liefer``) and of its partial compounds of 2+ parts at
   either end (``Bundesverfassungsgericht`` → ``verfassungsgericht``, ``bundesverfass``).

Query mode emits only (1): query words are not split, because the index holds the wholes
and the parts. A token that is a stop word (a single piece) emits nothing in either mode.
"""

from __future__ import annotations

from newsarchive.analysis.compounds import CompoundSplitter, load_vocab
from newsarchive.analysis.folding import fold
from newsarchive.analysis.stemming import ern_alternatives, stem
from newsarchive.analysis.stopwords import STOPWORDS
from newsarchive.analysis.tokenizer import split_hyphens, token_pieces

_splitter: CompoundSplitter | None = None
#: Term caches keyed by raw token, one per (abbreviation, query) combination.
_CACHES: dict[tuple[bool, bool], dict[str, tuple[str, ...]]] = {
    (a, q): {} for a in (False, True) for q in (False, True)
}


def get_splitter() -> CompoundSplitter:
    """The shared compound splitter over the shipped vocabulary (loaded on first use)."""
    global _splitter
    if _splitter is None:
        _splitter = CompoundSplitter(load_vocab())
    return _splitter


def clear_caches() -> None:
    """Forget cached terms (for benchmarks)."""
    for cache in _CACHES.values():
        cache.clear()
    if _splitter is not None:
        _splitter.split.cache_clear()
    fold.cache_clear()


def compound_terms(piece: str) -> list[str]:
    """Stems of the compound parts of one lower-case piece, and of its partial compounds."""
    parts = get_splitter().split(fold(piece))
    n = len(parts)
    if n < 2:
        return []
    out = [stem(p) for p in parts]
    for k in range(2, n):  # partial compounds of k parts at the end and at the start
        out.append(stem("".join(parts[n - k :])))
        out.append(stem("".join(parts[:k])))
    return out


def token_terms(raw: str, abbreviation: bool = False, query: bool = False) -> tuple[str, ...]:
    """The terms of one raw token (see module doc); empty for a stop word."""
    cache = _CACHES[abbreviation, query]
    cached = cache.get(raw)
    if cached is not None:
        return cached
    pieces = token_pieces(raw, abbreviation)
    whole = "".join(pieces)
    if (len(pieces) == 1 and whole in STOPWORDS) or not whole:
        terms: tuple[str, ...] = ()
    elif query:
        terms = (stem(whole),)
    else:
        out = [stem(whole), *ern_alternatives(whole)]
        if len(pieces) > 1:
            for p in pieces:
                if p and p not in STOPWORDS:
                    out.append(stem(p))
                    out.extend(ern_alternatives(p))
        for p, raw_piece in zip(pieces, split_hyphens(raw), strict=True):
            if p.isalpha() and raw_piece[:1].lower() != raw_piece[:1]:
                out.extend(compound_terms(p))
        terms = tuple(dict.fromkeys(out))
    if len(cache) > 500_000:
        cache.clear()
    cache[raw] = terms
    return terms
