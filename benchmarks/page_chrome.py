# ruff: noqa: E501  (long lines are HTML templates)
"""Site furniture around a generated article, so saved pages weigh what real ones do.

Real saved German news pages are mostly not article: the dev sets here have a median size of
about 100 KB (extraction-dev) and 240 KB (news-pages-dev), while the article body is a few KB.
The rest is a navigation menu, a consent dialog, inline CSS and SVG icons, analytics and
hydration scripts (often repeating the article text as JSON), teaser lists, ad slots, a
comment section and a footer full of links. ``Chrome`` writes those parts with German text
drawn from the same sentence pool as the articles, at sizes drawn from a log-normal
distribution around the dev sets' median; extractors pay the cost they pay on real pages.
"""

from __future__ import annotations

import json
import math
import random
from html import escape

SECTIONS = {
    "Politik": ["Deutschland", "Europa", "Ausland", "Bundestag", "Wahlen", "Verteidigung"],
    "Wirtschaft": ["Unternehmen", "Finanzen", "Börse", "Verbraucher", "Energie", "Arbeit", "Immobilien"],
    "Sport": ["Fußball", "Bundesliga", "Handball", "Wintersport", "Formel 1", "Tennis", "Ergebnisse"],
    "Kultur": ["Film", "Musik", "Literatur", "Theater", "Kunst", "Streaming"],
    "Wissen": ["Klima", "Gesundheit", "Forschung", "Weltraum", "Umwelt"],
    "Regional": ["Stadt", "Landkreis", "Polizeimeldungen", "Verkehr", "Veranstaltungen", "Blaulicht"],
    "Digital": ["Netzpolitik", "Smartphones", "Künstliche Intelligenz", "Games"],
    "Ratgeber": ["Geld", "Recht", "Reise", "Auto", "Familie", "Essen und Trinken"],
    "Meinung": ["Kommentare", "Kolumnen", "Leserbriefe"],
    "Service": ["Wetter", "Newsletter", "Podcasts", "E-Paper", "Abo", "Gewinnspiele"],
}
FOOTER = ["Impressum", "Datenschutz", "Datenschutz-Einstellungen", "AGB", "Kontakt", "Mediadaten",
          "Jobs", "Abo kündigen", "Barrierefreiheit", "Hilfe & FAQ", "Leserservice",
          "Anzeigen aufgeben", "Nutzungsbedingungen", "Redaktion", "Presse", "RSS-Feeds",
          "Archiv", "Themenübersicht", "Sitemap", "Cookie-Richtlinie"]
VENDORS = ["Google Advertising Products", "Meta Platforms", "Xandr", "Criteo", "Taboola",
           "Outbrain", "INFOnline", "Adform", "The Trade Desk", "Amazon Advertising",
           "Microsoft Advertising", "Index Exchange", "PubMatic", "Magnite", "Teads",
           "Seedtag", "Yieldlove", "Chartbeat", "Piano", "Usercentrics", "Sourcepoint",
           "Hotjar", "Kameleoon", "YouTube", "Vimeo", "X (Twitter)", "Instagram", "TikTok",
           "Spotify", "Podigee", "Datawrapper", "Flourish", "Opinary", "Glomex"]
NICKS = ["Hanseat77", "bergfex", "Leserin_K", "m.weber", "Kritischer_Geist", "Ruhrpott-Jung",
         "Elbsegler", "Zaungast", "Querleser", "Waldkauz", "NordlichtHB", "Pfälzer Bub",
         "anna_l", "Dr. Skeptisch", "sonnenblume62", "Fritz K.", "Gelegenheitsleser"]
LOREM_CSS = ["margin", "padding", "font-size", "line-height", "color", "background",
             "display", "grid-template-columns", "border-radius", "letter-spacing"]


class Chrome:
    """Writes the non-article parts of a page (see the module docstring)."""

    def __init__(self, texts: list[str], rng: random.Random, median_kb: float = 110.0,
                 sigma: float = 0.6) -> None:
        self.texts = texts
        self.rng = rng
        self.median = median_kb * 1024
        self.sigma = sigma

    # -- small parts -------------------------------------------------------------------------
    def _sentence(self) -> str:
        return self.rng.choice(self.texts)

    def _headline(self) -> str:
        words = self._sentence().rstrip(".!?").split()
        return " ".join(words[: self.rng.randint(5, 10)])

    def _href(self, host: str, text: str) -> str:
        slug = "-".join(w.lower() for w in text.split()[:6] if w.isalnum()) or "artikel"
        return f"https://{host}/{slug}-{self.rng.randrange(10**7)}.html"

    def _img(self, host: str) -> str:
        n = self.rng.randrange(10**9)
        widths = (320, 480, 640, 960, 1280)
        srcset = ", ".join(f"https://img.{host}/images/{n}/{w}x{w * 9 // 16}.jpg {w}w"
                           for w in widths)
        return (f'<img src="https://img.{host}/images/{n}/640x360.jpg" srcset="{srcset}" '
                f'sizes="(min-width: 1024px) 640px, 100vw" loading="lazy" alt="" width="640" height="360">')

    def _teaser(self, host: str, image: bool) -> str:
        head = escape(self._headline())
        lead = escape(self._sentence())
        pic = f'<figure class="teaser__media">{self._img(host)}</figure>' if image else ""
        return (f'<article class="teaser teaser--{self.rng.choice(("small", "medium", "large"))}">{pic}'
                f'<a class="teaser__link" href="{self._href(host, head)}"><span class="teaser__kicker">'
                f'{escape(self.rng.choice(list(SECTIONS)))}</span><h3 class="teaser__title">{head}</h3></a>'
                f'<p class="teaser__text">{lead}</p></article>')

    def style(self) -> str:
        rules = []
        for i in range(self.rng.randint(60, 160)):
            props = ";".join(f"{p}:{self.rng.randint(0, 48)}px" for p in
                             self.rng.sample(LOREM_CSS, 4))
            rules.append(f".c-{i:x}-{self.rng.choice(('wrap', 'item', 'title', 'meta', 'grid'))}{{{props}}}")
        return "<style>" + "".join(rules) + "</style>"

    def icons(self) -> str:
        symbols = []
        for name in ("search", "menu", "close", "share", "facebook", "x", "whatsapp", "mail",
                     "print", "bookmark", "play", "user", "arrow"):
            pts = " ".join(f"{self.rng.randint(0, 24)}.{self.rng.randint(0, 99)}" for _ in range(40))
            symbols.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="M{pts}z"/></symbol>')
        return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(symbols)}</svg>'

    def header(self, site: str, host: str) -> str:
        menu = []
        for sec, subs in SECTIONS.items():
            items = "".join(f'<li><a href="https://{host}/{sec.lower()}/{s.lower().replace(" ", "-")}/">{escape(s)}</a></li>'
                            for s in subs)
            menu.append(f'<li class="nav__item"><a href="https://{host}/{sec.lower()}/">{escape(sec)}</a>'
                        f'<ul class="nav__sub">{items}</ul></li>')
        return (f'<a class="skip" href="#content">Zum Inhalt springen</a><header class="site-header">'
                f'<a href="https://{host}/" class="logo" aria-label="{escape(site)} Startseite">{escape(site)}</a>'
                f'<form class="search" action="/suche"><input name="q" placeholder="Suchbegriff eingeben"><button>Suchen</button></form>'
                f'<a href="/login">Anmelden</a> <a href="/abo">Jetzt abonnieren</a>'
                f'<nav class="nav" aria-label="Hauptnavigation"><ul>{"".join(menu)}</ul></nav></header>')

    def consent(self, site: str) -> str:
        vendors = "".join(f'<li><label><input type="checkbox" checked> {escape(v)}</label>'
                          f'<p>Zwecke: Informationen auf einem Gerät speichern, personalisierte Anzeigen, Messung der Werbeleistung.</p></li>'
                          for v in self.rng.sample(VENDORS, self.rng.randint(12, len(VENDORS))))
        return (f'<div id="consent" role="dialog" aria-label="Datenschutz-Einstellungen"><h2>Wir brauchen Ihre Zustimmung</h2>'
                f"<p>{escape(site)} und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein "
                "optimales Nutzungserlebnis zu bieten, Inhalte und Anzeigen zu personalisieren und die Zugriffe "
                "auf unsere Website zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der "
                "Verarbeitung Ihrer Daten zu. Ihre Einwilligung können Sie jederzeit in den "
                "Datenschutz-Einstellungen widerrufen.</p><button>Alle akzeptieren</button> "
                f"<button>Einstellungen</button><ul class=\"vendors\">{vendors}</ul></div>")

    def sidebar(self, host: str) -> str:
        most = "".join(f"<li>{self._teaser(host, False)}</li>" for _ in range(self.rng.randint(5, 10)))
        ads = "".join(f'<div class="ad-slot" id="ad-sidebar-{i}" data-size="300x250" data-position="sidebar"></div>'
                      for i in range(self.rng.randint(1, 3)))
        return (f'<aside class="sidebar"><section><h2>Meistgelesen</h2><ol>{most}</ol></section>{ads}'
                '<section class="newsletter"><h2>Newsletter</h2><p>Die wichtigsten Nachrichten des Tages '
                'jeden Morgen in Ihrem Postfach.</p><form><input type="email" placeholder="E-Mail-Adresse">'
                '<button>Jetzt kostenlos anmelden</button></form></section></aside>')

    def more(self, host: str) -> str:
        teasers = "".join(self._teaser(host, True) for _ in range(self.rng.randint(6, 14)))
        return f'<section class="more"><h2>Mehr zum Thema</h2>{teasers}</section>'

    def comments(self) -> str:
        n = self.rng.choice((0, 0, 3, 8, 15, 30))
        if not n:
            return ""
        items = []
        for i in range(n):
            text = " ".join(self._sentence() for _ in range(self.rng.randint(1, 3)))
            items.append(f'<li class="comment" id="c{i}"><div class="comment__author">{escape(self.rng.choice(NICKS))}</div>'
                         f'<div class="comment__date">vor {self.rng.randint(1, 23)} Stunden</div>'
                         f'<p class="comment__text">{escape(text)}</p><button>Antworten</button> <button>Melden</button></li>')
        return f'<section id="comments"><h2>Kommentare ({n})</h2><ol>{"".join(items)}</ol></section>'

    def footer(self, site: str, host: str) -> str:
        links = "".join(f'<li><a href="https://{host}/{w.lower().replace(" ", "-")}/">{escape(w)}</a></li>'
                        for w in FOOTER)
        regions = "".join(f'<li><a href="https://{host}/regional/{i}/">{escape(self._headline().split()[0])}</a></li>'
                          for i in range(self.rng.randint(10, 40)))
        return (f'<footer class="site-footer"><ul>{links}</ul><ul class="regions">{regions}</ul>'
                f"<p>© {escape(site)} – alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.</p></footer>")

    def scripts(self, host: str, article_text: list[str]) -> str:
        data_layer = {"event": "pageview", "page": {"type": "article", "id": self.rng.randrange(10**8),
                      "paywall": self.rng.choice((True, False)), "section": self.rng.choice(list(SECTIONS))},
                      "ads": {"slots": [f"ad-{i}" for i in range(12)], "targeting": {"kw": self._headline().split()}}}
        parts = [f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({json.dumps(data_layer, ensure_ascii=False)});</script>',
                 f'<script async src="https://cdn.{host}/js/app.{self.rng.randrange(16**8):08x}.js"></script>',
                 '<script>(function(){var s=document.createElement("script");s.async=true;'
                 's.src="/js/consent.js";document.head.appendChild(s);})();</script>']
        if self.rng.random() < 0.4:  # hydration state that repeats the article, as many CMSs do
            state = {"props": {"pageProps": {"article": {"paragraphs": article_text,
                     "related": [self._headline() for _ in range(20)]}}}}
            parts.append('<script id="__STATE__" type="application/json">'
                         + json.dumps(state, ensure_ascii=False).replace("</", "<\\/") + "</script>")
        return "".join(parts)

    # -- the page ----------------------------------------------------------------------------
    def wrap(self, head: str, article: str, site: str, host: str, article_text: list[str]) -> str:
        """The whole page: ``head`` and ``article`` HTML surrounded by site furniture."""
        target = self.median * math.exp(self.rng.gauss(0.0, self.sigma))
        top = self.icons() + self.header(site, host) + self.consent(site)
        bottom = self.more(host) + self.comments()
        page_parts = [self.style(), top, self.sidebar(host), bottom]
        size = sum(map(len, page_parts)) + len(article)
        extra = []
        while size < target:  # long pages: more teaser rails, as section fronts embed them
            rail = f'<section class="rail"><h2>{escape(self.rng.choice(list(SECTIONS)))}</h2>' + "".join(
                self._teaser(host, True) for _ in range(8)) + "</section>"
            extra.append(rail)
            size += len(rail)
        return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n{head}\n{page_parts[0]}\n</head>\n<body>\n'
                f'{top}\n<div class="layout"><main id="content">\n{article}\n{bottom}\n</main>\n'
                f'{page_parts[2]}</div>\n{"".join(extra)}{self.footer(site, host)}\n'
                f'{self.scripts(host, article_text)}\n</body>\n</html>\n')
