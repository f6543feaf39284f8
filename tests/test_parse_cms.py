"""CMS patterns: legacy tables, <br> paragraphs, marked leads, opinion pieces, teaser boxes."""

from __future__ import annotations

from newsarchive.parse import parse_html

PARA = "Die Stadtwerke erhöhen zum ersten April die Preise für Fernwärme um achtzehn Prozent."
PARA2 = (
    "Eine Familie im Reihenhaus zahlt damit rund dreihundertvierzig Euro mehr im Jahr als bisher."
)
PARA3 = "Die Verbraucherzentrale rät Kundinnen und Kunden, ihre Abschläge jetzt zu überprüfen."


def test_legacy_table_layout_with_br_paragraphs_and_byline_date() -> None:
    html = f"""<html><head><title>Fernwärme wird teurer - Westfalen-Bote</title></head>
<body><table><tr><td class="navi"><a href="/">Startseite</a><br><a href="/lokales/">Lokales</a>
</td><td class="artikeltext">
<p class="pfad">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/lokales/">Lokales</a></p>
<font class="dachzeile">Gütersloh</font><br>
<h1>Fernwärme wird teurer</h1>
<p class="autor">Von unserem Redakteur Klaus Düsterhöft<br><span>14.02.2023, 09:30 Uhr</span></p>
<p class="vorspann"><b>{PARA3}</b></p>
<div>{PARA}<br><br>{PARA2}<br>Das gilt auch für Gewerbekunden in der Innenstadt.</div>
</td></tr></table></body></html>"""
    a = parse_html(html, url="https://westfalen-bote.example/lokales/fernwaerme-123.html")
    assert a.title == "Fernwärme wird teurer"
    assert a.kicker == "Gütersloh"
    assert a.authors == ["Klaus Düsterhöft"]
    assert a.published == "2023-02-14T09:30:00+01:00"
    assert a.lead == PARA3
    assert a.paragraphs == [PARA, PARA2 + " Das gilt auch für Gewerbekunden in der Innenstadt."]
    assert a.text.startswith(PARA3)
    assert "Sie sind hier" not in a.text
    assert a.language == "de"  # undeclared, recognised from the text


def test_section_from_link_to_url_segment() -> None:
    html = f"""<html><head><link rel="canonical" href="https://bote.example/koeln/dom-123.html">
</head><body><ul><li><a href="/koeln/">Köln</a></li><li><a href="/region/">Region</a></li></ul>
<article><h1>Der Dom bekommt ein neues Gerüst</h1><p>{PARA}</p><p>{PARA2}</p></article>
</body></html>"""
    assert parse_html(html).section == "Köln"


def test_opinion_piece_is_not_taken_for_comments() -> None:
    html = f"""<html><body>
<div class="sect sect_article commentary"><h1>Ein Kommentar zur Lage</h1>
<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>
<div id="comments" class="comments-area"><p>Leserin: {PARA2} {PARA3}</p>
<p>Leser: {PARA} {PARA3}</p></div></body></html>"""
    a = parse_html(html)
    assert a.paragraphs == [PARA, PARA2, PARA3]
    assert "Leserin" not in a.text


def test_teaser_section_info_box_and_caption_credit_dropped() -> None:
    html = f"""<html><body><article><h1>Neue Ausstellung in der Kunsthalle</h1>
<p>{PARA}</p>
<p>Die Malerin im Atelier. © AFP / Marco Beispiel</p>
<p>{PARA2}</p>
<div class="info-box"><p><strong>Ausstellung</strong><br>Di–So 10–18 Uhr. Eintritt 16 Euro</p></div>
<p>{PARA3}</p>
<h3>Das könnte Sie auch interessieren</h3>
<p>Museumsnacht lockt Tausende in die Stadt</p>
<p>Neue Direktorin für das Stadtmuseum gefunden</p>
</article></body></html>"""
    a = parse_html(html)
    assert a.paragraphs == [PARA, PARA2, PARA3]
    assert a.headings == []


def test_whole_page_in_aspnet_form_is_kept() -> None:
    html = f"""<html><body><form id="aspnetForm" method="post"><div class="content">
<h1>Gemeinderat beschließt Haushalt</h1><p>{PARA}</p><p>{PARA2}</p></div></form></body></html>"""
    assert parse_html(html).paragraphs == [PARA, PARA2]


def test_marked_article_body_survives_noisy_wrapper_classes() -> None:
    html = f"""<html><body><div class="article container has-recommendations">
<div class="content-behind-paywall"><div itemprop="articleBody">
<p>{PARA}</p><div class="ad-slot">Anzeige</div><p>{PARA2}</p></div></div></div>
<div class="related"><p>Mehr Artikel aus der Region</p></div></body></html>"""
    a = parse_html(html)
    assert a.paragraphs == [PARA, PARA2]
