"""The shipped NER model loads offline and finds obvious entities; extraction API shape."""

from __future__ import annotations

import pytest

from newsarchive.entities import extract_entities, extract_entities_many
from newsarchive.entities.model import MODEL_DIR, load_nlp
from newsarchive.record import Article, Entity

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").is_file(),
                                reason="NER model not shipped yet")


def test_model_loads_from_the_package_and_tags_a_sentence(monkeypatch):
    monkeypatch.delenv("NEWSARCHIVE_NER_MODEL", raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")  # any download attempt would fail
    nlp = load_nlp()
    doc = nlp("Bundeskanzlerin Angela Merkel traf am Montag in Paris den Chef von Siemens.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Angela Merkel", "PER") in ents
    assert ("Paris", "LOC") in ents
    assert ("Siemens", "ORG") in ents


def test_model_computes_with_numpy_blas_on_one_thread():
    from threadpoolctl import threadpool_info

    nlp = load_nlp()
    nodes = [n for _, proc in nlp.pipeline if hasattr(proc, "model")
             for n in proc.model.walk()]
    assert nodes and all(n.ops.name == "numpy" and not n.ops.use_blis for n in nodes)
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)


def test_extract_entities_sorted_and_canonical():
    art = Article(
        title="Scholz reist nach Warschau",
        lead="Bundeskanzler Olaf Scholz besucht am Dienstag die polnische Hauptstadt.",
        paragraphs=[
            "Scholz will in Warschau mit Regierungschef Donald Tusk über die Europäische Union "
            "sprechen. Tusk hatte die EU zuletzt zu mehr Tempo gedrängt.",
            "Die polnische Regierung erwartet auch Vertreter der Nato.",
        ],
    )
    ents = extract_entities(art)
    assert all(isinstance(e, Entity) for e in ents)
    keys = [(-e.mentions, e.name) for e in ents]
    assert keys == sorted(keys)
    got = {(e.name, e.type) for e in ents}
    assert {("Olaf Scholz", "PER"), ("Donald Tusk", "PER"), ("Warschau", "LOC"),
            ("Polen", "LOC"), ("Europäische Union", "ORG"), ("Nato", "ORG")} <= got
    names = {e.name for e in ents}
    assert "Scholz" not in names and "Tusk" not in names and "EU" not in names
    by_name = {e.name: e for e in ents}
    assert by_name["Olaf Scholz"].mentions == 3


def test_no_entities_invented_from_ordinary_words():
    art = Article(title="Angesichts der Lage bleibt Vorsicht geboten",
                  paragraphs=["Beide Seiten sprachen am Abend. Nach Angaben der Behörden "
                              "blieb es ruhig. Keller wurden ausgepumpt."])
    assert extract_entities(art) == []


def test_batch_matches_single_and_keeps_order():
    arts = [Article(title="Macron besucht Berlin"), Article(title="Leere Meldung"),
            Article(title="Die SPD in Hamburg")]
    batch = extract_entities_many(arts)
    assert len(batch) == 3
    assert batch == [extract_entities(a) for a in arts]
    assert batch[1] == []
    assert extract_entities_many([]) == []
    assert extract_entities(Article()) == []


@pytest.mark.parametrize(("words", "span", "expected"), [
    # an article after a noun starts the object: the name ends before it
    ("Zuvor muss das Bundesamt für Verkehr die Pläne genehmigen .", (3, 8), (3, 6)),
    # an article governed by a preposition belongs to the name
    ("Die Stiftung für das behinderte Kind hilft .", (1, 6), (1, 6)),
    ("Er wohnt Unter den Linden .", (2, 5), (2, 5)),
])
def test_org_and_place_spans_end_before_a_new_phrase(words, span, expected):
    import spacy
    from spacy.tokens import Doc, Span

    from newsarchive.entities.extract import _entity_spans

    doc = Doc(spacy.blank("de").vocab, words=words.split())
    doc.ents = [Span(doc, *span, label="ORG")]
    assert (*expected, "ORG") in _entity_spans(doc)


@pytest.mark.parametrize(("text", "names"), [
    ("Die Spannungen zwischen Nord- und Südkorea nehmen zu.", {"Nordkorea", "Südkorea"}),
    ("Zwischen Ost- und Westdeutschland gab es Unterschiede.",
     {"Ostdeutschland", "Westdeutschland"}),
    ("In Mittel- und Südosteuropa wächst die Sorge.", {"Mitteleuropa", "Südosteuropa"}),
])
def test_truncated_compounds_are_completed(text, names):
    """'Nord- und Südkorea' names Nordkorea, not a place called 'Nord'."""
    got = {e.name for e in extract_entities(Article(title=text))}
    assert names <= got
    assert not got & {"Nord", "Ost", "Mittel"}


def test_complete_truncated_without_a_match():
    from newsarchive.entities.extract import complete_truncated

    assert complete_truncated("Nord-", "Südkorea") == "Nordkorea"
    assert complete_truncated("Bundes-", "Landesregierung") == "Bundesregierung"
    assert complete_truncated("Nord", "Südkorea") is None  # not truncated
    assert complete_truncated("Nord-", "und") is None
