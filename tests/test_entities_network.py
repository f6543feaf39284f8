"""TokenEncoder computes the shipped NER model's token vectors as thinc does."""

from __future__ import annotations

import numpy
import pytest

from newsarchive.entities.model import MODEL_DIR, load_nlp
from newsarchive.entities.network import TokenEncoder, UnsupportedModel, maxout, piece_major

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").is_file(),
                                reason="NER model not shipped")

TEXTS = [
    "Der Bürgermeister von Görlitz, Octavian Ursu, eröffnete am Montag die neue Brücke über "
    "die Neiße. Polnische Gäste aus Zgorzelec kamen mit dem Fahrrad.",
    "Kiel",
    "",
    "Die Gewerkschaft Verdi ruft für Donnerstag zu Warnstreiks im Nahverkehr auf; betroffen "
    "sind Busse und Straßenbahnen in Hamburg, Bremen und Hannover.\n\nDie Arbeitgeber nennen "
    "die Forderung von zwölf Prozent unbezahlbar.",
    "„Wir bleiben“, sagte Ministerpräsidentin Manuela Schwesig in Schwerin.",
]


@pytest.fixture(scope="module")
def parts():
    nlp = load_nlp(greedy=False)
    docs = [nlp.get_pipe("word_features")(nlp.make_doc(t)) for t in TEXTS]
    tok2vec = nlp.get_pipe("ner").model.layers[0]
    return tok2vec, TokenEncoder(tok2vec), docs


def test_vectors_match_thinc(parts) -> None:
    tok2vec, encoder, docs = parts
    want = tok2vec.predict([d for d in docs if len(d)])
    got = encoder(docs)  # the empty document adds no rows
    assert got.shape == want.shape == (sum(map(len, docs)), 64)
    assert got.dtype == numpy.float32
    # the folded embedding tables add in another order: agreement to float32 rounding
    numpy.testing.assert_allclose(got, want, rtol=0, atol=1e-4)
    assert numpy.abs(want).mean() > 0.1  # not trivially small vectors


def test_documents_in_a_batch_do_not_see_each_other(parts) -> None:
    _, encoder, docs = parts
    batch = encoder(docs)
    alone = numpy.concatenate([encoder([d]) for d in docs if len(d)])
    numpy.testing.assert_allclose(batch, alone, rtol=0, atol=1e-5)


def test_no_documents_give_no_rows(parts) -> None:
    _, encoder, docs = parts
    assert encoder([]).shape == (0, 64)
    assert encoder([d for d in docs if not len(d)]).shape == (0, 64)


def test_piece_major_maxout_equals_thinc_maxout() -> None:
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(7)
    for n_p in (1, 2, 3):
        y = rng.normal(size=(11, 5 * n_p)).astype(numpy.float32)
        want = NumpyOps().maxout(y.reshape((11, 5, n_p)))[0]
        weights = numpy.eye(5 * n_p, dtype=numpy.float32)  # rows in thinc's (out, piece) order
        got = maxout(y @ piece_major(weights, 5, n_p).T, 5, n_p)
        numpy.testing.assert_array_equal(got, want)


def test_other_architectures_are_refused() -> None:
    from thinc.api import Linear, chain

    with pytest.raises(UnsupportedModel):
        TokenEncoder(chain(Linear(4, 4), Linear(4, 4)))


def test_greedy_ner_falls_back_to_thinc_for_other_encoders(monkeypatch) -> None:
    import newsarchive.entities.decode as decode

    def refuse(tok2vec):
        raise UnsupportedModel("not this one")

    nlp = load_nlp(greedy=False)
    ner = nlp.get_pipe("ner")
    monkeypatch.setattr(decode, "TokenEncoder", refuse)
    greedy = decode.GreedyNER().bind(ner)
    assert greedy.encode == ner.model.layers[0].predict
    docs = [nlp.get_pipe("word_features")(nlp.make_doc(t)) for t in TEXTS]
    want = [[(e.start, e.end, e.label_) for e in ner(d.copy()).ents] for d in docs]
    greedy.annotate(docs)
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == want
    assert sum(map(len, want)) >= 8
