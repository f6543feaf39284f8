"""Site model, slugs, dates, chart and incremental writing (no browser, no archive)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsarchive.record import Article, Entity
from newsarchive.site.build import STATIC_DIR, BuildReport, build_site_from_records, http_url
from newsarchive.site.chart import mentions_chart, months_between
from newsarchive.site.dates import german_datetime
from newsarchive.site.incremental import IncrementalWriter
from newsarchive.site.model import article_path, build_model
from newsarchive.site.records import article_key, records_from_articles
from newsarchive.site.slug import SlugRegistry, slugify

PEOPLE = ["Olaf Scholz", "Friedrich Merz", "Annalena Baerbock", "Jörg Müller"]
PLACES = ["Berlin", "München", "Köln"]
ORGS = ["Bundestag", "SPD", "Deutsche Bahn"]


def make_article(i: int, *, day: int | None = None, month: int = 11, **kw) -> Article:
    """A small synthetic article; ``i`` picks its entities, date and text."""
    d = day if day is not None else 1 + i % 28
    ents = [
        Entity(PEOPLE[i % len(PEOPLE)], "PER", 2),
        Entity(PLACES[i % len(PLACES)], "LOC"),
        Entity(ORGS[(i // 2) % len(ORGS)], "ORG"),
    ]
    fields = {
        "url": f"https://www.beispiel-zeitung.de/politik/artikel-{i}.html",
        "title": f"Streit über Straßenbau Nummer {i}",
        "kicker": "Verkehr",
        "lead": f"Der Vorspann zu Artikel {i} fasst zusammen, worum es geht.",
        "authors": ["Erika Mustermann"],
        "agencies": ["dpa"],
        "published": f"2024-{month:02d}-{d:02d}T12:04:00+01:00",
        "tags": ["Verkehr", "Politik"] if i % 2 else ["Verkehr"],
        "site_name": "Beispiel-Zeitung" if i % 3 else "Tagesblatt",
        "blocks": [
            ("p", f"Der Vorspann zu Artikel {i} fasst zusammen, worum es geht."),
            ("p", f"Erster Absatz von Artikel {i} mit Inhalt."),
            ("h", "Wie es weitergeht"),
            ("p", f"Zweiter Absatz {i}."),
        ],
        "entities": ents,
    }
    fields.update(kw)
    return Article(**fields)


def make_records(n: int = 30):
    return records_from_articles(make_article(i) for i in range(n))


# --- slugs and dates -------------------------------------------------------------------


def test_slugify_german():
    assert slugify("Über Straßen in Köln") == "ueber-strassen-in-koeln"
    assert slugify("ÄÖÜ äöü ß ẞ") == "aeoeue-aeoeue-ss-ss"
    assert slugify("Café & Crème") == "cafe-und-creme"
    assert slugify("<script>alert(1)</script>") == "script-alert-1-script"
    assert slugify("!!!") == "x"
    long = slugify("Wort " * 40, max_len=30)
    assert len(long) <= 30 and not long.endswith("-")


def test_slug_registry_unique():
    reg = SlugRegistry()
    assert [reg.claim("a"), reg.claim("a"), reg.claim("a")] == ["a", "a-2", "a-3"]


def test_german_datetime():
    assert german_datetime("2024-11-07T12:04:00+01:00") == "7. November 2024, 12:04 Uhr"
    assert german_datetime("2024-03-01") == "1. März 2024"
    assert german_datetime(None) == ""
    assert german_datetime("kein Datum") == ""


def test_http_url_only_allows_http():
    assert http_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert http_url("javascript:alert(1)") is None
    assert http_url(" JAVASCRIPT:alert(1)") is None
    assert http_url("data:text/html,x") is None
    assert http_url('https://x.org/"onmouseover=') is None
    assert http_url("//example.org") is None


# --- model ------------------------------------------------------------------------------


def test_model_groups_and_links():
    model = build_model(make_records(30))
    assert len(model.articles) == 30
    # newest first
    keys = [a.sort_key for a in model.articles]
    assert keys == sorted(keys, reverse=True)
    scholz = next(e for e in model.entities if e.name == "Olaf Scholz")
    assert scholz.path == "personen/olaf-scholz/index.html"
    assert len(scholz.articles) == 8 and scholz.mentions == 16
    assert scholz.cooccurring and all(o is not scholz for o, _ in scholz.cooccurring)
    mueller = next(e for e in model.entities if e.name == "Jörg Müller")
    assert mueller.slug == "joerg-mueller"
    assert {s.name for s in model.sources} == {"Beispiel-Zeitung", "Tagesblatt"}
    assert {t.slug for t in model.tags} == {"verkehr", "politik"}
    a = model.articles[0]
    assert a.related and a not in a.related
    assert re.fullmatch(r"artikel/2024-11-\d\d-streit-ueber-strassenbau-nummer-\d+-[0-9a-f]{8}/"
                        r"index\.html", a.path)
    assert a.path == article_path(a.key, a.article)


def test_duplicates_resolved_to_pages():
    one = make_article(1)
    two = make_article(1, url="https://andere.de/kopie.html", site_name="Andere Zeitung")
    model = build_model(records_from_articles([one, two]))
    first = next(a for a in model.articles if a.article is one)
    assert [(d.source, t.article is two) for d, t in first.also] == [("Andere Zeitung", True)]
    assert first.related == []  # the copy is not "related", it is "also published"


def test_article_key_matches_contract():
    import hashlib

    a = make_article(3, url=" https://x.de/a.html#kommentare ")
    assert article_key(a) == hashlib.sha256(b"https://x.de/a.html").hexdigest()[:16]


# --- chart ------------------------------------------------------------------------------


def test_chart_is_accessible_svg_and_escapes():
    svg = str(mentions_chart("<b>Böse</b>", [("2024-10", 2), ("2024-11", 5)], "c1"))
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="c1-titel">' in svg and '<desc id="c1-beschreibung">' in svg
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert "November 2024: 5" in svg
    assert months_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]


def test_stable_pagination_keeps_older_parts():
    from newsarchive.site.pages import paginate_stable

    def parts(n):
        items = list(range(n, 0, -1))  # newest first: n … 1
        return {p: list(c) for p, c, _ in paginate_stable(items, "x/", per_page=3)}

    assert parts(2) == {"x/index.html": [2, 1]}
    assert parts(7) == {"x/index.html": [7, 6, 5, 4], "x/teil-1/index.html": [3, 2, 1]}
    eight = parts(8)
    assert eight["x/teil-1/index.html"] == [3, 2, 1] and eight["x/index.html"] == [8, 7, 6, 5, 4]
    nine = parts(9)
    assert nine == {"x/index.html": [9, 8, 7], "x/teil-2/index.html": [6, 5, 4],
                    "x/teil-1/index.html": [3, 2, 1]}
    pagers = [p for _, _, p in paginate_stable(list(range(9, 0, -1)), "x/", per_page=3)]
    assert [(p.newer_path, p.older_path) for p in pagers] == [
        (None, "x/teil-2/index.html"),
        ("x/index.html", "x/teil-1/index.html"),
        ("x/teil-2/index.html", None),
    ]


# --- incremental ------------------------------------------------------------------------


def test_incremental_writer(tmp_path: Path):
    w = IncrementalWriter(tmp_path)
    w.write("a/index.html", "eins")
    w.write("b/index.html", "zwei")
    s = w.finish()
    assert (s.written, s.unchanged, s.removed) == (2, 0, 0)
    w = IncrementalWriter(tmp_path)
    w.write("a/index.html", "eins")
    w.write("c/index.html", "drei")
    s = w.finish()
    assert (s.written, s.unchanged, s.removed) == (1, 1, 1)
    assert not (tmp_path / "b").exists()
    with pytest.raises(ValueError):
        w2 = IncrementalWriter(tmp_path)
        w2.write("x.html", "1")
        w2.write("x.html", "2")


def test_rebuild_touches_only_changed_pages(tmp_path: Path):
    arts = [make_article(i) for i in range(40)]
    r1 = build_site_from_records(records_from_articles(arts), tmp_path)
    n_static = len([f for f in STATIC_DIR.iterdir() if f.is_file()])
    assert isinstance(r1, BuildReport) and r1.written == r1.pages + n_static
    # 40 articles tagged "Verkehr": two pages, linked both ways.
    page1 = (tmp_path / "schlagworte/verkehr/index.html").read_text("utf-8")
    page2 = (tmp_path / "schlagworte/verkehr/teil-1/index.html").read_text("utf-8")
    assert 'href="../../schlagworte/verkehr/teil-1/index.html"' in page1
    assert 'href="../../../schlagworte/verkehr/index.html"' in page2
    assert page1.count('class="teaser"') == 20 and page2.count('class="teaser"') == 20
    r2 = build_site_from_records(records_from_articles(arts), tmp_path)
    assert r2.written == 0 and r2.removed == 0 and r2.unchanged == r1.written
    # A new article on a new day with a new person: its page, its day, the start page …
    extra = make_article(
        99, day=29, entities=[Entity("Neue Person", "PER"), Entity("Köln", "LOC")], tags=[]
    )
    r3 = build_site_from_records(records_from_articles([*arts, extra]), tmp_path)
    new_page = article_path(article_key(extra), extra)
    assert new_page in r3.written_paths
    assert "personen/neue-person/index.html" in r3.written_paths
    assert "archiv/2024/11/29/index.html" in r3.written_paths
    assert "index.html" in r3.written_paths
    assert 0 < r3.written < r1.pages / 3, r3.written_paths
    # … and removing it again removes its pages.
    r4 = build_site_from_records(records_from_articles(arts), tmp_path)
    assert new_page in r4.removed_paths and not (tmp_path / new_page).exists()
    assert not (tmp_path / "personen" / "neue-person").exists()
    assert r4.removed >= 3


def test_german_number_groups_thousands_with_points():
    from newsarchive.site.numbers import german_number

    assert [german_number(n) for n in (0, 7, 999, 1000, 94390, 1234567)] == [
        "0", "7", "999", "1.000", "94.390", "1.234.567"]


def test_one_shared_place_makes_no_related_article():
    summit = make_article(1, title="Gipfel in Meseberg", tags=[], entities=[
        Entity("Olaf Scholz", "PER", 2), Entity("Brandenburg", "LOC", 1)])
    medal = make_article(2, title="Silber im Einer", tags=[], entities=[
        Entity("Lena Hartwig", "PER", 2), Entity("Brandenburg", "LOC", 1)])
    market = make_article(3, title="Börse schließt fester", tags=[], entities=[
        Entity("Olaf Scholz", "PER", 1), Entity("Frankfurt", "LOC", 1)])
    model = build_model(records_from_articles([summit, medal, market]))
    by_title = {a.article.title: a for a in model.articles}
    assert [r.article.title for r in by_title["Gipfel in Meseberg"].related] == [
        "Börse schließt fester"]  # a shared person is a subject; a shared place alone is not
    assert by_title["Silber im Einer"].related == []
