"""Metadata sources: JSON-LD variants, meta fallbacks and German dates."""

from __future__ import annotations

import pytest

from newsarchive.parse import parse_html
from newsarchive.parse.dates import parse_date

BODY = "<p>" + "Der Stadtrat hat am Abend lange über die Pläne für das neue Bad debattiert. " * 4
BODY += "</p>"


def page(head: str, body: str = BODY) -> str:
    return f"<html lang='de'><head>{head}</head><body><article>{body}</article></body></html>"


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_jsonld_array_of_objects() -> None:
    a = parse_html(
        page(
            ld(
                '[{"@type":"WebPage","name":"Seite"},{"@type":"NewsArticle",'
                '"headline":"Aus dem Array","datePublished":"2024-01-15T08:00:00Z",'
                '"author":{"@type":"Person","name":"Eva Beispiel"}}]'
            )
        )
    )
    assert a.title == "Aus dem Array"
    assert a.published == "2024-01-15T09:00:00+01:00"  # UTC shown as Berlin local time
    assert a.authors == ["Eva Beispiel"]


def test_jsonld_graph_and_types_list() -> None:
    a = parse_html(
        page(
            ld(
                '{"@context":"https://schema.org","@graph":[{"@type":"Organization",'
                '"name":"Verlag"},{"@type":["ReportageNewsArticle","Article"],'
                '"headline":"Aus dem Graphen","articleSection":"Kultur",'
                '"keywords":"Theater, Oper"}]}'
            )
        )
    )
    assert a.title == "Aus dem Graphen"
    assert a.section == "Kultur"
    assert a.tags == ["Theater", "Oper"]


def test_broken_jsonld_is_tolerated() -> None:
    broken = (
        '<!--\n{"@type":"NewsArticle","headline":"Trotz Fehlern",'
        '"datePublished":"2023-06-01T10:00:00+02:00",\n"author":[{"name":"Karl Test"},],}\n-->'
    )
    a = parse_html(page(ld(broken)))
    assert a.title == "Trotz Fehlern"
    assert a.published == "2023-06-01T10:00:00+02:00"
    assert a.authors == ["Karl Test"]
    # hopeless JSON falls back to meta tags without an error
    a = parse_html(
        page(
            ld('{"@type": "NewsArticle", "headline": ')
            + '<meta property="og:title" content="Aus OpenGraph">'
        )
    )
    assert a.title == "Aus OpenGraph"


def test_opengraph_and_article_meta_fallback() -> None:
    head = (
        '<meta property="og:title" content="OG-Titel">'
        '<meta property="og:site_name" content="Testblatt">'
        '<meta property="og:url" content="https://test.example/a">'
        '<meta property="article:published_time" content="2024-11-07T11:04:00+00:00">'
        '<meta property="article:section" content="Wirtschaft">'
        '<meta property="article:tag" content="Bahn"><meta property="article:tag" content="Streik">'
        '<meta name="author" content="Lena Probe">'
        '<meta name="description" content="Der Vorspann.">'
    )
    a = parse_html(page(head))
    assert (a.title, a.site_name, a.url) == ("OG-Titel", "Testblatt", "https://test.example/a")
    assert a.published == "2024-11-07T12:04:00+01:00"
    assert (a.section, a.tags) == ("Wirtschaft", ["Bahn", "Streik"])
    assert a.authors == ["Lena Probe"]
    assert a.lead == "Der Vorspann."
    assert a.language == "de"


def test_dublin_core_and_itemprop_fallback() -> None:
    head = (
        '<meta name="DC.title" content="DC-Titel"><meta name="DC.date.issued" content="2022-02-01">'
    )
    a = parse_html(page(head))
    assert a.title == "DC-Titel"
    assert a.published == "2022-02-01"
    body = (
        '<h1>Itemprop-Titel im Artikel</h1><span itemprop="datePublished" '
        'content="2021-03-04T05:06:00+01:00"></span>' + BODY
    )
    a = parse_html(page("", body))
    assert a.published == "2021-03-04T05:06:00+01:00"
    assert a.title == "Itemprop-Titel im Artikel"


def test_german_date_in_page_text() -> None:
    body = (
        "<h1>Ein Titel ohne Metadaten</h1><p class='info'>Donnerstag, 7. November 2024</p>" + BODY
    )
    assert parse_html(page("", body)).published == "2024-11-07"
    body = "<h1>Ein Titel ohne Metadaten</h1><div>07.11.2024, 12:04 Uhr</div>" + BODY
    assert parse_html(page("", body)).published == "2024-11-07T12:04:00+01:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7. November 2024", "2024-11-07"),
        ("Donnerstag, 7. November 2024", "2024-11-07"),
        ("7. Nov. 2024", "2024-11-07"),
        ("1. März 2023 um 8:15 Uhr", "2023-03-01T08:15:00+01:00"),
        ("07.11.2024, 12:04 Uhr", "2024-11-07T12:04:00+01:00"),
        ("Stand: 14.03.2025 17:42 Uhr", "2025-03-14T17:42:00+01:00"),
        ("Fr., 12.07.2024 - 09:30 Uhr", "2024-07-12T09:30:00+02:00"),  # summer time
        ("30.03.2025 01:30", "2025-03-30T01:30:00+01:00"),  # before the spring change
        ("30.03.2025 03:30", "2025-03-30T03:30:00+02:00"),  # after it
        ("26.10.2025 04:00", "2025-10-26T04:00:00+01:00"),  # after the autumn change
        ("2024-07-07T12:04:00", "2024-07-07T12:04:00+02:00"),
        ("2024-04-22 15:26:46.863186+00:00", "2024-04-22T17:26:46+02:00"),
        ("2024-07-07T12:04:00.000Z", "2024-07-07T14:04:00+02:00"),
        ("3. Jänner 2024", "2024-01-03"),
        ("kein Datum", None),
    ],
)
def test_parse_date_formats(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_site_name_skips_urls_and_decodes_double_escaped_entities() -> None:
    page = """<html lang="de"><head><title>Hafenfest beginnt</title>
    <meta property="og:site_name" content="https://www.hafenblatt.example">
    <meta name="application-name" content="Hafenblatt Verlag GmbH &amp;amp; Co. KG">
    </head><body><article><h1>Hafenfest beginnt</h1>
    <p>Am Freitag beginnt das Hafenfest mit einem Umzug der Traditionsschiffe durch das Becken.</p>
    <p>Die Veranstalter erwarten an drei Tagen mehr als hunderttausend Gäste am Kai.</p>
    </article></body></html>"""
    assert parse_html(page).site_name == "Hafenblatt Verlag GmbH & Co. KG"


def test_local_time_labelled_utc_yields_to_jsonld() -> None:
    # article:published_time carries the local wall-clock time with a +00:00 suffix;
    # JSON-LD gives the same minute with the German offset: that one is right.
    head = '<meta property="article:published_time" content="2025-06-30T15:59:00+00:00">'
    a = parse_html(page(head + ld('{"@type":"NewsArticle","headline":"Hitze",'
                                   '"datePublished":"2025-06-30T15:59:30+02:00"}')))
    assert a.published == "2025-06-30T15:59:30+02:00"
    # a real UTC time (another minute) still wins as the explicit field
    head = '<meta property="article:published_time" content="2025-06-30T13:59:00+00:00">'
    a = parse_html(page(head + ld('{"@type":"NewsArticle","headline":"Hitze",'
                                   '"datePublished":"2025-06-30T10:00:00+02:00"}')))
    assert a.published == "2025-06-30T15:59:00+02:00"


def test_a_description_that_is_an_image_caption_is_no_lead() -> None:
    caption = "Einsatzkräfte der Feuerwehr löschen am Abend den Brand in der Halle."
    head = f'<meta name="description" content="{caption}">'
    body = f'<picture><img src="a.jpg" alt="{caption}"></picture>' + BODY
    assert parse_html(page(head, body)).lead is None
    # an ordinary description still serves as the lead
    head = '<meta name="description" content="Der Stadtrat streitet über das neue Bad.">'
    assert parse_html(page(head, body)).lead == "Der Stadtrat streitet über das neue Bad."
