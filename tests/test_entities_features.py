"""The word-feature components that feed the NER (gazetteer classes, Brown clusters)."""

from __future__ import annotations

import spacy

import newsarchive.entities.gazetteer as gaz


def test_gazetteer_classes_and_genitive():
    table = gaz.word_classes()
    assert "LOC" in gaz.token_class("Seoul", table).split("|")
    assert "FIRST" in gaz.token_class("Angela", table).split("|")
    assert gaz.token_class("Seouls", table).endswith("~s")
    assert gaz.token_class("Waffenlieferungen", table) == gaz.NONE


def test_gazetteer_component_writes_lemma():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsarchive_gazetteer")
    doc = nlp("Angela besucht Seoul")
    assert [t.lemma_ for t in doc][0] == gaz.token_class("Angela", gaz.word_classes())
    assert "LOC" in doc[2].lemma_


def test_word_feature_component_writes_class_band_and_cluster():
    nlp = spacy.blank("de")
    nlp.add_pipe("newsarchive_word_features")
    doc = nlp("Die Regierung in Seoul und Xyzqwv")
    lemmas = [t.lemma_ for t in doc]
    tags = [t.tag_ for t in doc]
    assert lemmas[3].startswith("LOC") and not lemmas[3].endswith("/x")
    assert all(t.startswith("C") for t in tags)
    assert tags[1] != "Cx"  # a frequent word has a cluster
    assert (lemmas[5], tags[5]) == ("_/x", "Cx")  # an unknown word has none


def test_an_unlisted_word_before_a_surname_twice_is_a_first_name():
    from collections import Counter

    from newsarchive.entities.extract import _unlisted_first_name
    from newsarchive.entities.inflection import listed_word

    assert listed_word("Schwingerkönig") and listed_word("Stürmer")
    assert not listed_word("Breel")
    def check(text: str, i: int) -> bool:
        words = text.split(" ")
        return _unlisted_first_name(words, i, Counter(zip(words, words[1:], strict=False)))

    assert check("Trainer lobt Breel Embolo . Später traf Breel Embolo erneut .", 2)
    assert not check("Später traf Breel Embolo erneut .", 2)  # once is not enough
    assert not check("Stürmer Embolo traf , Stürmer Embolo jubelte", 0)  # a listed noun


def test_head_candidates_of_compounds():
    assert gaz.head_candidates("Branchenangaben")[:3] == ["Nchenangaben", "Chenangaben",
                                                          "Henangaben"]
    assert "Angaben" in gaz.head_candidates("Branchenangaben")
    assert gaz.head_candidates("CSU-Vorstandsklausur")[0] == "Vorstandsklausur"
    assert "Klausur" in gaz.head_candidates("CSU-Vorstandsklausur")
    assert gaz.head_candidates("Seoul") == []  # too short to be split
    assert gaz.head_candidates("verbraucherschutz") == []  # not a noun


def test_unknown_compound_takes_the_cluster_of_its_head():
    nlp = spacy.blank("de")
    plain = nlp.add_pipe("newsarchive_word_features")
    nlp2 = spacy.blank("de")
    heads = nlp2.add_pipe("newsarchive_word_features", config={"compound_heads": True})
    text = "Nach Branchenangaben wuchs die Firma an der Nöldekestraße"
    doc = heads(nlp2.make_doc(text))
    angaben = heads(nlp2.make_doc("Angaben"))[0]
    strasse = heads(nlp2.make_doc("Straße"))[0]
    assert (doc[1].lemma_, doc[1].tag_) == ("_/h", angaben.tag_)
    assert (doc[7].lemma_, doc[7].tag_) == ("_/h", strasse.tag_)
    assert angaben.tag_ != strasse.tag_
    # known words are untouched, and without the option unknown words stay unknown
    base = plain(nlp.make_doc(text))
    assert [t.tag_ for i, t in enumerate(doc) if i not in (1, 7)] == \
        [t.tag_ for i, t in enumerate(base) if i not in (1, 7)]
    assert (base[1].lemma_, base[1].tag_) == ("_/x", "Cx")
    assert heads(nlp2.make_doc("Xyzqwvbnmkl"))[0].tag_ == "Cx"  # no known head


def test_a_head_keeps_its_gazetteer_class():
    nlp = spacy.blank("de")
    heads = nlp.add_pipe("newsarchive_word_features", config={"compound_heads": True})
    kassel = heads(nlp.make_doc("Kassel"))[0]
    compound = heads(nlp.make_doc("Großraum-Kassel"))[0]
    assert kassel.lemma_.startswith("LOC/")
    assert (compound.lemma_, compound.tag_) == ("LOC/h", kassel.tag_)
