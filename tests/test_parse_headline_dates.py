"""Visible headline selection, shown publication dates and non-prose widgets."""

from __future__ import annotations

from newsarchive.parse import parse_html
from newsarchive.parse.dates import parse_german

SENTENCE = "Der Stadtrat hat am Abend lange über die Pläne für das neue Hallenbad debattiert. "
BODY = "".join(f"<p>{SENTENCE * 3}Absatz {i}.</p>" for i in range(4))


def page(head: str, header: str, body: str = BODY) -> str:
    return (
        f"<html lang='de'><head>{head}</head><body>"
        f"<article><header>{header}</header><div class='text'>{body}</div></article>"
        "</body></html>"
    )


def test_visible_h1_beats_a_reworded_meta_title() -> None:
    a = parse_html(
        page(
            '<meta property="og:title" content="Hallenbad: Stadtrat streitet">'
            "<title>Hallenbad: Stadtrat streitet | Stadtblatt</title>",
            "<h1>Stadtrat streitet lange über das neue Hallenbad</h1>",
        )
    )
    assert a.title == "Stadtrat streitet lange über das neue Hallenbad"


def test_marked_kicker_is_split_from_the_h1() -> None:
    a = parse_html(
        page(
            '<meta property="og:title" content="Stadtrat streitet über Hallenbad">',
            '<h1><span class="article-kicker">Kommunalpolitik</span>'
            "<span>Stadtrat streitet über Hallenbad</span></h1>",
        )
    )
    assert a.title == "Stadtrat streitet über Hallenbad"
    assert a.kicker == "Kommunalpolitik"


def test_headline_with_glued_kicker_in_the_text_is_no_subheading() -> None:
    """An h2 repeating the headline behind a kicker (no space between the spans) is not a
    subheading, and the lead after it is not doubled."""
    lead = "<p class='lead'>Die Delegierten haben am Samstag eine neue Initiative lanciert.</p>"
    body = (
        "<h2><span class='dachzeile'>Sonderparteitag zur Migration</span>"
        "<span>Der Parteichef ruft zum Widerstand gegen die Asylpolitik auf</span></h2>"
        + lead + BODY + "<h2>Kein zweites Hongkong</h2>"
        + "<p>Die Schweiz dürfe nicht wie eine Großstadt werden, sagte der Redner vor den "
        "Delegierten in der vollen Halle am Ufer des Sees.</p>"
    )
    a = parse_html(
        page(
            '<meta property="og:title" '
            'content="Der Parteichef ruft zum Widerstand gegen die Asylpolitik auf">',
            "",
            body,
        )
    )
    assert a.title == "Der Parteichef ruft zum Widerstand gegen die Asylpolitik auf"
    assert a.headings == ["Kein zweites Hongkong"]
    assert "MigrationDer" not in a.text
    assert a.text.count("neue Initiative lanciert") == 1


def test_social_title_with_kicker_keeps_the_publishers_form() -> None:
    a = parse_html(
        page(
            '<meta property="og:title" content="Kommunalpolitik: Stadtrat streitet über Bad">',
            '<h1><span class="topline">Kommunalpolitik</span>'
            "<span>Stadtrat streitet über Bad</span></h1>",
        )
    )
    assert a.title == "Kommunalpolitik: Stadtrat streitet über Bad"


def test_site_name_h1_is_not_the_headline() -> None:
    a = parse_html(
        page(
            '<meta property="og:site_name" content="Stadtblatt">'
            "<title>Neues Hallenbad wird teurer - Stadtblatt</title>",
            "<h1>Stadtblatt</h1><h2>Neues Hallenbad wird teurer</h2>",
        )
    )
    assert a.title == "Neues Hallenbad wird teurer"


def test_shown_header_date_beats_a_generic_meta_date() -> None:
    a = parse_html(
        page(
            '<meta name="date" content="2021-12-20T11:02:44+01:00">',
            "<h1>Stadtrat streitet über das Hallenbad</h1><span class='date'>27.01.2022</span>",
        )
    )
    assert a.published is not None and a.published.startswith("2022-01-27")


def test_explicit_metadata_wins_against_a_lone_shown_date() -> None:
    a = parse_html(
        page(
            '<meta property="article:published_time" content="2023-05-17T19:30:00+02:00">',
            "<div class='date'>18.05.2023</div><h1>Stadtrat streitet über das Hallenbad</h1>",
        )
    )
    assert a.published == "2023-05-17T19:30:00+02:00"


def test_today_widget_is_not_the_publication_date() -> None:
    a = parse_html(
        page(
            "",
            "<div class='date'>Mittwoch, 01. November 2023</div>"
            "<h1>Stadtrat streitet über das Hallenbad</h1>"
            "<p><span class='text_datum'>31. Oktober 2023.</span></p>",
        )
    )
    assert a.published == "2023-10-31"


def test_month_first_dates() -> None:
    assert parse_german("Feb 18 2009") == "2009-02-18"
    assert parse_german("Posted on April 4, 2013") == "2013-04-04"


def test_slashed_and_barred_day_month_year() -> None:
    assert parse_german("26 | 01 | 2022") == "2022-01-26"
    assert parse_german("Stand 03/04/2021, 12:30 Uhr") == "2021-04-03T12:30:00+02:00"
    assert parse_german("01/26/2022") == "2022-01-26"  # month first when the day says so
    assert parse_german("26/01 | 2022") is None  # mixed separators: not one date


def test_day_first_date_as_url_segment() -> None:
    a = parse_html(page("", "<h1>Stadtrat streitet über das Hallenbad</h1>"),
                   url="https://verein.example/meldungen/29-10-2021")
    assert a.published == "2021-10-29"


def test_statistics_widget_is_dropped() -> None:
    stats = (
        "<div class='match-box'><h4>Spielstatistik</h4><table class='match-stats'>"
        "<tr><td>Ballbesitz</td><td>54 %</td><td>46 %</td></tr>"
        "<tr><td>Torschüsse</td><td>11</td><td>14</td></tr>"
        "<tr><td>Ecken</td><td>6</td><td>3</td></tr></table></div>"
    )
    a = parse_html(page("", "<h1>Stadtrat streitet über das Hallenbad</h1>", BODY + stats))
    assert "Spielstatistik" not in a.headings
    assert not any("Ballbesitz" in p or p == "54 %" for p in a.paragraphs)


def test_site_brand_as_author_does_not_hide_the_byline_person() -> None:
    a = parse_html(
        page(
            '<meta property="og:site_name" content="Krautreporter">'
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bad",'
            '"author":{"name":"Krautreporter"}}</script>',
            "<h1>Stadtrat streitet über das Hallenbad</h1>"
            '<div class="author"><a rel="author" href="/a">Shany Littman</a></div>',
        )
    )
    assert a.authors == ["Shany Littman"]


def test_desk_acronym_in_byline_is_no_person() -> None:
    a = parse_html(
        page(
            "",
            "<h1>Stadtrat streitet über das Hallenbad</h1>"
            '<p class="author">von David Straub, MDR THÜRINGEN</p>',
        )
    )
    assert a.authors == ["David Straub"]


def test_byline_labels_are_stripped() -> None:
    from newsarchive.parse.bylines import split_byline

    assert split_byline("Veröffentlicht von Chris Jung")[0] == ["Chris Jung"]
    assert split_byline("Johanna Kropfitsch Alle Artikel")[0] == ["Johanna Kropfitsch"]
    assert split_byline("Über Luis Holuch")[0] == ["Luis Holuch"]
    assert split_byline("Artikel von")[0] == []
    assert split_byline("Autor: Rechtsanwältin Mia Sommer")[0] == ["Mia Sommer"]
    assert split_byline("von Ida Kern Über Autorenseite von ida.kern@example.org")[0] == [
        "Ida Kern"
    ]


def test_author_box_labels_are_no_persons() -> None:
    a = parse_html(
        page(
            "",
            "<h1>Stadtrat streitet über das Hallenbad</h1>",
            BODY + '<div class="author-box"><h4><span>Zur Person</span>'
            '<a rel="author" href="/autoren/team/">Alle Beiträge</a></h4></div>',
        )
    )
    assert a.authors == []


def test_desk_credit_goes_when_a_person_is_named() -> None:
    a = parse_html(
        page(
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bad",'
            '"author":{"@type":"Organization","name":"Redaktion"}}</script>',
            "<h1>Stadtrat streitet über das Hallenbad</h1>"
            '<span class="author-links"><a rel="author" href="/author/ida-kern/">'
            "von Ida Kern</a></span>",
        )
    )
    assert a.authors == ["Ida Kern"]
    assert a.agencies == []
