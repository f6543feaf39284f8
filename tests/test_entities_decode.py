"""GreedyNER gives exactly the entities of spaCy's own greedy NER parse, on the same weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.entities.model import MODEL_DIR, load_nlp

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").is_file(),
                                reason="NER model not shipped")

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

SENTENCES = [
    "Bundeskanzler Olaf Scholz traf in Paris Emmanuel Macron",  # entity at the very end
    "Berlin",  # a one-token document
    "",
    "Die Deutsche Bahn und die Gewerkschaft der Lokführer (GDL) verhandeln in Frankfurt am Main.",
    "Angela Merkel\n\nsprach mit   Wladimir Putin über Gazprom.\n",  # whitespace tokens
    "Der Präsident der Vereinigten Staaten von Amerika, Joe Biden, besuchte das Weiße Haus.",
]


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def both():
    return load_nlp(greedy=False), load_nlp()


def test_greedy_component_replaces_spacy_ner(both):
    from newsarchive.entities.decode import GreedyNER

    spacy_nlp, greedy_nlp = both
    assert isinstance(greedy_nlp.get_pipe("ner"), GreedyNER)
    assert not isinstance(spacy_nlp.get_pipe("ner"), GreedyNER)


def test_same_entities_as_spacy_on_sentences(both):
    spacy_nlp, greedy_nlp = both
    for text in SENTENCES:
        assert _ents(greedy_nlp(text)) == _ents(spacy_nlp(text)), text
    assert _ents(greedy_nlp(SENTENCES[0]))[-1][1] == len(greedy_nlp(SENTENCES[0]))


def test_same_entities_as_spacy_on_sample_articles_in_batches(both):
    from newsarchive.entities.extract import article_text
    from newsarchive.parse import parse_file

    spacy_nlp, greedy_nlp = both
    texts = [article_text(parse_file(p)) for p in sorted(SAMPLES.glob("*.html"))]
    assert len(texts) >= 5
    want = [_ents(d) for d in spacy_nlp.pipe(texts, batch_size=3)]
    got = [_ents(d) for d in greedy_nlp.pipe(texts, batch_size=3)]
    assert got == want
    assert sum(map(len, got)) > 50


def test_sentence_starts_limit_entities_as_in_spacy(both):
    """A preset sentence start forbids an entity across it (spaCy's B and I rules)."""
    from spacy.tokens import Doc

    words = ["Gestern", "sprach", "Olaf", "Scholz", ".", "Scholz", "Macron", "Paris", "Berlin",
             "Warschau"]
    results = []
    for nlp in both:
        for starts in ([True] + [False] * 9, [True, False, False, True, False, True,
                                             True, False, True, False]):
            doc = Doc(nlp.vocab, words=words, sent_starts=starts)
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            results.append(_ents(doc))
    spacy_free, spacy_split, greedy_free, greedy_split = results
    assert greedy_free == spacy_free
    assert greedy_split == spacy_split
    assert (2, 4, "PER") in greedy_free and (2, 4, "PER") not in greedy_split
