"""Dictionary-based splitting of German compounds into their parts.

``CompoundSplitter.split("waffenlieferungen")`` → ``["waffen", "lieferungen"]``: the folded
word is cut into pieces that concatenate back to it. The last piece (the head) must be a known
word; every other piece (a modifier) must be a known word, possibly followed by a linking
element (Fugen-``s``, ``-es``, ``-n``, ``-en``, ``-er``, ``-e``, ``-ens``, ``-ns``) or missing a
final ``-e``/``-en``/``-n`` (``Schul|buch``, ``Fahr|zeug``, ``Liefer|kette``). Pieces have at least
three letters; prepositions, particles and prefixes are never modifiers (``Vorstand``,
``Mitglied`` stay whole) and derivational endings (``-schaft``, ``-heit``, ``-ung`` …) are never
heads; only a few frequent 3-letter words may be pieces; ``ende`` is a head only after ``-s``
or ``-n`` (``Wochen|ende``, not ``Vorsitz|ende``).

Among the possible decompositions the one with the best mean Zipf frequency of its pieces
wins (Koehn & Knight 2003), minus a small penalty per extra piece; the whole word competes
too (no split when the word itself is more frequent than its best split). Scores are integers,
so the JS mirror makes exactly the same choices.

The vocabulary (``data/vocab.txt.gz``) is built by :mod:`newsarchive.analysis.build_data`.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

VOCAB_PATH = Path(__file__).resolve().parent / "data" / "vocab.txt.gz"

MIN_PIECE = 3
MIN_WORD = 6
MAX_WORD = 40
#: Penalty (Zipf × 100) per extra piece when comparing decompositions.
PIECE_PENALTY = 30
#: The unsplit word wins when its Zipf × 100 exceeds the best split's mean by more than this.
WHOLE_MARGIN = 60
#: Minimum Zipf × 100 of a head / of a modifier's base word.
MIN_HEAD_ZIPF = 300
MIN_MODIFIER_ZIPF = 300

LINKING_ELEMENTS: tuple[str, ...] = ("s", "es", "n", "en", "er", "e", "ens", "ns")
#: Endings a modifier may have lost (Schule → Schul-, fahren → Fahr-, liefern → Liefer-).
ELIDED_ENDINGS: tuple[str, ...] = ("e", "en", "n")
#: Score discount (Zipf × 100) of a modifier found only with a linking element / elided ending.
LINK_DISCOUNT = 20
ELIDED_DISCOUNT = 30


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Prepositions, particles and prefixes: never a modifier (folded spelling).
NO_MODIFIER: frozenset[str] = _words(
    """ab an auf aus bei durch fur gegen hinter in mit nach neben ob ohne seit uber um unter
    von vor wegen wider zu zwischen ent ver zer miss be ge er emp los weg her hin dar da dort
    hier ein aller allen all ur un anti ange ausge zuge abge aufge einge vorge mitge umge"""
)
#: Derivational endings and other non-heads (folded spelling).
NO_HEAD: frozenset[str] = _words(
    """schaft schaften heit heiten keit keiten ung ungen ling linge lingen nis nisse nissen
    tum tums lich liche lichen licher liches isch ische ischen bar bare baren sam same samen
    chen lein erin erinnen innen ern ler lern ner nern ist isten ismus ion ionen tion tionen
    itat ik iker ens ent enten ant anten ier ieren iert ation weise mal los ige igen iger
    ische isches reich reicher elle ellen sten oben genen"""
)
#: The only 3-letter pieces (the vocabulary's other 3-letter words are mostly fragments).
SHORT_PIECES: frozenset[str] = _words(
    """tag weg uhr art ort tod alt zug tur bau amt tor see rat bus hof eis ton fan ost gas rad
    tee sud hut ohr mut wut tal lob dom zoo kuh arm rot neu gut bio pop job box web top app fit
    nah ehe mai uni lkw pkw oma opa sau tat ruf elf ski not erz lok erd kur"""
)
#: Lexicalised names that are never split (folded spelling).
KEEP_WHOLE: frozenset[str] = _words(
    """deutschland england finnland russland griechenland frankreich osterreich niederlande
    lettland estland irland island thailand schottland neuseeland holland polen danemark"""
)
#: Heads that follow only a modifier ending in -s or -n (Wochen|ende, Kriegs|ende), since
#: after a bare stem they are a participle ending (Vorsitz|ende, umfass|ende).
LINKED_ONLY_HEADS: frozenset[str] = _words("ende enden endes")


def parse_vocab_lines(lines: Iterable[str]) -> dict[str, int]:
    """``word zipf`` lines → dict."""
    vocab: dict[str, int] = {}
    for line in lines:
        if line.strip():
            word, zipf = line.split()
            vocab[word] = int(zipf)
    return vocab


def load_vocab(path: Path = VOCAB_PATH) -> dict[str, int]:
    """Read the shipped vocabulary; a missing file is an actionable error."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return parse_vocab_lines(fh)
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"{path}: compound vocabulary missing; run python -m newsarchive.analysis.build_data"
        ) from exc


# A decomposition: (sum of piece scores, number of pieces, pieces)
_Dec = tuple[int, int, tuple[str, ...]]


def _better(a: _Dec, b: _Dec | None) -> bool:
    """Whether ``a`` beats ``b``: higher mean score, less PIECE_PENALTY per extra piece."""
    if b is None:
        return True
    ka = (a[0] - PIECE_PENALTY * (a[1] - 1) * a[1]) * b[1]
    kb = (b[0] - PIECE_PENALTY * (b[1] - 1) * b[1]) * a[1]
    return ka > kb


class CompoundSplitter:
    """Splits folded lower-case German words into compound pieces (see module doc)."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.split = lru_cache(maxsize=200_000)(self._split)
        # Precomputed scores (same values as head_score/modifier_score, one lookup each).
        self._heads = {w: z for w, z in vocab.items() if self._head_ok(w, z)}
        mods: dict[str, int] = {}

        def offer(piece: str, z: int) -> None:
            if z > mods.get(piece, 0):
                mods[piece] = z

        for w, z in vocab.items():
            offer(w, z)
            if len(w) >= MIN_PIECE and w not in NO_MODIFIER:
                for link in LINKING_ELEMENTS:
                    offer(w + link, z - LINK_DISCOUNT)
            for end in ELIDED_ENDINGS:
                if w.endswith(end) and len(w) > len(end):
                    offer(w[: -len(end)], z - ELIDED_DISCOUNT)
        self._modifiers = {
            m: z
            for m, z in mods.items()
            if m not in NO_MODIFIER
            and len(m) >= MIN_PIECE
            and z >= MIN_MODIFIER_ZIPF
            and (len(m) > MIN_PIECE or m in SHORT_PIECES)
        }

    @staticmethod
    def _head_ok(piece: str, z: int) -> bool:
        if piece in NO_HEAD or len(piece) < MIN_PIECE:
            return False
        return z >= MIN_HEAD_ZIPF and (len(piece) > MIN_PIECE or piece in SHORT_PIECES)

    def head_score(self, piece: str) -> int:
        """Zipf × 100 of ``piece`` as a head, 0 if it cannot be one."""
        return self._heads.get(piece, 0)

    def modifier_score(self, piece: str) -> int:
        """Best Zipf × 100 of ``piece`` as a modifier (word, word + link, shortened word)."""
        return self._modifiers.get(piece, 0)

    def modifier_score_slow(self, piece: str) -> int:
        """The definition of :meth:`modifier_score` (what the JS mirror computes)."""
        if piece in NO_MODIFIER or len(piece) < MIN_PIECE:
            return 0
        if len(piece) == MIN_PIECE and piece not in SHORT_PIECES:
            return 0
        v = self.vocab
        z = v.get(piece, 0)
        for link in LINKING_ELEMENTS:
            if piece.endswith(link) and len(piece) - len(link) >= MIN_PIECE:
                base = piece[: -len(link)]
                if base not in NO_MODIFIER and base in v:
                    z = max(z, v[base] - LINK_DISCOUNT)
        for end in ELIDED_ENDINGS:
            if piece + end in v:
                z = max(z, v[piece + end] - ELIDED_DISCOUNT)
        return z if z >= MIN_MODIFIER_ZIPF else 0

    def _split(self, word: str) -> tuple[str, ...]:
        n = len(word)
        if n < MIN_WORD or n > MAX_WORD or word in KEEP_WHOLE or not word.isalpha():
            return (word,)
        heads, mods = self._heads, self._modifiers
        if not any(word[:j] in mods for j in range(MIN_PIECE, n - MIN_PIECE + 1)):
            return (word,)  # no modifier at the start: no decomposition (fast path)
        best: list[_Dec | None] = [None] * (n + 1)  # best decomposition of word[i:]
        multi: _Dec | None = None  # best decomposition of the whole word into 2+ pieces
        for i in range(n - MIN_PIECE, -1, -1):
            cand: _Dec | None = None
            hz = heads.get(word[i:], 0)
            if hz:
                cand = (hz, 1, (word[i:],))
            for j in range(i + MIN_PIECE, n - MIN_PIECE + 1):
                rest = best[j]
                if rest is None:
                    continue
                mz = mods.get(word[i:j], 0)
                if not mz:
                    continue
                if rest[2][0] in LINKED_ONLY_HEADS and word[j - 1] not in "sn":
                    continue
                dec = (mz + rest[0], rest[1] + 1, (word[i:j], *rest[2]))
                if _better(dec, cand):
                    cand = dec
                if i == 0 and _better(dec, multi):
                    multi = dec
            best[i] = cand
        if multi is None:
            return (word,)
        whole = self.vocab.get(word, 0)
        if (
            whole
            and (whole - WHOLE_MARGIN) * multi[1]
            > multi[0] - PIECE_PENALTY * (multi[1] - 1) * multi[1]
        ):
            return (word,)
        return multi[2]
