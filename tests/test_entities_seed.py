"""The seed page: every expected PER/LOC/ORG found under its canonical name, none invented."""

from __future__ import annotations

import json

import pytest

from newsarchive.entities import extract_entities
from newsarchive.entities.model import MODEL_DIR
from newsarchive.record import Article

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").is_file(),
                                reason="NER model not shipped yet")


@pytest.fixture(scope="module")
def seed(shared_data):
    path = shared_data / "seed-article" / "expected.json"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return json.loads(path.read_text(encoding="utf-8")), path.parent


def expected_set(expected: dict) -> set[tuple[str, str]]:
    return {(n, t) for t, names in expected["entities"].items() for n in names}


def check(article: Article, expected: dict) -> None:
    got = {(e.name, e.type) for e in extract_entities(article)}
    want = expected_set(expected)
    assert want - got == set(), f"missing {sorted(want - got)}"
    assert got - want == set(), f"invented {sorted(got - want)}"


def test_seed_entities_from_expected_fields(seed):
    expected, _ = seed
    art = Article(title=expected["title"], lead=expected["lead"],
                  headings=expected["headings"], paragraphs=expected["body_paragraphs"])
    check(art, expected)


def test_seed_entities_from_parsed_page(seed):
    parse = pytest.importorskip("newsarchive.parse")
    expected, folder = seed
    art = parse.parse_file(folder / expected["file"])
    check(art, expected)


def test_seed_mentions_joined(seed):
    expected, _ = seed
    art = Article(title=expected["title"], lead=expected["lead"],
                  headings=expected["headings"], paragraphs=expected["body_paragraphs"])
    by_name = {e.name: e for e in extract_entities(art)}
    # Yoon Suk Yeol, Suk Yeol, Yoons, Yoon
    assert by_name["Yoon Suk Yeol"].mentions >= 4
    # Nordkorea, Nordkoreas and the adjectives nordkoreanischer, nordkoreanischen
    assert by_name["Nordkorea"].mentions >= 6
