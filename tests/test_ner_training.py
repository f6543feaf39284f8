"""Exact-span scoring of the NER (benchmarks/ner_eval.py and scripts/train_ner.py use it)."""

from __future__ import annotations

import pytest
import spacy

from newsarchive.entities.germeval import micro_f1, prf, span_counts


def ruler_nlp():
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PER", "pattern": [{"ORTH": "Anna"}, {"ORTH": "Berg"}]},
        {"label": "LOC", "pattern": "Kassel"},
        {"label": "ORG", "pattern": "Stadtwerke"},
        {"label": "MISC", "pattern": "Pokal"},
    ])
    return nlp


def test_span_counts_exact_spans_on_gold_tokens():
    sentences = [
        # both right
        (["Anna", "Berg", "wohnt", "in", "Kassel"], [(0, 2, "PER"), (4, 5, "LOC")]),
        # boundary error: gold has the longer name -> one FP and one FN for ORG
        (["Die", "Stadtwerke", "Kassel", "bauen"], [(1, 3, "ORG")]),
        # missed PER, and a MISC prediction that is not scored
        (["Berg", "holt", "den", "Pokal"], [(0, 1, "PER")]),
    ]
    counts = span_counts(ruler_nlp(), sentences)
    assert counts == {"PER": (1, 0, 1), "LOC": (1, 1, 0), "ORG": (0, 1, 1)}
    p, r, f = prf(2, 2, 2)
    assert (p, r, f) == (0.5, 0.5, 0.5)
    assert micro_f1(counts) == pytest.approx(0.5)
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
