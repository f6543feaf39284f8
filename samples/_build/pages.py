# ruff: noqa: E501
"""Page markup of the sample CMS styles.

Every style function takes an article dict (see :mod:`articles`) and returns
``(html, boilerplate)``: the saved page and the visible boilerplate strings it adds, which must
never reach the extracted text.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def local(s: str | None) -> datetime | None:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN) if s else None


def iso(s: str | None) -> str | None:
    """Local Berlin time as ISO 8601 with offset."""
    d = local(s)
    return d.isoformat() if d else None


def iso_utc(s: str, z: str = "Z", ms: bool = False) -> str:
    d = local(s).astimezone(UTC)
    text = d.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "")
    return text + z


def de_short(s: str, sep: str = ", ", clock: str = "%H:%M", suffix: str = " Uhr") -> str:
    d = local(s)
    return d.strftime("%d.%m.%Y") + sep + d.strftime(clock) + suffix


def de_long(s: str, months: list[str] = MONTHS) -> str:
    d = local(s)
    return f"{d.day}. {months[d.month - 1]} {d.year}"


def t(s: str) -> str:
    """Escape text content."""
    return escape(s, quote=False)


def a(s: str) -> str:
    """Escape an attribute value."""
    return escape(s, quote=True)


def ld(obj: dict) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def blocks(art: dict) -> list[tuple[str, str]]:
    out = []
    for b in art["body"]:
        out.append(("h", b[3:]) if b.startswith("## ") else ("p", b))
    return out


def render_body(art: dict, p: Callable[[str], str], h: Callable[[str], str],
                extras: dict[int, str] | None = None) -> str:
    """Body blocks in order; ``extras[i]`` is inserted after block ``i`` (0-based)."""
    extras = extras or {}
    parts = []
    for i, (kind, text) in enumerate(blocks(art)):
        parts.append(p(text) if kind == "p" else h(text))
        if i in extras:
            parts.append(extras[i])
    return "\n".join(parts)


def news_ld(art: dict, *, kind: str = "NewsArticle", published: str | None = None,
            modified: str | None = None, authors: list | None = None, **more) -> dict:
    obj = {
        "@context": "https://schema.org",
        "@type": kind,
        "mainEntityOfPage": {"@type": "WebPage", "@id": art["url"]},
        "headline": art["title"],
        "description": art["lead"],
        "datePublished": published or iso(art["published"]),
    }
    if art["modified"]:
        obj["dateModified"] = modified or iso(art["modified"])
    obj["author"] = authors if authors is not None else [
        {"@type": "Person", "name": n} for n in art["authors"]]
    obj["publisher"] = {"@type": "Organization", "name": art["site_name"],
                        "logo": {"@type": "ImageObject", "url": "https://" + art["url"].split("/")[2] + "/logo.png"}}
    obj["articleSection"] = art["section"]
    obj["keywords"] = ", ".join(art["tags"])
    obj["inLanguage"] = "de"
    obj.update(more)
    return obj


def og_meta(art: dict, *, times: bool = True, utc: bool = False, locale: str = "de_DE") -> str:
    lines = [
        f'<meta property="og:locale" content="{locale}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{a(art["title"])}">',
        f'<meta property="og:description" content="{a(art["lead"])}">',
        f'<meta property="og:url" content="{a(art["url"])}">',
    ]
    if art["site_name"]:
        lines.append(f'<meta property="og:site_name" content="{a(art["site_name"])}">')
    lines.append(f'<meta property="og:image" content="https://{art["url"].split("/")[2]}/media/{zlib.crc32(art["file"].encode()) % 99991}.jpg">')
    if times:
        pub = iso_utc(art["published"], "+00:00") if utc else iso(art["published"])
        lines.append(f'<meta property="article:published_time" content="{pub}">')
        if art["modified"]:
            mod = iso_utc(art["modified"], "+00:00") if utc else iso(art["modified"])
            lines.append(f'<meta property="article:modified_time" content="{mod}">')
        lines.append(f'<meta property="article:section" content="{a(art["section"])}">')
        for tag in art["tags"]:
            lines.append(f'<meta property="article:tag" content="{a(tag)}">')
    lines.append('<meta name="twitter:card" content="summary_large_image">')
    return "\n".join(lines)


def and_join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


# ---------------------------------------------------------------- public broadcaster


def broadcaster(art: dict) -> tuple[str, list[str]]:
    stand = de_short(art["modified"] or art["published"], sep=" ")
    body = render_body(
        art,
        lambda s: f'<p class="textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two">\n  {t(s)}\n</p>',
        lambda s: f'<h2 class="trenner__text meldung__subhead columns twelve m-ten m-offset-one l-eight l-offset-two">{t(s)}</h2>',
        {1: '''<div class="teaser-absatz columns twelve m-ten m-offset-one l-eight l-offset-two">
  <a href="/inland/innenpolitik/sondervermoegen-laender-102.html" class="teaser-absatz__link">
    <div class="teaser-absatz__teaserimage"><img src="/resources/images/sondervermoegen~_v-s.jpg" alt="Baustelle an einer Autobahnbrücke"></div>
    <span class="teaser-absatz__topline">Infrastruktur</span>
    <span class="teaser-absatz__headline">Was das Sondervermögen für die Länder bedeutet</span>
    <span class="teaser-absatz__date">14.03.2025</span>
  </a>
</div>'''},
    )
    html = f'''<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(art["kicker"])}: {t(art["title"])} | tagesblick.example</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, times=False)}
{ld(news_ld(art, image="https://www.tagesblick.example/resources/images/merz-pk~_v-original.jpg"))}
<link rel="stylesheet" href="/resources/styles/main.min.css">
<script src="/resources/js/vendor.min.js" defer></script>
<script>window.__tb = {{"pageType":"story","ressort":"inland"}};</script>
</head>
<body class="story">
<div class="skiplinks"><a href="#content">Zum Inhalt springen</a> <a href="#nav">Zur Navigation springen</a></div>
<header class="header" id="nav">
  <a class="header__logo" href="/"><img src="/resources/assets/img/tagesblick-logo.svg" alt="tagesblick"></a>
  <nav class="navigation"><ul>
    <li><a href="/">Startseite</a></li><li><a href="/inland">Inland</a></li><li><a href="/ausland">Ausland</a></li>
    <li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/wissen">Wissen</a></li><li><a href="/faktenfinder">Faktenfinder</a></li>
    <li><a href="/wetter">Wetter</a></li><li><a href="/multimedia">Sendungen</a></li></ul></nav>
  <div class="header__search"><input type="search" placeholder="Suchbegriff eingeben"></div>
</header>
<main id="content" class="content-wrapper">
<div class="breadcrumb"><a href="/">Startseite</a> / <a href="/inland">Inland</a> / <a href="/inland/innenpolitik">Innenpolitik</a></div>
<article class="container content-wrapper__group">
  <div class="seitenkopf">
    <div class="seitenkopf__media"><img src="/resources/images/merz-pk~_v-gross.jpg" alt="Friedrich Merz bei einer Pressekonferenz">
      <p class="seitenkopf__media-caption">CDU-Chef Merz nach den Verhandlungen im Reichstagsgebäude <span class="copyright">Bild: picture alliance / Kay Nietfeld</span></p></div>
    <div class="seitenkopf__data">
      <h1 class="seitenkopf__headline">
        <span class="seitenkopf__topline">{t(art["kicker"])}</span>
        <span class="seitenkopf__headline--text">{t(art["title"])}</span>
      </h1>
      <p class="metatextline">Stand: {stand}</p>
    </div>
  </div>
  <div class="columns twelve m-ten m-offset-one l-eight l-offset-two">
    <div class="sharing"><button class="sharing__button">Artikel teilen</button> <a href="#" class="sharing__link">Hören</a></div>
  </div>
  <p class="textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two">
    <strong>{t(art["lead"])}</strong>
  </p>
  <p class="authorline columns twelve m-ten m-offset-one l-eight l-offset-two">Von {t(and_join(art["authors"]))}, tagesblick-Hauptstadtstudio</p>
{body}
  <div class="sendungsbezug columns twelve m-ten m-offset-one l-eight l-offset-two">
    <p class="sendungsbezug__text">Dieses Thema im Programm: Das Erste, tagesblick, {de_long(art["published"])}, 17:00 Uhr</p>
  </div>
  <div class="taglist columns twelve m-ten m-offset-one l-eight l-offset-two"><h2 class="taglist__headline">Schlagwörter</h2>
    <ul>{"".join(f'<li><a class="tag-btn" href="/thema/{a(tag.lower())}">#{t(tag)}</a></li>' for tag in art["tags"])}</ul></div>
</article>
<section class="teaser-related"><h2>Mehr aus Inland</h2><ul>
  <li><a href="/inland/wahlrecht-reform-104.html">Verfassungsgericht billigt Wahlrechtsreform in Teilen</a></li>
  <li><a href="/inland/rente-paket-106.html">Rentenpaket: Koalitionäre streiten über Finanzierung</a></li></ul></section>
</main>
<footer class="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>
  <li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul><p>© tagesblick 2025</p></footer>
</body>
</html>
'''
    return html, ["Stand: ", "Zum Inhalt springen", "Was das Sondervermögen für die Länder bedeutet",
                  "Artikel teilen", "Bild: picture alliance", "CDU-Chef Merz nach den Verhandlungen",
                  "Dieses Thema im Programm", "Schlagwörter", "Mehr aus Inland",
                  "Verfassungsgericht billigt Wahlrechtsreform", "Impressum", "tagesblick-Hauptstadtstudio"]


# ---------------------------------------------------------------- WordPress news blog


def wordpress(art: dict) -> tuple[str, list[str]]:
    host = art["url"].split("/")[2]
    body = render_body(art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h3>{t(s)}</h3>",
                       {2: '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Anzeige -</span><div class="ad-slot" id="div-gpt-ad-3"></div></div>'})
    first = f"<p>{t(art['lead'])}</p>" if art["lead_in_body"] else ""
    html = f'''<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{t(art["title"])} - {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, utc=True)}
<meta name="author" content="{a(art["authors"][0])}">
{ld(news_ld(art, kind="BlogPosting", published=iso_utc(art["published"], "+00:00"), modified=iso_utc(art["modified"], "+00:00")))}
<link rel="stylesheet" id="td-theme-css" href="https://{host}/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<script src="https://{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard td-standard-pack">
<div class="td-header-wrap">
  <div class="td-header-top-menu"><span class="td-header-date">Mittwoch, {de_long(art["published"])}</span>
    <ul class="top-header-menu"><li><a href="/impressum/">Impressum</a></li><li><a href="/kontakt/">Kontakt</a></li><li><a href="/werben/">Werben bei uns</a></li></ul></div>
  <div class="td-header-logo"><a href="/"><img src="/wp-content/uploads/2021/03/logo-mn.png" alt="{a(art["site_name"])}"></a></div>
  <nav class="td-header-menu"><ul class="sf-menu"><li><a href="/">Home</a></li><li><a href="/lokales/">Lokales</a></li><li><a href="/region/">Region</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/blaulicht/">Blaulicht</a></li></ul></nav>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container">
  <div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep">»</i> <span><a class="entry-crumb" href="/lokales/">Lokales</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last">»</i> <span class="td-bred-no-url-last">{t(art["title"])}</span></div></div>
  <div class="td-pb-row">
  <div class="td-pb-span8 td-main-content" role="main">
  <article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-lokales">
    <div class="td-post-header">
      <ul class="td-category"><li class="entry-category"><a href="/lokales/">Lokales</a></li></ul>
      <header class="td-post-title">
        <h1 class="entry-title">{t(art["title"])}</h1>
        <div class="td-module-meta-info">
          <div class="td-post-author-name"><div class="td-author-by">Von</div> <a href="/author/tweber/">{t(art["authors"][0])}</a><div class="td-author-line"> - </div></div>
          <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_utc(art["published"], "+00:00")}">{de_long(art["published"])}</time></span>
          <div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div>
        </div>
      </header>
    </div>
    <div class="td-post-sharing-top"><span class="td-social-but-text">Teilen</span> <a class="td-social-facebook" href="#">Facebook</a> <a class="td-social-twitter" href="#">Twitter</a> <a class="td-social-whatsapp" href="#">WhatsApp</a></div>
    <div class="td-post-content tagdiv-type">
      <div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2024/05/radweg-loerrach-696x464.jpg" alt="" width="696" height="464"><figcaption class="wp-caption-text">Auf der Strecke zum Bahnhof sollen geschützte Radstreifen entstehen. Foto: Archiv</figcaption></figure></div>
{first}
{body}
    </div>
    <footer>
      <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>SCHLAGWÖRTER</span></li>{"".join(f'<li><a href="/tag/{a(x.lower())}/">{t(x)}</a></li>' for x in art["tags"])}</ul></div>
      <div class="td-post-sharing-bottom"><span class="td-social-but-text">Teilen</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Vorheriger Artikel</span><a href="/lokales/wochenmarkt-zieht-um/">Wochenmarkt zieht im Sommer auf den Alten Markt um</a></div></div>
        <div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Nächster Artikel</span><a href="/region/weil-am-rhein-neue-kita/">Weil am Rhein: Neue Kita öffnet im September</a></div></div></div>
      <div class="author-box-wrap"><a href="/author/tweber/"><img alt="" src="/avatar-tweber.jpg"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/tweber/">{t(art["authors"][0])}</a></span></div><div class="td-author-description">Redakteur für Lörrach und das Wiesental. Schreibt über Stadtpolitik, Verkehr und Vereine.</div></div></div>
    </footer>
  </article>
  <div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">VERWANDTE BEITRÄGE</a><a class="td-related-right" href="#">MEHR VOM AUTOR</a></h4>
    <div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/lokales/fahrradstrasse-lerchenstrasse/">Fahrradstraße in der Lerchenstraße kommt später</a></h3></div>
    <div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/lokales/parkgebuehren-steigen/">Parkgebühren in der Innenstadt steigen ab Juli</a></h3></div>
    <div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/region/rheinfelden-s-bahn-takt/">Rheinfelden fordert dichteren S-Bahn-Takt</a></h3></div>
  </div>
  <div class="comments" id="comments">
    <div class="td-comments-title-wrap"><h4 class="block-title"><span>2 KOMMENTARE</span></h4></div>
    <ol class="comment-list">
      <li class="comment"><article><footer><div class="comment-author">Peter M.</div><a href="#comment-9121"><time>22. Mai 2024 um 11:02</time></a></footer>
        <div class="comment-content"><p>Endlich passiert etwas! Ich fahre jeden Tag mit dem Rad zur Arbeit und an der Kreuzung beim Bahnhof wird es regelmäßig brenzlig.</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>
      <li class="comment"><article><footer><div class="comment-author">Gisela H.</div><a href="#comment-9125"><time>22. Mai 2024 um 12:17</time></a></footer>
        <div class="comment-content"><p>Und wo sollen die älteren Leute parken, die nicht mehr Rad fahren können? Darüber redet wieder keiner.</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Antworten</a></div></article></li>
    </ol>
    <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">HINTERLASSEN SIE EINE ANTWORT</h3>
      <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
        <div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Kommentar:" id="comment" name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>
        <div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"></div>
        <div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="E-Mail:*" type="text" value="" size="30"></div>
        <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Speichern Sie meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für das nächste Mal, wenn ich kommentiere.</label></p>
        <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar absenden"></p></form></div>
  </div>
  </div>
  <div class="td-pb-span4 td-main-sidebar" role="complementary">
    <div class="td_block_wrap"><h4 class="block-title"><span>BELIEBTE BEITRÄGE</span></h4>
      <ul><li><a href="/blaulicht/unfall-b317/">Unfall auf der B317: Zwei Verletzte bei Schopfheim</a></li><li><a href="/kultur/stimmen-festival-2024/">Stimmen-Festival: Das ist das Programm für 2024</a></li></ul></div>
    <div class="td_block_wrap"><h4 class="block-title"><span>NEWSLETTER</span></h4><p>Die wichtigsten Nachrichten aus dem Markgräflerland jeden Morgen per E-Mail.</p></div>
  </div>
  </div>
</div>
</div>
<div class="td-footer-wrap"><div class="td-footer-info">© Copyright 2024 - {t(art["site_name"])}. Alle Rechte vorbehalten.</div>
  <ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutzerklärung</a></li></ul></div>
<div id="cookie-law-info-bar"><span>Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.</span> <a role="button" class="cli_action_button">Akzeptieren</a></div>
</body>
</html>
'''
    return html, ["Home »", "VERWANDTE BEITRÄGE", "MEHR VOM AUTOR", "HINTERLASSEN SIE EINE ANTWORT",
                  "Endlich passiert etwas!", "Und wo sollen die älteren Leute parken",
                  "- Anzeige -", "Foto: Archiv", "Vorheriger Artikel", "Nächster Artikel",
                  "Redakteur für Lörrach und das Wiesental", "BELIEBTE BEITRÄGE", "SCHLAGWÖRTER",
                  "Cookies", "Kommentar absenden", "Fahrradstraße in der Lerchenstraße"]


# ---------------------------------------------------------------- regional paper with paywall


def paywall(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f'<p class="article__paragraph">{t(s)}</p>',
                       lambda s: f'<h2 class="article__subheadline">{t(s)}</h2>')
    data = news_ld(art, isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled-content"})
    html = f'''<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["kicker"])}: {t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(data)}
{ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Startseite", "item": "https://www.nordsee-bote.example/"},
        {"@type": "ListItem", "position": 2, "name": "Wirtschaft", "item": "https://www.nordsee-bote.example/wirtschaft/"}]})}
<script>var utag_data = {{"page_type":"article","paywall":"plus","article_id":"41877213"}};</script>
</head>
<body class="page--article is-plus">
<header class="site-header"><a href="/" class="site-header__logo">Nordsee-Bote</a>
  <nav class="site-nav"><a href="/lokales/">Lokales</a> <a href="/region/">Region</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/abo/">Abo</a> <a href="/epaper/">E-Paper</a></nav>
  <a class="site-header__login" href="/login/">Anmelden</a></header>
<main>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/wirtschaft/">Wirtschaft</a></nav>
<article class="article article--plus" data-id="41877213">
  <header class="article__header">
    <span class="article__plus-badge" title="NB+">NB+</span>
    <p class="article__kicker">{t(art["kicker"])}</p>
    <h1 class="article__headline">{t(art["title"])}</h1>
    <p class="article__intro">{t(art["lead"])}</p>
    <div class="article__meta">
      <span class="article__author">Von <a href="/autoren/henrike-albers/">{t(art["authors"][0])}</a></span>
      <time class="article__date" datetime="{iso(art["published"])}">{de_short(art["published"])}</time>
      <span class="article__readtime">Lesedauer: 4 Minuten</span>
    </div>
  </header>
  <figure class="article__image"><img src="/img/werft-dock-bremerhaven.jpg" alt="Schwimmdock der Werft">
    <figcaption>Im Schwimmdock der Werft liegt derzeit nur ein Schiff. <span class="credit">Foto: Lars Hinrichs</span></figcaption></figure>
  <div class="article__body">
{body}
  </div>
  <div class="paywalled-content" hidden></div>
  <section class="paywall">
    <h2 class="paywall__headline">Weiterlesen mit NB+</h2>
    <p class="paywall__text">Lesen Sie jetzt weiter und erhalten Sie Zugang zu allen Artikeln auf nordsee-bote.example.</p>
    <ul class="paywall__benefits"><li>Alle NB+ Artikel lesen</li><li>Monatlich kündbar</li><li>Weniger Werbung</li></ul>
    <a class="paywall__cta" href="/abo/plus/?source=paywall">Jetzt 4 Wochen für 0,99 € testen</a>
    <p class="paywall__login">Bereits Abonnent? <a href="/login/">Hier anmelden</a></p>
  </section>
</article>
<aside class="more-articles"><h2>Das könnte Sie auch interessieren</h2>
  <ul><li><a href="/wirtschaft/fischereihafen-neue-kuehlhalle-id41860004.html">Fischereihafen: Neue Kühlhalle soll 80 Jobs schaffen</a></li>
  <li><a href="/lokales/seestadt-haushalt-id41853322.html">Seestadt muss beim Haushalt sparen</a></li></ul></aside>
</main>
<footer class="site-footer"><a href="/impressum/">Impressum</a> <a href="/agb/">AGB</a> <a href="/datenschutz/">Datenschutz</a> <p>© Nordsee-Bote Mediengruppe</p></footer>
</body>
</html>
'''
    return html, ["Weiterlesen mit NB+", "Jetzt 4 Wochen für 0,99 € testen", "Bereits Abonnent?",
                  "Lesedauer", "Foto: Lars Hinrichs", "Im Schwimmdock der Werft liegt derzeit nur ein Schiff",
                  "Das könnte Sie auch interessieren", "Fischereihafen: Neue Kühlhalle", "Monatlich kündbar",
                  "Impressum"]


# ---------------------------------------------------------------- Austrian paper

AT_MONTHS = ["Jänner"] + MONTHS[1:]


def austrian(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h3>{t(s)}</h3>",
                       {1: '<div class="native-ad"><span class="native-ad__label">Werbung</span><div id="adslot-contentad-1"></div></div>',
                        3: '<aside class="article-box"><h4>Wissen: Richtwertmiete</h4><p>Die Richtwertmiete gilt für Altbauwohnungen, die vor 1945 errichtet wurden, und wird jedes Jahr an die Inflation angepasst.</p></aside>'})
    d = local(art["published"])
    shown = f"{de_long(art['published'], AT_MONTHS)}, {d:%H:%M}"
    html = f'''<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} - Inland - {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, times=False, locale="de_AT")}
{ld(news_ld(art, published=iso_utc(art["published"]), modified=iso_utc(art["modified"]), authors=[{"@type": "Person", "name": art["authors"][0], "url": "https://www.wiener-abendpost.example/autorin/lisa-hofbauer"}]))}
</head>
<body>
<div class="site-header"><a href="/" class="logo">Wiener Abendpost</a>
  <nav><a href="/inland">Inland</a> <a href="/international">International</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/wien">Wien</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav></div>
<main class="story-page">
<div class="story-breadcrumb"><a href="/inland">Inland</a> › <a href="/inland/wohnen">Wohnen</a></div>
<article class="story-article">
  <header class="article-header">
    <h2 class="article-kicker">{t(art["kicker"])}</h2>
    <h1 class="article-title">{t(art["title"])}</h1>
    <p class="article-subtitle">{t(art["lead"])}</p>
    <div class="article-meta">
      <div class="article-byline"><span class="article-origins">{t(art["authors"][0])}</span></div>
      <p class="article-pubdate"><time datetime="{iso_utc(art["published"])}">{shown}</time></p>
      <a class="article-postings" href="#forum">312 Postings</a>
    </div>
  </header>
  <figure class="article-image"><img src="/images/wohnhaus-gruenderzeit.jpg" alt="Gründerzeithaus in Wien">
    <figcaption>Rund 400.000 Wohnungen gelten als Altbau. <span class="copyright">Foto: APA/Georg Hochmuth</span></figcaption></figure>
  <div class="article-body">
{body}
  </div>
  <footer class="article-footer"><p class="article-origins-footer">({t(art["authors"][0])}, {d.day}.{d.month}.{d.year})</p>
    <div class="article-related"><h4>Weiterlesen</h4><ul><li><a href="/inland/mietrecht-reform">Mietrecht: Was Mieterinnen und Mieter jetzt wissen müssen</a></li></ul></div></footer>
</article>
<section id="forum" class="forum"><h2>Diskussion</h2><p class="forum-count">Zum Forum (312 Postings)</p>
  <div class="posting"><span class="posting-user">Hausmeisterin_1080</span><p>Drei Jahre Deckel sind besser als nichts, aber warum erst jetzt?</p></div>
  <div class="posting"><span class="posting-user">Realist2024</span><p>Die Betriebskosten sind das eigentliche Problem.</p></div>
  <p class="forum-rules">Die Kommentare von Userinnen und Usern geben nicht notwendigerweise die Meinung der Redaktion wieder.</p></section>
</main>
<footer class="site-footer"><a href="/impressum">Impressum &amp; Offenlegung</a> <a href="/datenschutz">Datenschutz</a> <a href="/abo">Abo</a></footer>
</body>
</html>
'''
    return html, ["Werbung", "Wissen: Richtwertmiete", "wird jedes Jahr an die Inflation angepasst",
                  "Foto: APA", "Rund 400.000 Wohnungen gelten als Altbau", "Postings", "Diskussion",
                  "Drei Jahre Deckel sind besser als nichts", "Weiterlesen",
                  "Die Kommentare von Userinnen und Usern", "Impressum"]


# ---------------------------------------------------------------- Swiss paper


def swiss(art: dict) -> tuple[str, list[str]]:
    body = render_body(
        art,
        lambda s: f'<section class="articlecomponent text"><p>{t(s)}</p></section>',
        lambda s: f'<section class="articlecomponent subtitle"><h2>{t(s)}</h2></section>',
        {1: '''<section class="articlecomponent infobox"><h3 class="infobox__title">Resultate nach Bezirk</h3>
  <table><tr><th>Bezirk</th><th>Ja</th><th>Nein</th></tr><tr><td>Bülach</td><td>66,1%</td><td>33,9%</td></tr><tr><td>Andelfingen</td><td>41,8%</td><td>58,2%</td></tr></table></section>''',
         4: '''<section class="articlecomponent teaser-inline"><span class="teaser-inline__label">Passend zum Artikel</span>
  <a href="/zuerich/glattalbahn-kosten-ld.1801220"><span class="teaser-inline__title">Die Glattalbahn wird teurer als geplant – wer zahlt?</span></a></section>'''},
    )
    html = f'''<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, times=False, locale="de_CH")}
{ld(news_ld(art, published=iso_utc(art["published"], ms=True), modified=iso_utc(art["modified"], ms=True)))}
</head>
<body class="article-page">
<header class="navigation"><a class="navigation__logo" href="/">Zürcher Tagespost</a>
  <ul><li><a href="/schweiz">Schweiz</a></li><li><a href="/zuerich">Zürich</a></li><li><a href="/international">International</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/feuilleton">Feuilleton</a></li></ul>
  <a class="navigation__abo" href="/abo">Abonnieren</a></header>
<main>
<article class="article">
  <header class="headline">
    <span class="headline__ressort"><a href="/zuerich">Zürich</a></span>
    <h1 class="headline__title">{t(art["title"])}</h1>
    <p class="headline__lead">{t(art["lead"])}</p>
  </header>
  <div class="metainfo">
    <span class="metainfo__item metainfo__item--author"><a href="/impressum/reto-brunner-ld.1388">{t(art["authors"][0])}</a></span>
    <time class="metainfo__item metainfo__item--date" datetime="{iso_utc(art["published"], ms=True)}">{de_short(art["published"], clock="%H.%M")}</time>
    <span class="metainfo__item metainfo__item--readtime">3 min</span>
  </div>
  <div class="article__tools"><button>Merken</button> <button>Drucken</button> <button>Teilen</button></div>
  <figure class="articlecomponent image"><img src="/images/glattalbahn-wallisellen.jpg" alt="Tram der Glattalbahn">
    <figcaption><span class="image__caption">Die Glattalbahn soll künftig bis nach Bassersdorf fahren.</span> <span class="image__credit">Ennio Leanza / Keystone</span></figcaption></figure>
{body}
</article>
<section class="more-from"><h2>Mehr aus Zürich</h2>
  <ul><li><a href="/zuerich/hardbruecke-sanierung">Die Hardbrücke wird saniert – Autofahrer müssen mit Staus rechnen</a></li>
  <li><a href="/zuerich/seebad-enge">Seebad Enge öffnet früher als geplant</a></li></ul></section>
</main>
<footer class="footer"><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <p>Copyright © Zürcher Tagespost AG. Alle Rechte vorbehalten.</p></footer>
</body>
</html>
'''
    return html, ["Passend zum Artikel", "Mehr aus Zürich", "Resultate nach Bezirk", "Bülach", "Andelfingen",
                  "Merken", "Drucken", "Keystone", "Die Glattalbahn soll künftig bis nach Bassersdorf fahren",
                  "Die Glattalbahn wird teurer als geplant", "Abonnieren", "Impressum"]


# ---------------------------------------------------------------- agency copy, site A (dpa byline)


def agency(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h2>{t(s)}</h2>")
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} - {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(news_ld(art, sourceOrganization={"@type": "Organization", "name": "dpa"}))}
</head>
<body>
<header id="top"><a href="/" class="brand">Küstenkurier</a>
  <nav><a href="/ostfriesland/">Ostfriesland</a> <a href="/niedersachsen/">Niedersachsen</a> <a href="/wissenschaft/">Wissenschaft</a> <a href="/panorama/">Panorama</a></nav></header>
<div id="main">
<article class="news-article">
  <p class="news-article__section"><a href="/wissenschaft/">Wissenschaft</a></p>
  <h1 class="news-article__title">{t(art["title"])}</h1>
  <p class="news-article__byline">Von {t(art["authors"][0])}, dpa <span class="sep">|</span> <time datetime="{iso(art["published"])}">{de_short(art["published"])}</time></p>
  <p class="news-article__teaser"><b>{t(art["lead"])}</b></p>
  <figure><img src="/bilder/seestern-watt.jpg" alt="Ein Seestern im Watt"><figcaption>Ein junger Seestern im Watt vor Wilhelmshaven. Foto: Sina Schuldt/dpa</figcaption></figure>
  <div class="news-article__text">
{body}
  </div>
  <p class="news-article__footer">© dpa-infocom, dpa:250320-930-409315/1</p>
  <div class="news-article__share">Artikel teilen: <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">E-Mail</a></div>
</article>
<aside class="sidebar"><h3>Meistgelesen</h3><ol><li><a href="/ostfriesland/faehre-juist-ausfall.html">Fähre nach Juist fällt wegen Niedrigwasser aus</a></li><li><a href="/niedersachsen/lehrermangel.html">Lehrermangel: Land stellt 700 Quereinsteiger ein</a></li></ol></aside>
</div>
<footer><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a> · © Küstenkurier Verlag</footer>
</body>
</html>
'''
    return html, ["dpa-infocom", "dpa:250320", "Foto: Sina Schuldt/dpa", "Ein junger Seestern im Watt vor Wilhelmshaven",
                  "Artikel teilen", "Meistgelesen", "Fähre nach Juist", "Impressum", "Von Jana Keller, dpa"]


# ---------------------------------------------------------------- agency copy, site B


def agency_copy(art: dict) -> tuple[str, list[str]]:
    body = render_body(
        art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h3>{t(s)}</h3>",
        {1: '<p class="readmore"><strong>Lesen Sie auch:</strong> <a href="/panorama/kegelrobben-helgoland-rekord-2025031911223344.html">Rekord bei den Kegelrobben auf Helgoland</a></p>',
         3: '<div class="ad ad--content"><span class="ad__label">Anzeige</span><div id="ad-content-2"></div></div>'})
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="keywords" content="{a(", ".join(art["tags"]))}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(news_ld(art, authors=[{"@type": "Organization", "name": "dpa"}]))}
</head>
<body class="ea-article">
<div class="ea-top"><a href="/" class="ea-logo">Elbe-Anzeiger</a> <span class="ea-claim">Nachrichten für Stade, Buxtehude und das Alte Land</span></div>
<ul class="ea-nav"><li><a href="/lokales/">Lokales</a></li><li><a href="/panorama/">Panorama</a></li><li><a href="/sport/">Sport</a></li><li><a href="/service/">Service</a></li></ul>
<div class="ea-content">
  <div class="ea-article__head">
    <div class="ea-article__date">{de_short(art["published"], sep=" | ")}</div>
    <h1>{t(art["title"])}</h1>
    <div class="ea-article__lead">{t(art["lead"])}</div>
  </div>
  <div class="ea-article__text">
{body}
  </div>
  <div class="ea-article__source">Quelle: dpa</div>
  <div class="ea-comments-closed">Die Kommentarfunktion ist für diesen Artikel geschlossen.</div>
</div>
<div class="ea-footer">Elbe-Anzeiger GmbH &amp; Co. KG · <a href="/impressum/">Impressum</a> · <a href="/kontakt/">Kontakt</a></div>
</body>
</html>
'''
    return html, ["Lesen Sie auch", "Rekord bei den Kegelrobben auf Helgoland", "Anzeige", "Quelle: dpa",
                  "Die Kommentarfunktion ist für diesen Artikel geschlossen", "Nachrichten für Stade",
                  "Impressum"]


# ---------------------------------------------------------------- liveblog


def liveblog_blocks(art: dict) -> list[tuple[str, str]]:
    out = []
    for _time, head, paras in art["entries"]:
        if head:
            out.append(("h", head))
        out.extend(("p", p) for p in paras)
    return out


def liveblog(art: dict) -> tuple[str, list[str]]:
    day = art["published"][:10]
    entries = []
    updates = []
    for time, head, paras in art["entries"]:
        stamp = f"{day} {time}"
        h = f'\n      <h2 class="liveblog-entry__title">{t(head)}</h2>' if head else ""
        ps = "\n".join(f"      <p>{t(p)}</p>" for p in paras)
        entries.append(f'''    <article class="liveblog-entry" id="entry-{time.replace(":", "")}">
      <div class="liveblog-entry__meta"><time datetime="{iso(stamp)}">{time} Uhr</time> <span class="liveblog-entry__author">{t(art["authors"][0] if time > "15:00" else art["authors"][1])}</span></div>{h}
{ps}
      <div class="liveblog-entry__share"><a href="#entry-{time.replace(":", "")}">Link zum Eintrag kopieren</a></div>
    </article>''')
        upd = {"@type": "BlogPosting", "headline": head or paras[0][:80], "datePublished": iso(stamp), "articleBody": " ".join(paras)}
        updates.append(upd)
    data = news_ld(art, kind="LiveBlogPosting", coverageStartTime=iso(art["published"]),
                   coverageEndTime=iso(f"{day} 23:59"), liveBlogUpdate=updates)
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(data)}
</head>
<body class="liveblog-page">
<header class="bw-header"><a href="/" class="bw-logo">Bayernwelle24</a><nav><a href="/nachrichten/bayern">Bayern</a> <a href="/nachrichten/deutschland-welt">Deutschland &amp; Welt</a> <a href="/sport">Sport</a> <a href="/wetter">Wetter</a></nav></header>
<main>
<article class="liveblog">
  <header class="liveblog__header">
    <span class="liveblog__badge">{t(art["kicker"])}</span>
    <h1 class="liveblog__title">{t(art["title"])}</h1>
    <p class="liveblog__teaser">{t(art["lead"])}</p>
    <p class="liveblog__meta">Von {t(and_join(art["authors"]))} · Zuletzt aktualisiert: <time datetime="{iso(art["modified"])}">{de_short(art["modified"])}</time></p>
  </header>
  <div class="liveblog__controls"><button class="liveblog__refresh">Neue Einträge laden</button> <label><input type="checkbox" checked> Automatisch aktualisieren</label></div>
  <div class="liveblog__entries">
{chr(10).join(entries)}
  </div>
  <button class="liveblog__more">Ältere Einträge anzeigen</button>
</article>
<aside class="service-box"><h3>Hochwasser: Wichtige Nummern</h3><p>Notruf Feuerwehr und Rettungsdienst: 112. Aktuelle Pegelstände finden Sie beim Hochwassernachrichtendienst Bayern.</p></aside>
</main>
<footer class="bw-footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
'''
    return html, ["Neue Einträge laden", "Automatisch aktualisieren", "Link zum Eintrag kopieren",
                  "Ältere Einträge anzeigen", "Wichtige Nummern", "Notruf Feuerwehr", "Zuletzt aktualisiert",
                  "Impressum"]


# ---------------------------------------------------------------- magazine, Yoast-like @graph


def magazine(art: dict) -> tuple[str, list[str]]:
    base = "https://stadtlicht-magazin.example/"
    person_id = base + "#/schema/person/6f1e0c3b2a"
    body = render_body(
        art, lambda s: f"<p>{t(s)}</p>", lambda s: f'<h2 class="wp-block-heading">{t(s)}</h2>',
        {3: '''<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2023/09/brandis-briefe-1024x683.jpg" alt="Vitrine mit Briefen">
<figcaption class="wp-element-caption">Briefe und Skizzenbücher aus dem Nachlass. Foto: Kunsthalle/Jens Möller</figcaption></figure>''',
         5: '''<div class="wp-block-group newsletter-cta"><h3 class="wp-block-heading">Kultur-Post</h3><p>Unsere Empfehlungen für das Wochenende – jeden Donnerstag kostenlos per E-Mail.</p><p><a class="wp-block-button__link" href="/newsletter/">Zum Newsletter</a></p></div>'''},
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": art["url"] + "#article", "isPartOf": {"@id": art["url"]},
             "author": {"@id": person_id}, "headline": art["title"],
             "datePublished": iso_utc(art["published"], "+00:00"), "dateModified": iso_utc(art["modified"], "+00:00"),
             "mainEntityOfPage": {"@id": art["url"]}, "wordCount": 612, "publisher": {"@id": base + "#organization"},
             "image": {"@id": art["url"] + "#primaryimage"}, "keywords": art["tags"], "articleSection": [art["section"]],
             "inLanguage": "de"},
            {"@type": "WebPage", "@id": art["url"], "url": art["url"], "name": art["title"] + " - Stadtlicht",
             "isPartOf": {"@id": base + "#website"}, "datePublished": iso_utc(art["published"], "+00:00"),
             "description": art["lead"], "breadcrumb": {"@id": art["url"] + "#breadcrumb"}, "inLanguage": "de"},
            {"@type": "ImageObject", "@id": art["url"] + "#primaryimage", "url": base + "wp-content/uploads/2023/09/brandis-hafen.jpg",
             "width": 1600, "height": 1067, "caption": "Lotte Brandis: Hafen im November, 1956"},
            {"@type": "BreadcrumbList", "@id": art["url"] + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Startseite", "item": base},
                {"@type": "ListItem", "position": 2, "name": "Kunst", "item": base + "kunst/"},
                {"@type": "ListItem", "position": 3, "name": art["title"]}]},
            {"@type": "WebSite", "@id": base + "#website", "url": base, "name": art["site_name"],
             "publisher": {"@id": base + "#organization"}, "inLanguage": "de"},
            {"@type": "Organization", "@id": base + "#organization", "name": art["site_name"], "url": base},
            {"@type": "Person", "@id": person_id, "name": art["authors"][0], "url": base + "autorin/clara-wendt/"},
        ],
    }
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(art["title"])} - Stadtlicht</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, utc=True)}
<meta name="author" content="{a(art["authors"][0])}">
<!-- This site is optimized with a SEO plugin -->
{ld(graph)}
<link rel="stylesheet" href="/wp-content/themes/stadtlicht/style.css?ver=2.3">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
<header class="site-header"><p class="site-title"><a href="/">Stadtlicht</a></p><p class="site-description">Das Kulturmagazin für Hamburg und den Norden</p>
  <nav class="main-navigation"><ul><li><a href="/kunst/">Kunst</a></li><li><a href="/buehne/">Bühne</a></li><li><a href="/musik/">Musik</a></li><li><a href="/literatur/">Literatur</a></li><li><a href="/film/">Film</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-7731" class="post-7731 post type-post status-publish category-kunst">
  <header class="entry-header">
    <span class="post-kicker">{t(art["kicker"])}</span>
    <h1 class="entry-title">{t(art["title"])}</h1>
    <p class="entry-excerpt">{t(art["lead"])}</p>
    <div class="entry-meta"><span class="byline">Text: <span class="author vcard"><a class="url fn n" href="/autorin/clara-wendt/">{t(art["authors"][0])}</a></span></span>
      <span class="posted-on"><time class="entry-date published" datetime="{iso_utc(art["published"], "+00:00")}">{de_long(art["published"])}</time><time class="updated" datetime="{iso_utc(art["modified"], "+00:00")}">{de_long(art["modified"])}</time></span></div>
  </header>
  <figure class="post-thumbnail"><img src="/wp-content/uploads/2023/09/brandis-hafen.jpg" alt="Gemälde eines Hafens">
    <figcaption>Lotte Brandis: „Hafen im November“, 1956. Foto: Kunsthalle/Jens Möller</figcaption></figure>
  <div class="entry-content">
{body}
<div class="info-box"><p><strong>Lotte Brandis. Zwischen Hafen und Himmel</strong><br>Hamburger Kunsthalle, Di–So 10–18 Uhr, Do bis 21 Uhr. Eintritt 16 Euro, ermäßigt 8 Euro.</p></div>
  </div>
  <footer class="entry-footer"><span class="tags-links">Schlagwörter: {", ".join(f'<a href="/tag/{a(x.lower())}/" rel="tag">{t(x)}</a>' for x in art["tags"])}</span></footer>
</article>
<section class="related-posts"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="/buehne/thalia-saisonstart/">Thalia Theater: Ein Saisonstart mit Wucht</a></li><li><a href="/kunst/deichtorhallen-fotografie/">Deichtorhallen zeigen Fotografie aus Westafrika</a></li></ul></section>
</main></div>
<footer class="site-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · Stadtlicht erscheint monatlich.</footer>
</body>
</html>
'''
    return html, ["Foto: Kunsthalle/Jens Möller", "Hafen im November", "Briefe und Skizzenbücher aus dem Nachlass",
                  "Kultur-Post", "Zum Newsletter", "Di–So 10–18 Uhr", "Eintritt 16 Euro",
                  "Das könnte Sie auch interessieren", "Thalia Theater", "Schlagwörter", "Text: ",
                  "Das Kulturmagazin für Hamburg und den Norden", "Zum Inhalt springen"]


# ---------------------------------------------------------------- OpenGraph only, no JSON-LD


def opengraph(art: dict) -> tuple[str, list[str]]:
    body = render_body(
        art, lambda s: f'<p class="text">{t(s)}</p>', lambda s: f'<h2 class="zwischentitel">{t(s)}</h2>',
        {1: '''<div class="match-box"><h4>Spielstatistik</h4><table class="match-stats"><tr><td>Ballbesitz</td><td>54 %</td><td>46 %</td></tr><tr><td>Torschüsse</td><td>11</td><td>14</td></tr><tr><td>Ecken</td><td>6</td><td>3</td></tr></table>
<p class="match-box__link"><a href="/liveticker/union-freiburg/">Zum Liveticker zum Nachlesen</a></p></div>'''},
    )
    d = local(art["published"])
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="author" content="{a(art["authors"][0])}">
{og_meta(art)}
</head>
<body>
<div class="page">
<header class="hdr"><a class="hdr__logo" href="/">ANSTOSS</a><ul class="hdr__nav"><li><a href="/fussball/bundesliga/">Bundesliga</a></li><li><a href="/fussball/2-bundesliga/">2. Liga</a></li><li><a href="/fussball/champions-league/">Champions League</a></li><li><a href="/tabelle/">Tabelle</a></li></ul></header>
<div class="ticker-bar">LIVE: Bayern – Mainz 2:0 (67.) · Leverkusen – Köln 1:1 (64.)</div>
<div class="article">
  <div class="article-head">
    <span class="roofline">{t(art["kicker"])}</span>
    <h1>{t(art["title"])}</h1>
    <div class="article-teaser">{t(art["lead"])}</div>
    <div class="article-info"><span class="author">{t(art["authors"][0])}</span> <span class="date">{d:%d.%m.%Y} – {d:%H:%M}</span></div>
  </div>
  <div class="article-text">
{body}
  </div>
  <div class="article-tags">{" ".join(f'<a href="/thema/{a(x.lower())}/">{t(x)}</a>' for x in art["tags"])}</div>
</div>
<div class="table-widget"><h3>Tabelle</h3><ol><li>Bayer 04 Leverkusen 22</li><li>FC Bayern München 20</li><li>VfB Stuttgart 18</li></ol></div>
</div>
<div class="footer">© Anstoss Online · <a href="/impressum/">Impressum</a></div>
</body>
</html>
'''
    return html, ["Spielstatistik", "Ballbesitz", "Torschüsse", "Liveticker zum Nachlesen", "LIVE:",
                  "Bayern – Mainz", "Bayer 04 Leverkusen 22", "Impressum"]


# ---------------------------------------------------------------- legacy pages (old encodings)


def legacy_cp1252(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f"<p><font face=\"Arial\" size=\"2\">{t(s)}</font></p>",
                       lambda s: f"<h3><font face=\"Arial\">{t(s)}</font></h3>")
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{t(art["title"])} - Westfalen-Kurier Online</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="keywords" content="{a(", ".join(art["tags"]))}">
<link rel="canonical" href="{a(art["url"])}">
<link rel="stylesheet" type="text/css" href="/css/wk_2009.css">
<script type="text/javascript" src="/js/ivw.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="kopf"><a href="/"><img src="/img/wk_logo.gif" width="300" height="60" border="0" alt="Westfalen-Kurier"></a></td></tr>
<tr><td width="160" valign="top" class="navi">
  <a href="/">Startseite</a><br><a href="/lokales/">Lokales</a><br><a href="/lokales/guetersloh/">&nbsp;&nbsp;Gütersloh</a><br><a href="/sport/">Sport</a><br><a href="/anzeigen/">Anzeigen</a><br><a href="/service/">Service</a>
</td>
<td width="820" valign="top" class="artikeltext">
  <p class="pfad"><font size="1">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/lokales/">Lokales</a> &gt; Gütersloh</font></p>
  <font class="dachzeile">{t(art["kicker"])}</font><br>
  <h1 class="ueberschrift">{t(art["title"])}</h1>
  <p class="autor"><font size="1">Von unserem Redakteur {t(art["authors"][0])}</font><br><span class="datum"><font size="1">{de_short(art["published"])}</font></span></p>
  <p class="vorspann"><b>{t(art["lead"])}</b></p>
  <table border="0" cellpadding="4" align="right" width="250"><tr><td><img src="/bilder/2023/02/fernwaerme.jpg" width="240" alt=""><br><font size="1">Fernwärmeleitung im Stadtgebiet. Foto: WK-Archiv</font></td></tr></table>
{body}
  <p class="werkzeug"><font size="1"><a href="javascript:window.print()">Artikel drucken</a> | <a href="/versenden/?id=1337642">Artikel versenden</a> | <a href="#top">Seitenanfang</a></font></p>
</td></tr>
<tr><td colspan="2" class="fuss"><font size="1">© 2023 Westfalen-Kurier Verlag · <a href="/impressum/">Impressum</a></font></td></tr>
</table>
</body>
</html>
'''
    return html, ["Sie sind hier", "Von unserem Redakteur", "Foto: WK-Archiv", "Fernwärmeleitung im Stadtgebiet",
                  "Artikel drucken", "Artikel versenden", "Seitenanfang", "Impressum", "Anzeigen"]


def legacy_latin1(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h4>{t(s)}</h4>")
    html = f'''<html>
<head>
<title>{t(art["title"])}</title>
<link rel="canonical" href="{a(art["url"])}">
</head>
<body>
<div id="kopf"><img src="/grafik/kopf.gif" alt="Südthüringer Rundschau"></div>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/wissenschaft/">Wissenschaft</a></div>
<div id="inhalt">
<h1>{t(art["title"])}</h1>
<div class="datum">Veröffentlicht am {local(art["published"]):%d.%m.%Y um %H:%M} Uhr</div>
<p class="einleitung"><i>{t(art["lead"])}</i></p>
{body}
<p class="autor">Text: {t(art["authors"][0])}</p>
<div class="links"><a href="/leserbrief/?artikel=88213">Leserbrief schreiben</a> | <a href="/wissenschaft/">Zurück zur Übersicht</a></div>
</div>
<div id="fuss">© Südthüringer Rundschau · Alle Rechte vorbehalten</div>
</body>
</html>
'''
    return html, ["Sie sind hier", "Text: ", "Leserbrief schreiben", "Zurück zur Übersicht",
                  "Alle Rechte vorbehalten", "Veröffentlicht am"]


# ---------------------------------------------------------------- national news site


def national(art: dict) -> tuple[str, list[str]]:
    body = render_body(
        art,
        lambda s: f'<div class="RichText"><p>{t(s)}</p></div>',
        lambda s: f'<h3 class="subheadline">{t(s)}</h3>',
        {0: '''<figure class="inline-figure"><img src="/images/feld-brandenburg-trocken.jpg" alt="Trockenes Feld">
<figcaption><p>Ausgetrocknetes Feld in Brandenburg: Im Osten fiel vielerorts kaum Regen.</p><span class="credit">Foto: Martin Ebel / dpa</span></figcaption></figure>''',
         3: '''<aside class="related-box"><h3>Mehr zum Thema</h3><ul>
<li><a href="/wissenschaft/hitzeschutz-staedte-a-91ab.html">Hitzeschutz: Was Städte jetzt tun müssen</a></li>
<li><a href="/wirtschaft/duerre-landwirte-ernte-a-77cd.html">Dürre im Osten: Landwirte fürchten Ernteausfälle</a></li></ul></aside>''',
         4: '<div class="ad-container"><span class="ad-label">Anzeige</span><div id="zs-ad-mid"></div></div>'},
    )
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["kicker"])}: {t(art["title"])} - DER ZEITSPIEGEL</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art, times=False)}
<meta name="date" content="{iso(art["published"])}">
<meta name="last-modified" content="{iso(art["modified"])}">
{ld(news_ld(art))}
</head>
<body>
<header data-area="header"><a href="/" class="logo">DER ZEITSPIEGEL</a><nav><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/wissenschaft/">Wissenschaft</a> <a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a></nav></header>
<main id="Inhalt">
<article aria-label="{a(art["title"])}">
  <header data-area="intro">
    <h2>
      <span class="kicker">{t(art["kicker"])}</span>
      <span class="headline">{t(art["title"])}</span>
    </h2>
    <div class="leadtext">{t(art["lead"])}</div>
    <div class="byline">Von <a href="/impressum/autor-katrin-sommer">{t(art["authors"][0])}</a></div>
    <time datetime="{iso(art["published"])}" class="timeformat">{de_short(art["published"], sep=", ")}</time>
  </header>
  <div data-area="body">
{body}
  </div>
  <div data-area="footer"><p class="feedback">Haben Sie einen Fehler gefunden? <a href="/kontakt/">Schreiben Sie uns</a>.</p>
    <div class="share">Artikel teilen: <a href="#">E-Mail</a> <a href="#">X</a> <a href="#">Facebook</a></div></div>
</article>
<section class="more"><h2>Weitere Artikel aus Wissenschaft</h2><ul><li><a href="/wissenschaft/gletscher-alpen-a-11ee.html">Alpengletscher schmelzen schneller als erwartet</a></li></ul></section>
</main>
<footer><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
</body>
</html>
'''
    return html, ["Mehr zum Thema", "Hitzeschutz: Was Städte jetzt tun müssen", "Dürre im Osten: Landwirte fürchten",
                  "Ausgetrocknetes Feld in Brandenburg", "Foto: Martin Ebel", "Anzeige",
                  "Haben Sie einen Fehler gefunden?", "Artikel teilen", "Weitere Artikel aus Wissenschaft",
                  "Alpengletscher", "Impressum"]


# ---------------------------------------------------------------- consent wall


def consent(art: dict) -> tuple[str, list[str]]:
    body = render_body(art, lambda s: f'<p class="rte__paragraph">{t(s)}</p>',
                       lambda s: f'<h2 class="rte__h2">{t(s)}</h2>',
                       {3: '<div class="id-StoryElement-embed"><p class="embed-consent">An dieser Stelle finden Sie einen externen Inhalt von X. Um ihn anzuzeigen, benötigen wir Ihre Zustimmung. <button>Inhalt anzeigen</button></p></div>'})
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["kicker"])}: {t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(news_ld(art))}
<script>window._sp_queue = []; window._sp_ = {{config: {{accountId: 1234, baseEndpoint: "https://consent.rhein-main-post.example"}}}};</script>
<style>.consent-overlay{{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6)}} body.consent-open{{overflow:hidden}}</style>
</head>
<body class="consent-open">
<div id="sp_message_container_855034" class="consent-overlay">
  <div class="message-container" role="dialog" aria-label="Datenschutzeinstellungen">
    <h2>Wir brauchen Ihre Zustimmung</h2>
    <p>Wir und unsere 146 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten, z. B. eindeutige Identifikatoren und standardmäßige Informationen, die von einem Gerät für personalisierte Werbung und Inhalte, Werbe- und Inhaltsmessungen sowie Erkenntnisse über Zielgruppen gesendet werden.</p>
    <p>Sie können Ihre Auswahl jederzeit über den Link „Datenschutz-Einstellungen“ am Ende der Seite ändern.</p>
    <button class="message-button accept">Alle akzeptieren</button>
    <button class="message-button pur">Werbefrei lesen mit RMP pur</button>
    <a class="message-link" href="/datenschutz/">Einstellungen oder ablehnen</a>
  </div>
</div>
<header class="id-SiteHeader"><a href="/" class="id-SiteHeader-logo">Rhein-Main-Post</a><nav><a href="/frankfurt/">Frankfurt</a> <a href="/region/">Region</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/eintracht/">Eintracht</a></nav></header>
<main>
<article class="id-Story">
  <header class="id-Story-header">
    <p class="id-Story-kicker">{t(art["kicker"])}</p>
    <h1 class="id-Story-title">{t(art["title"])}</h1>
    <p class="id-Story-lead">{t(art["lead"])}</p>
    <div class="id-Story-authors">Von <span class="id-Story-author">{t(art["authors"][0])}</span> und <span class="id-Story-author">{t(art["authors"][1])}</span></div>
    <div class="id-Story-dates">Erstellt: <time datetime="{iso(art["published"])}">{de_short(art["published"], suffix=" Uhr")}</time> · Aktualisiert: <time datetime="{iso(art["modified"])}">{de_short(art["modified"], suffix=" Uhr")}</time></div>
  </header>
  <figure class="id-Story-image"><img src="/bilder/ice-bahnhof.jpg" alt="ICE im Hauptbahnhof"><figcaption>Ein ICE im Frankfurter Hauptbahnhof. © Boris Roessler/dpa</figcaption></figure>
  <div class="id-Story-body">
{body}
  </div>
  <div class="id-Story-footer">Auch interessant: <a href="/wirtschaft/tarifrunde-oeffentlicher-dienst-92660012.html">Tarifrunde im öffentlichen Dienst: Verdi droht mit Streiks</a></div>
</article>
</main>
<footer><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz-Einstellungen</a></footer>
</body>
</html>
'''
    return html, ["Wir brauchen Ihre Zustimmung", "146 Partner", "personenbezogene Daten", "Alle akzeptieren",
                  "Werbefrei lesen", "Einstellungen oder ablehnen", "externen Inhalt von X",
                  "Ein ICE im Frankfurter Hauptbahnhof", "Boris Roessler", "Auch interessant",
                  "Tarifrunde im öffentlichen Dienst", "Erstellt:", "Aktualisiert:", "Impressum"]


# ---------------------------------------------------------------- newsletter box and comments


def community(art: dict) -> tuple[str, list[str]]:
    body = render_body(
        art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h2>{t(s)}</h2>",
        {1: '''<div class="newsletter-box"><h3>Der Olympia-Newsletter</h3><p>Alle Entscheidungen des Tages kompakt in Ihrem Postfach – jeden Abend um 20 Uhr.</p>
<form action="/newsletter/olympia" method="post"><input type="email" placeholder="Ihre E-Mail-Adresse"><button type="submit">Jetzt kostenlos anmelden</button></form>
<p class="newsletter-box__legal">Mit der Anmeldung akzeptieren Sie unsere Datenschutzhinweise.</p></div>'''},
    )
    html = f'''<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
<link rel="shortlink" href="https://www.sportkurier.example/node/552190">
{og_meta(art)}
{ld(news_ld(art))}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><a href="/" rel="home" class="site-logo">Sportkurier</a>
<nav role="navigation"><ul class="menu"><li><a href="/fussball">Fußball</a></li><li><a href="/olympia">Olympia</a></li><li><a href="/wintersport">Wintersport</a></li><li><a href="/handball">Handball</a></li></ul></nav></header>
<div class="medal-table-strip">Medaillenspiegel: 1. USA · 2. China · 3. Frankreich … 9. Deutschland</div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article role="article" class="node node--type-article node--view-mode-full">
  <div class="node__kicker field field--name-field-kicker">{t(art["kicker"])}</div>
  <h1 class="page-title"><span class="field field--name-title">{t(art["title"])}</span></h1>
  <div class="field field--name-field-teaser"><p>{t(art["lead"])}</p></div>
  <div class="node__meta"><span class="field--name-field-author">{t(art["authors"][0])}</span>, <span class="field--name-created"><time datetime="{iso_utc(art["published"])}">{de_short(art["published"])}</time></span></div>
  <div class="field field--name-field-image"><img src="/sites/default/files/2024-08/hartwig-ziel.jpg" alt="Lena Hartwig jubelt im Ziel">
    <div class="field--name-field-caption">Lena Hartwig jubelt im Ziel über Silber. Foto: Jan Woitas/dpa</div></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
  </div>
  <div class="field field--name-field-tags"><div class="field__label">Themen</div>{"".join(f'<div class="field__item"><a href="/thema/{a(x.lower())}">{t(x)}</a></div>' for x in art["tags"])}</div>
</article>
<section class="comments" id="comments">
  <h2 class="comments__title">Kommentare (2)</h2>
  <article class="comment"><p class="comment__author">Kanufan_BB</p><p class="comment__time">03.08.2024, 14:02</p>
    <div class="comment__content"><p>Glückwunsch an Lena! Was für ein Rennen, ich hatte Gänsehaut.</p></div><ul class="links"><li><a href="#">Antworten</a></li><li><a href="#">Melden</a></li></ul></article>
  <article class="comment"><p class="comment__author">Paddler1972</p><p class="comment__time">03.08.2024, 14:31</p>
    <div class="comment__content"><p>Schade um Gold, aber Carrington ist einfach eine Klasse für sich.</p></div><ul class="links"><li><a href="#">Antworten</a></li><li><a href="#">Melden</a></li></ul></article>
  <h3>Kommentar schreiben</h3><p class="comments__login">Bitte melden Sie sich an, um zu kommentieren.</p>
</section>
</main>
<footer role="contentinfo"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/newsletter">Newsletter</a></footer>
</div>
</body>
</html>
'''
    return html, ["Der Olympia-Newsletter", "Jetzt kostenlos anmelden", "Datenschutzhinweise", "Ihre E-Mail-Adresse",
                  "Kommentare (2)", "Glückwunsch an Lena", "Schade um Gold", "Kommentar schreiben",
                  "Medaillenspiegel", "Foto: Jan Woitas", "jubelt im Ziel über Silber", "Direkt zum Inhalt",
                  "Themen", "Impressum", "Antworten", "Melden"]


# ---------------------------------------------------------------- browser "save page as"


def saved(art: dict) -> tuple[str, list[str]]:
    host = art["url"].split("/")[2]
    saved_url = art["url"] + "?utm_source=newsletter&utm_medium=email&utm_campaign=morgenlage"
    folder = "./Scholz und Macron wollen gemeinsam Europas Verteidigung stärken_files"
    body = render_body(
        art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h2>{t(s)}</h2>",
        {2: f'''<div class="audio-player"><img src="{folder}/play.svg" alt=""> <span>Artikel anhören</span> <span class="audio-player__duration">4:12 Min.</span></div>''',
         5: '''<div class="inline-teaser"><span class="inline-teaser__label">Lesen Sie mehr zum Thema</span> <a href="../ausland/europawahl-umfragen-art-1170311">Europawahl: Was die Umfragen in Frankreich zeigen</a></div>'''},
    )
    html = f'''<!DOCTYPE html>
<!-- saved from url=({len(saved_url):04d}){saved_url} -->
<html lang="de" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<base href="https://{host}/politik/deutschland/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<meta name="description" content="{a(art["lead"])}">
{og_meta(art, times=False)}
<link rel="stylesheet" href="{folder}/main.3f9a1c.css">
<script async="" src="{folder}/gpt.js"></script>
<script src="{folder}/app.bundle.js"></script>
</head>
<body class="article-detail">
<div class="hb-header"><a href="https://{host}/" class="hb-logo"><img src="{folder}/logo.svg" alt="Hauptstadtblatt"></a>
  <ul class="hb-nav"><li><a href="../">Politik</a></li><li><a href="../../berlin/">Berlin</a></li><li><a href="../../wirtschaft/">Wirtschaft</a></li><li><a href="../../kultur/">Kultur</a></li></ul></div>
<div class="hb-main">
<article itemscope="" itemtype="https://schema.org/NewsArticle">
  <meta itemprop="mainEntityOfPage" content="{a(art["url"])}">
  <meta itemprop="dateModified" content="{iso(art["modified"])}">
  <meta itemprop="articleSection" content="{a(art["section"])}">
  <meta itemprop="keywords" content="{a(", ".join(art["tags"]))}">
  <div class="hb-article-head">
    <p class="hb-kicker">{t(art["kicker"])}</p>
    <h1 itemprop="headline">{t(art["title"])}</h1>
    <p class="hb-lead" itemprop="description">{t(art["lead"])}</p>
    <div class="hb-meta"><span itemprop="author" itemscope="" itemtype="https://schema.org/Person">Von <span itemprop="name">{t(art["authors"][0])}</span></span>
      · <time itemprop="datePublished" datetime="{iso(art["published"])}">{de_short(art["published"])}</time></div>
  </div>
  <figure class="hb-figure"><img src="{folder}/meseberg-pk.jpg" alt="Scholz und Macron bei der Pressekonferenz"><figcaption>Olaf Scholz und Emmanuel Macron bei der Pressekonferenz in Meseberg. Foto: Michael Kappeler/dpa</figcaption></figure>
  <div class="hb-article-body" itemprop="articleBody">
{body}
  </div>
  <div itemprop="publisher" itemscope="" itemtype="https://schema.org/Organization"><meta itemprop="name" content="{a(art["site_name"])}"></div>
</article>
<div class="hb-quiz"><h3>Quiz der Woche</h3><p>Testen Sie Ihr Wissen über die Woche in Berlin.</p></div>
</div>
<div class="hb-footer"><a href="../../impressum">Impressum</a> · <a href="../../datenschutz">Datenschutz</a></div>
</body></html>
'''
    return html, ["Artikel anhören", "4:12 Min.", "Lesen Sie mehr zum Thema", "Europawahl: Was die Umfragen",
                  "Foto: Michael Kappeler", "bei der Pressekonferenz in Meseberg", "Quiz der Woche",
                  "Testen Sie Ihr Wissen", "saved from url", "Impressum"]


# ---------------------------------------------------------------- business paper with correction note


def business(art: dict) -> tuple[str, list[str]]:
    blocks_ = blocks(art)
    correction = blocks_[-1][1]
    art_wo = dict(art, body=art["body"][:-1])
    body = render_body(
        art_wo, lambda s: f'<p class="c-paragraph">{t(s)}</p>', lambda s: f'<h3 class="c-subheadline">{t(s)}</h3>',
        {1: '''<div class="c-stock-widget"><span class="c-stock-widget__title">Kursdaten</span>
<table><tr><td>Volkswagen Vz.</td><td>94,12 €</td><td>-5,2 %</td></tr><tr><td>BMW St.</td><td>72,40 €</td><td>-4,8 %</td></tr><tr><td>Mercedes-Benz Group</td><td>53,18 €</td><td>-5,6 %</td></tr></table>
<p class="c-stock-widget__note">Kurse verzögert um 15 Minuten</p></div>''',
         4: '<div class="c-premium-teaser"><span class="c-premium-teaser__label">WK Premium</span> <a href="/politik/zollstreit-szenarien/100118790.html">Zollstreit: Drei Szenarien für die deutsche Wirtschaft</a></div>'},
    )
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["kicker"])}: {t(art["title"])}</title>
<meta name="description" content="{a(art["lead"])}">
<link rel="canonical" href="{a(art["url"])}">
{og_meta(art)}
{ld(news_ld(art))}
</head>
<body>
<header class="c-header"><a href="/" class="c-header__logo">Wirtschaftskurier</a>
<nav><a href="/politik/">Politik</a> <a href="/unternehmen/">Unternehmen</a> <a href="/finanzen/">Finanzen</a> <a href="/technologie/">Technologie</a></nav>
<div class="c-ticker">DAX 21.713 -2,1 % · Euro/Dollar 1,09</div></header>
<main>
<article class="c-article">
  <div class="c-article__head">
    <span class="c-overline">{t(art["kicker"])}</span>
    <h1 class="c-headline">{t(art["title"])}</h1>
    <p class="c-leadtext">{t(art["lead"])}</p>
    <div class="c-meta"><span class="c-meta__authors">{", ".join(t(x) for x in art["authors"])}</span>
      <span class="c-meta__date">{de_short(art["published"], sep=" - ")}</span>
      <span class="c-meta__updated">Aktualisiert: {de_short(art["modified"], sep=" - ")}</span></div>
  </div>
  <div class="c-article__body">
{body}
    <p class="c-paragraph c-correction"><em>{t(correction)}</em></p>
  </div>
  <div class="c-article__end">
    <div class="c-share">Artikel teilen</div>
    <a class="c-back" href="/">Zur Startseite</a>
  </div>
</article>
</main>
<footer class="c-footer"><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> <a href="/abo/">Abo</a></footer>
</body>
</html>
'''
    return html, ["Kursdaten", "Volkswagen Vz.", "Kurse verzögert", "WK Premium", "Zollstreit: Drei Szenarien",
                  "DAX 21.713", "Aktualisiert:", "Artikel teilen", "Zur Startseite", "Impressum"]


# ---------------------------------------------------------------- AMP page


def amp(art: dict) -> tuple[str, list[str]]:
    amp_url = art["url"].replace(".html", ".amp.html")
    body = render_body(
        art, lambda s: f"<p>{t(s)}</p>", lambda s: f"<h2>{t(s)}</h2>",
        {1: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/wr/politik/mr1"><div placeholder>Anzeige</div></amp-ad>',
         4: '<amp-accordion class="related"><section><h4>Mehr zum Thema</h4><ul><li><a href="/politik/deutschlandticket-fragen-antworten-id300417790.html">Deutschlandticket: Die wichtigsten Fragen und Antworten</a></li></ul></section></amp-accordion>'},
    )
    html = f"""<!doctype html>
<html ⚡ lang="de">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.example/v0/amp-accordion-0.1.js"></script>
<title>{t(art["title"])} | {t(art["site_name"])}</title>
<link rel="canonical" href="{a(art["url"])}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{a(art["lead"])}">
{og_meta(art, times=False)}
{ld(news_ld(art, url=amp_url))}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.kicker{{color:#c00}} .lead{{font-weight:700}}</style>
</head>
<body>
<header class="amp-header"><a href="https://www.westdeutsche-runde.example/">Westdeutsche Runde</a> <a class="amp-header__full" href="{a(art["url"])}">Zur Vollversion</a></header>
<article>
  <p class="kicker">{t(art["kicker"])}</p>
  <h1>{t(art["title"])}</h1>
  <p class="lead">{t(art["lead"])}</p>
  <p class="meta">Von {t(art["authors"][0])} | <time datetime="{iso(art["published"])}">{de_short(art["published"])}</time></p>
  <amp-img src="/img/deutschlandticket-automat.jpg" width="1200" height="675" layout="responsive" alt="Fahrkartenautomat"></amp-img>
  <p class="caption">Ein Fahrkartenautomat in Düsseldorf. Foto: Federico Gambarini/dpa</p>
{body}
  <amp-social-share type="whatsapp"></amp-social-share> <amp-social-share type="email"></amp-social-share>
</article>
<footer><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · © Westdeutsche Runde</footer>
</body>
</html>
"""
    return html, ["Zur Vollversion", "Anzeige", "Mehr zum Thema", "Die wichtigsten Fragen und Antworten",
                  "Ein Fahrkartenautomat in Düsseldorf", "Foto: Federico Gambarini", "Impressum"]


# ---------------------------------------------------------------- old CMS: paragraphs split by <br><br>


def brbr(art: dict) -> tuple[str, list[str]]:
    chunks: list[str] = []
    run: list[str] = []
    for i, (kind, text) in enumerate(blocks(art)):
        if kind == "h":
            chunks.append("<br><br>\n".join(run))
            chunks.append(f'<h3 class="zwischentitel">{t(text)}</h3>')
            run = []
            continue
        if i == 0 and text.startswith("Köln. "):
            run.append(f"<strong>Köln.</strong> {t(text[6:])}")
        else:
            run.append(t(text))
        if i == 1:
            run[-1] += '\n<div class="inline-gallery"><a href="/koeln/bildergalerie-dom-geruest_bid-9021">Bildergalerie: Der Dom im Gerüst (12 Bilder)</a></div>'
    chunks.append("<br><br>\n".join(run))
    d = local(art["published"])
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{t(art["title"])} | Rheinischer Bote</title>
<meta name="description" content="{a(art["lead"])}">
<meta name="date" content="{iso(art["published"])}">
<meta name="author" content="{a(art["authors"][0])}">
<meta name="keywords" content="{a(", ".join(art["tags"]))}">
<link rel="canonical" href="{a(art["url"])}">
<meta property="og:site_name" content="{a(art["site_name"])}">
<meta property="og:title" content="{a(art["title"])}">
<meta property="og:url" content="{a(art["url"])}">
</head>
<body>
<div id="header"><a href="/"><img src="/img/logo_rb.png" alt="Rheinischer Bote"></a>
<ul id="nav"><li><a href="/koeln/">Köln</a></li><li><a href="/region/">Region</a></li><li><a href="/nrw/">NRW</a></li><li><a href="/sport/fc/">1. FC Köln</a></li></ul></div>
<div id="content">
<div class="article">
<div class="article-date">{d:%d.%m.%y}, {d:%H:%M} Uhr</div>
<h1>{t(art["title"])}</h1>
<div class="article-intro">{t(art["lead"])}</div>
<div class="article-author">Von {t(art["authors"][0])}</div>
<div class="article-text">
{chr(10).join(chunks)}
</div>
<div class="article-tools"><a href="/leserbrief/?aid=90215537">Lesermeinung schreiben</a> | <a href="/empfehlen/?aid=90215537">Artikel empfehlen</a> | <a href="/">Zur Startseite</a></div>
</div>
<div class="more"><h2>Weitere Nachrichten aus Köln</h2><ul><li><a href="/koeln/rheinufer-sperrung_aid-90214410">Rheinufer: Sperrung wegen Bauarbeiten verlängert</a></li></ul></div>
</div>
<div id="footer">© Rheinischer Bote Medienhaus · <a href="/impressum/">Impressum</a></div>
</body>
</html>
"""
    return html, ["Bildergalerie", "Der Dom im Gerüst", "Lesermeinung schreiben", "Artikel empfehlen",
                  "Zur Startseite", "Weitere Nachrichten aus Köln", "Rheinufer: Sperrung", "Impressum"]


STYLES = {
    "broadcaster": broadcaster,
    "wordpress": wordpress,
    "paywall": paywall,
    "austrian": austrian,
    "swiss": swiss,
    "agency": agency,
    "agency_copy": agency_copy,
    "liveblog": liveblog,
    "magazine": magazine,
    "opengraph": opengraph,
    "legacy_cp1252": legacy_cp1252,
    "legacy_latin1": legacy_latin1,
    "national": national,
    "consent": consent,
    "community": community,
    "saved": saved,
    "business": business,
    "amp": amp,
    "brbr": brbr,
}
