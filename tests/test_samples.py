"""The bundled sample pages parse to their gold records in samples/expected.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.parse import parse_file

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
EXPECTED: dict[str, dict] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECTED)


def norm(text: str) -> str:
    return " ".join(text.split())


def test_every_sample_has_a_record():
    pages = {p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*.html")}
    assert pages == set(EXPECTED)
    assert len([n for n in NAMES if "/" not in n]) >= 16


def test_gold_records_are_well_formed():
    for name, rec in EXPECTED.items():
        assert rec["file"] == name
        assert rec["title"] and rec["lead"] and rec["url"].startswith("https://")
        assert 4 <= len(rec["body_paragraphs"]) <= 10, name
        assert len(rec["headings"]) >= 1, name
        assert rec["published"][10] == "T" and rec["published"][-6] in "+-", name
        assert set(rec["entities"]) == {"PER", "LOC", "ORG"}, name
        text = "\n".join([rec["lead"], *rec["headings"], *rec["body_paragraphs"]])
        for bad in rec["body_must_not_contain"]:
            assert bad not in text, (name, bad)


def test_update_shares_the_canonical_url_and_is_newer():
    first = EXPECTED["tagesblick-finanzpaket-einigung.html"]
    second = EXPECTED["updates/tagesblick-finanzpaket-einigung.html"]
    assert first["url"] == second["url"]
    assert second["modified"] > first["modified"]
    changed = [i for i, (a, b) in enumerate(zip(first["body_paragraphs"], second["body_paragraphs"],
                                                 strict=True)) if a != b]
    assert len(changed) == 1


@pytest.fixture(scope="module")
def parsed():
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = parse_file(SAMPLES / name)
        return cache[name]

    return get


@pytest.mark.parametrize("name", NAMES)
def test_sample_parses_to_gold_record(name, parsed):
    rec = EXPECTED[name]
    art = parsed(name)
    assert art.is_article, art.not_article_reason
    assert norm(art.title or "") == rec["title"]
    assert art.published == rec["published"]
    assert art.authors == rec["authors"]
    assert [norm(h) for h in art.headings] == rec["headings"]
    assert [norm(p) for p in art.paragraphs] == rec["body_paragraphs"]
    for bad in rec["body_must_not_contain"]:
        assert bad not in art.text, bad


def test_legacy_samples_keep_their_encodings():
    cp1252 = (SAMPLES / "westfalen-kurier-fernwaerme-cp1252.html").read_bytes()
    assert b"charset=windows-1252" in cp1252
    assert b"\x84" in cp1252 and b"\x80" in cp1252  # „ and € in windows-1252
    latin1 = (SAMPLES / "suedthueringer-rundschau-sternwarte-latin1.html").read_bytes()
    assert b"charset" not in latin1.lower() and b"\xe4" in latin1
    with pytest.raises(UnicodeDecodeError):
        latin1.decode("utf-8")


def test_hostile_fixture_parses_without_script_text():
    page = REPO / "tests" / "fixtures" / "hostile" / "xss-stadtfest.html"
    art = parse_file(page)
    assert art.title and "Stadtfest" in art.title
    first = art.paragraphs[0]
    assert "Nach zwei Schlägen" in first and "alert(1)" not in first
    assert any("Feuerwerk" in p for p in art.paragraphs)


def test_corpus_generator_is_deterministic_and_parseable(tmp_path, shared_data):
    script = REPO / "benchmarks" / "generate_corpus.py"
    for out in ("a", "b"):
        subprocess.run([sys.executable, str(script), str(tmp_path / out), "-n", "5", "--seed", "3",
                        "--data", str(shared_data)], check=True, capture_output=True, timeout=120)
    pages = sorted((tmp_path / "a").rglob("*.html"))
    assert len(pages) == 5
    for page in pages:
        twin = tmp_path / "b" / page.relative_to(tmp_path / "a")
        assert page.read_bytes() == twin.read_bytes()
    manifest = [json.loads(line) for line in
                (tmp_path / "a" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [p.relative_to(tmp_path / "a").as_posix() for p in pages]
    assert [m["file"] for m in manifest] == names
    art = parse_file(pages[0])
    assert art.title == manifest[0]["title"]
    assert art.published == manifest[0]["published"]
    assert len(art.paragraphs) >= 4
