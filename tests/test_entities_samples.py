"""Document-level entity precision/recall over the bundled sample pages.

Gold: samples/expected.json, ``entities`` per page ({"PER": [...], "LOC": [...], ...}).
An entity counts when its canonical name and type both match.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.entities import extract_entities_many

pytest.importorskip("spacy")
parse = pytest.importorskip("newsarchive.parse")


def gold_pages(samples_dir: Path) -> list[tuple[Path, set[tuple[str, str]]]]:
    expected = samples_dir / "expected.json"
    if not expected.is_file():
        pytest.skip(f"{expected} not found")
    data = json.loads(expected.read_text(encoding="utf-8"))
    items = data.items() if isinstance(data, dict) else ((d.get("file"), d) for d in data)
    pages = []
    for name, entry in items:
        ents = entry.get("entities") if isinstance(entry, dict) else None
        if not name or ents is None:
            continue
        gold = {(n, t) for t, names in ents.items() for n in names}
        pages.append((samples_dir / name, gold))
    if not pages:
        pytest.skip("no sample page has gold entities")
    return pages


def score(samples_dir: Path) -> tuple[float, float, list[str]]:
    pages = gold_pages(samples_dir)
    articles = [parse.parse_file(p) for p, _ in pages]
    found = extract_entities_many(articles)
    tp = fp = fn = 0
    report = []
    for (path, gold), ents in zip(pages, found, strict=True):
        got = {(e.name, e.type) for e in ents}
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        if got != gold:
            report.append(f"{path.name}: missing {sorted(gold - got)} extra {sorted(got - gold)}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, report


def test_sample_entity_sets_precision_and_recall(samples_dir):
    precision, recall, report = score(samples_dir)
    detail = f"P={precision:.3f} R={recall:.3f}\n" + "\n".join(report)
    assert precision >= 0.90, detail
    assert recall >= 0.90, detail
