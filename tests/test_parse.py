"""Parser end to end: the seed page, CMS-style fixtures and boilerplate removal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.parse import parse_file, parse_html

FIX = Path(__file__).resolve().parent / "fixtures" / "parse"


def test_seed_article_matches_expected(shared_data: Path) -> None:
    seed = shared_data / "seed-article"
    exp = json.loads((seed / "expected.json").read_text(encoding="utf-8"))
    a = parse_file(seed / exp["file"])
    for key in (
        "url",
        "title",
        "lead",
        "authors",
        "published",
        "modified",
        "section",
        "tags",
        "language",
        "site_name",
        "headings",
    ):
        assert getattr(a, key) == exp[key], key
    assert a.paragraphs == exp["body_paragraphs"]
    for bad in exp["body_must_not_contain"]:
        assert bad not in a.text, bad
    assert a.is_article


def test_wordpress_graph_fixture() -> None:
    a = parse_file(FIX / "wordpress_graph.html")
    assert a.title == "Stadtrat beschließt neuen Radweg am Flussufer"
    assert a.url == "https://kreisbote.example/lokales/radweg-flussufer/"
    assert a.authors == ["Anna Muster"]
    assert a.agencies == ["dpa"]
    assert a.published == "2024-07-03T18:30:00+02:00"  # naive JSON-LD time = Berlin summer time
    assert a.modified == "2024-07-04T09:15:00+02:00"
    assert a.section == "Lokales"
    assert a.tags == ["Radverkehr", "Stadtrat"]
    assert a.site_name == "Kreisbote Online"
    assert a.headings == ["Kritik von Anwohnern"]
    assert a.paragraphs[0].startswith("Nach monatelanger Debatte")
    # quotes, list items and the correction note are article text
    assert any(p.startswith("„Der Radweg ist") for p in a.paragraphs)
    assert "Die Fertigstellung wird bis Ende 2026 erwartet." in a.paragraphs
    assert a.paragraphs[-1].startswith("Korrektur:")
    for junk in (
        "Cookies",
        "Startseite",
        "Teilen",
        "Foto:",
        "Mehr zum Thema",
        "Radfahrer fordern",
        "Anzeige",
        "Newsletter",
        "Endlich passiert",
        "Meistgelesen",
        "Impressum",
        "Von Anna",
    ):
        assert junk not in a.text, junk
    assert [k for k, _ in a.blocks] == ["p", "p", "h", "p", "p", "p", "p", "p"]


def test_broadcaster_split_sections_and_liveblog() -> None:
    a = parse_file(FIX / "broadcaster_sections.html")
    assert a.title == "Hochwasser: Pegel an der Elbe steigt weiter"
    assert a.kicker == "Hochwasser"
    assert a.url == "https://landesfunk.example/nachrichten/hochwasser-elbe-100.html"
    assert a.published == "2025-03-14T17:42:00+01:00"  # winter time
    assert a.authors == [] and a.agencies == ["dpa", "AFP"]
    assert a.headings == ["Lage in Sachsen-Anhalt", "Aktuelle Entwicklungen"]
    texts = a.text
    assert "In Dresden lag der Wasserstand" in texts  # first section
    assert "In Magdeburg rechnen" in texts  # second section after a teaser box
    assert "16:30 Uhr: Die Feuerwehr meldet" in texts  # live-blog entry
    for junk in (
        "Tipps vom Katastrophenschutz",
        "Wie schützt man",
        "Zum Inhalt",
        "WhatsApp",
        "Barrierefreiheit",
        "Stand:",
    ):
        assert junk not in texts, junk


def test_index_page_is_not_an_article() -> None:
    a = parse_file(FIX / "index_page.html")
    assert a.is_article is False
    assert a.not_article_reason


def test_site_suffix_removed_from_title() -> None:
    html = (
        "<html><head><title>Neue Brücke eröffnet - SZ.de</title></head><body>"
        "<p>" + "Die neue Brücke über den Fluss ist am Samstag eröffnet worden. " * 5 + "</p>"
        "</body></html>"
    )
    assert parse_html(html).title == "Neue Brücke eröffnet"
    html2 = html.replace("- SZ.de", "| Kreisbote")
    assert parse_html(html2).title == "Neue Brücke eröffnet"


def test_empty_von_byline_is_no_author() -> None:
    html = (
        "<html><body><article><h1>Ein Titel für den Test</h1><div class='author'>Von</div>"
        + "<p>Der Gemeinderat hat am Dienstag über den Haushalt beraten und beschlossen.</p>" * 4
        + "</article></body></html>"
    )
    a = parse_html(html)
    assert a.authors == [] and a.agencies == []
    assert "Von" not in a.text.split()


@pytest.mark.parametrize(
    ("byline", "persons", "agencies"),
    [
        ("Von Jasper Riemann und Barbara Schneider", ["Jasper Riemann", "Barbara Schneider"], []),
        ("Von Anna Muster, dpa", ["Anna Muster"], ["dpa"]),
        ("AFP/Reuters", [], ["AFP", "Reuters"]),
        ("Von Ben Beispiel (epd)", ["Ben Beispiel"], ["epd"]),
        ("KNA", [], ["KNA"]),
        ("dpa/lby", [], ["dpa"]),
    ],
)
def test_bylines_split_persons_and_agencies(
    byline: str, persons: list[str], agencies: list[str]
) -> None:
    html = (
        "<html><body><article><h1>Überschrift des Testartikels</h1>"
        f"<p class='byline'>{byline}</p>"
        + "<p>Die Landesregierung hat am Montag neue Regeln für Schulen vorgestellt.</p>" * 4
        + "</article></body></html>"
    )
    a = parse_html(html)
    assert a.authors == persons
    assert a.agencies == agencies
