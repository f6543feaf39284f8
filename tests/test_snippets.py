"""Snippet highlighting: the probe that picks words to analyse must never miss a hit."""

from __future__ import annotations

import re

import pytest

from newsarchive.analysis import german_analyzer
from newsarchive.index.snippets import match_spans, snippet, word_tokens

TEXT = ("Die Straße nach München war gesperrt. In der Strasse vor dem Rathaus sprach der "
        "Bürgermeister über Waffenlieferungen, die Lieferung von Waffen und die Grösse der "
        "Aufgabe. Die südkoreanische Regierung in Seoul und Südkoreas Präsident Yoon äußerten "
        "sich; Muenchner Gäste lobten die Großartige Stimmung. Kosten: 1,5 Millionen Euro.")


def _query_terms(q: str) -> set[str]:
    return {t.text for t in german_analyzer()(q, mode="query")}


def _marked(text: str, q: str) -> list[str]:
    return [text[s:e] for s, e in match_spans(text, _query_terms(q))]


def _every_word(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """The definition the probe shortcuts: analyse every word."""
    return [(m.start(), m.end()) for m in re.finditer(r"\w+", text)
            if not terms.isdisjoint(word_tokens(m.group()))]


@pytest.mark.parametrize(("query", "words"), [
    ("Strasse", ["Straße", "Strasse"]),
    ("Straße", ["Straße", "Strasse"]),
    ("Muenchen", ["München"]),
    ("groesse", ["Grösse"]),
    ("Lieferung", ["Waffenlieferungen", "Lieferung"]),
    ("Waffen", ["Waffenlieferungen", "Waffen"]),
    ("Suedkoreas", ["Südkoreas"]),
    ("aeusserten", ["äußerten"]),
    ("1,5", ["1,5"]),  # a number is marked whole
    ("grossartig", ["Großartige"]),
])
def test_spelling_variants_inflections_and_compound_parts_are_marked(query, words):
    assert _marked(TEXT, query) == words


def test_probe_agrees_with_analysing_every_word():
    analyzer = german_analyzer()
    # (terms of one word only: the probe also marks a number such as "1,5" whole)
    vocab = sorted({t.text for t in analyzer(TEXT, mode="index") if re.fullmatch(r"\w+", t.text)})
    for term in vocab:
        assert match_spans(TEXT, {term}) == _every_word(TEXT, {term}), term
    assert match_spans(TEXT, set(vocab[::3])) == _every_word(TEXT, set(vocab[::3]))


def test_no_hit_and_marked_snippet():
    assert match_spans(TEXT, {"zzqx"}) == []
    frag = snippet(TEXT, _query_terms("Rathaus"))
    assert "<mark>Rathaus</mark>" in frag


def test_subheading_break_reads_as_a_dash_in_snippets():
    text = ("Scholz hatte in Brüssel geworben.\n\nKritik von FDP und AfD\n\n"
            "Die FDP kritisierte die Einigung.")
    frag = snippet(text, _query_terms("Kritik"))
    assert "geworben. <mark>Kritik</mark> von FDP und AfD – Die FDP kritisierte" in frag
    from newsarchive.index.snippets import flatten

    assert flatten("Erster Satz.\n\nZweiter") == "Erster Satz. Zweiter"
    assert flatten("„Zitat“\n\nWeiter") == "„Zitat“ Weiter"
    assert flatten("ohne Punkt\nim Absatz") == "ohne Punkt im Absatz"
