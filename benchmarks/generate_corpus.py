# ruff: noqa: E501  (long lines are HTML templates)
"""Generate a synthetic corpus of saved German news pages for benchmarks.

    python benchmarks/generate_corpus.py OUT_DIR -n 10000 [--seed 1] [--data PATH] [--lean]

Sentences come from the GermEval 2014 training file (tokens joined back into text, entity
spans kept) and paragraphs from the news-pages-dev gold file, both under the shared data
directory (default: ``../shared/data`` next to the repository). Pages are written in folders of
1000 (``OUT_DIR/0000/…``) in a few CMS styles (JSON-LD, OpenGraph only, JSON-LD ``@graph``,
agency copy, microdata), with dates 2019–2025, authors, sections, tags, and some agency
duplicates and near-duplicates. ``OUT_DIR/manifest.jsonl`` lists every page with its URL,
date, style and, for copies, the page it copies; it appears only when the corpus is complete.
Pages carry real-size site furniture (menus, consent dialog, teasers, comments, scripts;
median about 110 KB like the dev pages, see ``page_chrome.py``); ``--lean`` writes the
minimal pages of a few KB used before. Output is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_chrome import Chrome  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"
BERLIN = ZoneInfo("Europe/Berlin")
PER_FOLDER = 1000

# ----------------------------------------------------------------------------- source text

NO_SPACE_BEFORE = set(",.;:!?)]}%…") | {"'s", "n't"}
NO_SPACE_AFTER = set("([{„‚")


@dataclass
class Sentence:
    text: str
    ents: list[tuple[str, str]]  # (type, surface) for PER / LOC / ORG
    n_tokens: int


def detokenize(tokens: list[str]) -> tuple[str, list[int]]:
    """Join tokens into text; return the text and each token's start offset."""
    out: list[str] = []
    starts: list[int] = []
    length = 0
    quote_open = False
    glue = True  # no space before the next token
    for tok in tokens:
        is_quote = tok in ('"', "''", "``")
        if is_quote:
            tok = '"'
            closing = quote_open
            quote_open = not quote_open
        space = not glue
        if tok in NO_SPACE_BEFORE or (is_quote and closing):
            space = False
        if space:
            out.append(" ")
            length += 1
        starts.append(length)
        out.append(tok)
        length += len(tok)
        glue = tok in NO_SPACE_AFTER or (is_quote and not closing)
    return "".join(out), starts


def read_germeval(path: Path) -> list[Sentence]:
    """Sentences of a ``token TAG`` BIOES file, with their PER/LOC/ORG spans."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not tokens:
            return
        text, _ = detokenize(tokens)
        ents: list[tuple[str, str]] = []
        span: list[str] = []
        kind = ""
        for tok, tag in zip(tokens, tags, strict=True):
            prefix, _, typ = tag.partition("-")
            if typ not in ("PER", "LOC", "ORG"):
                span = []
                continue
            if prefix == "S":
                ents.append((typ, tok))
            elif prefix == "B":
                span, kind = [tok], typ
            elif prefix in ("I", "E") and span and typ == kind:
                span.append(tok)
                if prefix == "E":
                    ents.append((kind, detokenize(span)[0]))
                    span = []
        sentences.append(Sentence(text, ents, len(tokens)))
        tokens.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            tok, _, tag = line.rpartition(" ")
            tokens.append(tok)
            tags.append(tag)
    flush()
    return sentences


def usable(s: Sentence) -> bool:
    t = s.text
    return (6 <= s.n_tokens <= 45 and t[:1].isupper() and t[-1:] in ".!?"
            and t.count('"') % 2 == 0 and t.count("„") == t.count("“")
            and "http" not in t and "[" not in t)


def read_paragraphs(path: Path) -> list[str]:
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    records = data.values() if isinstance(data, dict) else data
    paras = []
    for rec in records:
        for p in rec.get("body_paragraphs") or []:
            if 120 <= len(p) <= 900:
                paras.append(" ".join(p.split()))
    return paras


# ----------------------------------------------------------------------------- vocabulary

FIRST = ["Anna", "Lena", "Julia", "Sarah", "Laura", "Katharina", "Miriam", "Sophie", "Johanna", "Clara", "Hannah", "Lea", "Marie", "Nina", "Petra", "Sabine", "Claudia", "Eva", "Birgit", "Ulrike", "Ines", "Friederike", "Carla", "Yasemin", "Aylin", "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Jan", "Jonas", "Lukas", "Felix", "Tobias", "Daniel", "Markus", "Matthias", "Sebastian", "Florian", "Philipp", "Moritz", "Benedikt", "Reto", "Holger", "Uwe", "Jürgen", "Kai", "Tim", "Deniz", "Emre", "Mehmet", "Pavel", "Luca"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Keller", "Vogel", "Friedrich", "Günther", "Berger", "Frank", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig", "Winkler", "Simon", "Böhm", "Kraus", "Vogt", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Özdemir", "Yilmaz", "Kowalski", "Nowak", "Petersen", "Jansen", "Lüders", "Albers"]
AGENCIES = ["dpa", "AFP", "Reuters", "epd", "KNA", "AP"]
SECTIONS = ["Politik", "Wirtschaft", "Sport", "Kultur", "Wissenschaft", "Panorama", "Inland",
            "Ausland", "Regional", "Digital"]
HEADING_TEMPLATES = ["Kritik von {ORG}", "Was {PER} sagt", "Wie es in {LOC} weitergeht",
                     "Reaktionen aus {LOC}", "{ORG} widerspricht", "{PER} verteidigt Entscheidung",
                     "Die Lage in {LOC}", "Streit um {ORG}", "Hintergrund", "Wie geht es weiter?",
                     "Was bisher bekannt ist", "Ein Blick zurück", "Die Zahlen im Überblick"]
BOILER = ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Newsletter abonnieren",
          "Jetzt kostenlos anmelden", "Artikel teilen", "Kommentare", "Anzeige",
          "Datenschutzerklärung", "Impressum", "Meistgelesen", "Lesen Sie auch"]
TITLE_JUNK = re.compile(r"^\S+ (Der|Die|Das|Ein|Eine|Im|In|Am|Nach|Seit|Er|Sie|Es) ")
UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                        "Ü": "Ue"})


@dataclass
class Site:
    name: str
    host: str
    style: str


SITES = [Site(n, h, s) for n, h, s in [
    ("Nordkurier Digital", "www.nordkurier-digital.example", "jsonld"),
    ("Rheinische Abendzeitung", "www.rheinische-abendzeitung.example", "jsonld"),
    ("Tagesblick", "www.tagesblick.example", "jsonld"),
    ("Main-Echo Online", "www.main-echo-online.example", "opengraph"),
    ("Anstoss Online", "www.anstoss-online.example", "opengraph"),
    ("Stadtlicht", "stadtlicht-magazin.example", "graph"),
    ("Markgräfler Nachrichten", "www.markgraefler-nachrichten.example", "graph"),
    ("Küstenkurier", "www.kuestenkurier.example", "agency"),
    ("Elbe-Anzeiger", "elbe-anzeiger.example", "agency"),
    ("Hauptstadtblatt", "www.hauptstadtblatt.example", "microdata"),
    ("Wiener Abendpost", "www.wiener-abendpost.example", "jsonld"),
    ("Zürcher Tagespost", "www.zuercher-tagespost.example", "opengraph"),
    ("Wirtschaftskurier", "www.wirtschaftskurier.example", "microdata"),
    ("Bayernwelle24", "www.bayernwelle.example", "graph"),
]]


# ----------------------------------------------------------------------------- articles


@dataclass
class Story:
    title: str
    kicker: str | None
    lead: str
    blocks: list[tuple[str, str]]
    authors: list[str]
    agency: str | None
    section: str
    tags: list[str]
    published: datetime
    modified: datetime | None
    ents: list[tuple[str, str]] = field(default_factory=list)


class Generator:
    def __init__(self, sentences: list[Sentence], paragraphs: list[str], seed: int) -> None:
        self.rng = random.Random(seed)
        self.sents = sentences
        self.with_ents = [s for s in sentences if s.ents]
        # titles: short sentences, not Wikipedia section names glued to a sentence
        self.short = [s for s in self.with_ents if s.n_tokens <= 14
                      and not TITLE_JUNK.match(s.text)]
        self.paras = paragraphs
        start = datetime(2019, 1, 1, tzinfo=BERLIN)
        self.start = start
        self.span_minutes = int((datetime(2025, 12, 31, 23, 0, tzinfo=BERLIN) - start)
                                .total_seconds() // 60)

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def date(self) -> datetime:
        r = self.rng
        d = self.start + timedelta(minutes=r.randrange(self.span_minutes))
        # news happens in the daytime: move night hours into the day
        if d.hour < 6:
            d = d.replace(hour=d.hour + 8)
        return d.replace(second=0, microsecond=0, tzinfo=BERLIN)

    def story(self) -> Story:
        r = self.rng
        head = r.choice(self.short)
        title = head.text.rstrip(".!?")
        lead_sents = [r.choice(self.with_ents) for _ in range(r.randint(1, 2))]
        blocks: list[tuple[str, str]] = []
        ents = list(head.ents)
        for s in lead_sents:
            ents.extend(s.ents)
        n_paras = r.randint(4, 10)
        heading_at = sorted(r.sample(range(1, n_paras), k=min(n_paras - 1, r.randint(1, 3))))
        for i in range(n_paras):
            if i in heading_at:
                blocks.append(("h", self.heading(ents)))
            if self.paras and r.random() < 0.12:
                blocks.append(("p", r.choice(self.paras)))
                continue
            chosen = [r.choice(self.sents) for _ in range(r.randint(2, 5))]
            for s in chosen:
                ents.extend(s.ents)
            blocks.append(("p", " ".join(s.text for s in chosen)))
        agency = r.choice(AGENCIES) if r.random() < 0.25 else None
        if agency:  # agency copy starts with a dateline, on every site that runs it
            place = next((name for kind, name in ents if kind == "LOC"), "Berlin")
            first = next(i for i, (k, _) in enumerate(blocks) if k == "p")
            blocks[first] = ("p", f"{place} ({agency}) - {blocks[first][1]}")
        n_auth = 0 if agency and r.random() < 0.5 else r.choice((1, 1, 1, 2, 2, 3))
        section = r.choice(SECTIONS)
        names = list(dict.fromkeys(name for _, name in ents))
        tags = names[: r.randint(1, 4)] + [section]
        kicker = names[0] if names and r.random() < 0.6 else None
        published = self.date()
        modified = (published + timedelta(minutes=r.randint(10, 600))
                    if r.random() < 0.6 else None)
        return Story(title, kicker, " ".join(s.text for s in lead_sents), blocks,
                     [self.person() for _ in range(n_auth)], agency, section, tags, published,
                     modified, ents)

    def heading(self, ents: list[tuple[str, str]]) -> str:
        r = self.rng
        for _ in range(4):
            tpl = r.choice(HEADING_TEMPLATES)
            need = [k for k in ("PER", "LOC", "ORG") if "{" + k + "}" in tpl]
            if not need:
                return tpl
            pool = [name for kind, name in ents if kind == need[0]]
            if pool:
                return tpl.replace("{" + need[0] + "}", r.choice(pool))
        return "Hintergrund"

    def near_copy(self, story: Story) -> Story:
        """An edited agency copy: new title, one sentence dropped, one word changed."""
        r = self.rng
        blocks = list(story.blocks)
        paras = [i for i, (k, _) in enumerate(blocks) if k == "p"]
        i = r.choice(paras)
        text = blocks[i][1]
        cut = text.rfind(". ", 0, len(text) - 2)
        blocks[i] = ("p", text[: cut + 1] if cut > 40 else text)
        j = r.choice(paras)
        blocks[j] = ("p", blocks[j][1].replace(" und ", " sowie ", 1))
        title = r.choice(self.short).text.rstrip(".!?")
        return Story(title, story.kicker, story.lead, blocks, [], story.agency or "dpa",
                     story.section, story.tags, story.published + timedelta(minutes=r.randint(5, 90)),
                     None, story.ents)


# ----------------------------------------------------------------------------- rendering


def slug(text: str) -> str:
    out = []
    for ch in text.translate(UMLAUT).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)[:70] or "artikel"


def de_date(d: datetime) -> str:
    return d.strftime("%d.%m.%Y, %H:%M Uhr")


def body_html(story: Story, rng: random.Random, p_cls: str = "", h_tag: str = "h2") -> str:
    parts = []
    attr = f' class="{p_cls}"' if p_cls else ""
    box_at = rng.randrange(len(story.blocks))
    for i, (kind, text) in enumerate(story.blocks):
        if kind == "h":
            parts.append(f"<{h_tag}>{escape(text, quote=False)}</{h_tag}>")
        else:
            parts.append(f"<p{attr}>{escape(text, quote=False)}</p>")
        if i == box_at:
            label = rng.choice(BOILER[:3])
            parts.append(f'<aside class="box"><h3>{label}</h3><ul><li><a href="/artikel-{rng.randrange(10**6)}.html">'
                         f"Weitere Meldungen aus dem Ressort</a></li></ul></aside>")
    return "\n".join(parts)


def byline(story: Story) -> str:
    names = story.authors
    if not names:
        return f"Quelle: {story.agency}" if story.agency else ""
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]
    return f"Von {text}" + (f", {story.agency}" if story.agency else "")


def ld_authors(story: Story) -> list[dict]:
    people = [{"@type": "Person", "name": n} for n in story.authors]
    if story.agency and not people:
        people = [{"@type": "Organization", "name": story.agency}]
    return people


def jsonld(obj: dict) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def head_common(story: Story, site: Site, url: str, with_og_times: bool,
                utc: bool = False) -> str:
    e = escape

    def stamp(d: datetime) -> str:
        return d.astimezone(UTC).isoformat() if utc else d.isoformat()

    lines = [
        '<meta charset="utf-8">',
        f"<title>{e(story.title)} | {e(site.name)}</title>",
        f'<meta name="description" content="{e(story.lead)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(story.title)}">',
        f'<meta property="og:description" content="{e(story.lead)}">',
        f'<meta property="og:url" content="{e(url)}">',
        f'<meta property="og:site_name" content="{e(site.name)}">',
    ]
    if with_og_times:
        lines.append(f'<meta property="article:published_time" content="{stamp(story.published)}">')
        if story.modified:
            lines.append(f'<meta property="article:modified_time" content="{stamp(story.modified)}">')
        lines.append(f'<meta property="article:section" content="{e(story.section)}">')
        lines.extend(f'<meta property="article:tag" content="{e(t)}">' for t in story.tags)
        if story.authors:
            lines.append(f'<meta name="author" content="{e(", ".join(story.authors))}">')
    return "\n".join(lines)


CHROME_TOP = """<header class="site-header"><a href="/" class="logo">{name}</a>
<nav><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a> <a href="/regional/">Regional</a></nav></header>
<div class="cookie-banner">Wir verwenden Cookies. <a href="/datenschutz/">Datenschutzerklärung</a> <button>Akzeptieren</button></div>"""
CHROME_BOTTOM = """<section class="related"><h2>Meistgelesen</h2><ol><li><a href="/a1.html">Wetter: Sturmtief zieht über den Norden</a></li><li><a href="/a2.html">Bahn kündigt neuen Fahrplan an</a></li></ol></section>
<footer><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutzerklärung</a> · © {name}</footer>"""


def render(story: Story, site: Site, url: str, rng: random.Random,
           chrome: Chrome | None = None) -> str:
    """The saved page of ``story``: realistic site furniture from ``chrome``, or lean."""
    e = escape
    style = site.style
    kicker = f'<p class="kicker">{e(story.kicker)}</p>' if story.kicker else ""
    top = CHROME_TOP.format(name=e(site.name))
    bottom = CHROME_BOTTOM.format(name=e(site.name))
    pub = story.published
    if style == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
              "description": story.lead, "datePublished": pub.isoformat(),
              "author": ld_authors(story), "articleSection": story.section,
              "keywords": ", ".join(story.tags), "mainEntityOfPage": url, "inLanguage": "de",
              "publisher": {"@type": "Organization", "name": site.name}}
        if story.modified:
            ld["dateModified"] = story.modified.isoformat()
        head = head_common(story, site, url, False) + f'\n<link rel="canonical" href="{e(url)}">\n' + jsonld(ld)
        article = f"""<article class="article">
<header>{kicker}<h1>{e(story.title)}</h1><p class="lead">{e(story.lead)}</p>
<p class="byline">{e(byline(story))}</p><time datetime="{pub.isoformat()}">{de_date(pub)}</time></header>
<div class="article-body">
{body_html(story, rng)}
</div></article>"""
    elif style == "opengraph":
        head = head_common(story, site, url, True, utc=True) + f'\n<link rel="canonical" href="{e(url)}">'
        article = f"""<div class="article"><div class="article-head">{kicker}<h1>{e(story.title)}</h1>
<div class="teaser">{e(story.lead)}</div><div class="info"><span class="author">{e(byline(story))}</span> <span class="date">{de_date(pub)}</span></div></div>
<div class="article-text">
{body_html(story, rng, "text", "h3")}
</div></div>"""
    elif style == "graph":
        base = f"https://{site.host}/"
        pids = [base + "#/schema/person/" + slug(n) for n in story.authors]
        art = {"@type": "Article", "@id": url + "#article", "headline": story.title,
               "datePublished": pub.isoformat(), "mainEntityOfPage": {"@id": url},
               "articleSection": [story.section], "keywords": story.tags, "inLanguage": "de",
               "publisher": {"@id": base + "#organization"}}
        if story.modified:
            art["dateModified"] = story.modified.isoformat()
        graph = [art, {"@type": "WebPage", "@id": url, "url": url, "name": story.title,
                       "description": story.lead},
                 {"@type": "Organization", "@id": base + "#organization", "name": site.name}]
        if story.authors:
            art["author"] = [{"@id": pid} for pid in pids]
            graph.extend({"@type": "Person", "@id": pid, "name": n}
                         for pid, n in zip(pids, story.authors, strict=True))
        elif story.agency:
            art["author"] = {"@type": "Organization", "name": story.agency}
        head = (head_common(story, site, url, False) + f'\n<link rel="canonical" href="{e(url)}">\n'
                + jsonld({"@context": "https://schema.org", "@graph": graph}))
        article = f"""<div class="td-crumbs">Home » {e(story.section)} » {e(story.title)}</div>
<article class="post"><header class="entry-header">{kicker}<h1 class="entry-title">{e(story.title)}</h1>
<p class="entry-excerpt">{e(story.lead)}</p><div class="entry-meta">{e(byline(story))} – {de_date(pub)}</div></header>
<div class="entry-content">
{body_html(story, rng, "", "h2")}
</div></article>
<div class="related"><h4>VERWANDTE BEITRÄGE</h4><a href="/x/">Weitere Beiträge aus {e(story.section)}</a></div>
<div id="respond"><h3>HINTERLASSEN SIE EINE ANTWORT</h3><textarea placeholder="Kommentar:"></textarea></div>"""
    elif style == "agency":
        ag = story.agency or "dpa"
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
              "description": story.lead, "datePublished": pub.isoformat(),
              "author": ld_authors(story) or [{"@type": "Organization", "name": ag}],
              "mainEntityOfPage": url, "sourceOrganization": {"@type": "Organization", "name": ag}}
        head = head_common(story, site, url, True) + f'\n<link rel="canonical" href="{e(url)}">\n' + jsonld(ld)
        article = f"""<article class="news">{kicker}<h1>{e(story.title)}</h1>
<p class="byline">{e(byline(story) or "Quelle: " + ag)} | <time datetime="{pub.isoformat()}">{de_date(pub)}</time></p>
<p class="teaser"><b>{e(story.lead)}</b></p>
<div class="text">
{body_html(story, rng)}
</div><p class="agency-footer">© {ag}-infocom, {ag}:{pub:%y%m%d}-930-{rng.randrange(10**6):06d}/1</p></article>"""
    else:  # microdata
        head = head_common(story, site, url, False)
        authors = "".join(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                          f'<span itemprop="name">{e(n)}</span></span> ' for n in story.authors)
        mod = (f'<meta itemprop="dateModified" content="{story.modified.isoformat()}">'
               if story.modified else "")
        article = f"""<article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{e(url)}">{mod}
<meta itemprop="articleSection" content="{e(story.section)}"><meta itemprop="keywords" content="{e(", ".join(story.tags))}">
{kicker}<h1 itemprop="headline">{e(story.title)}</h1><p class="lead" itemprop="description">{e(story.lead)}</p>
<div class="meta">Von {authors}{e(story.agency or "")} · <time itemprop="datePublished" datetime="{pub.isoformat()}">{de_date(pub)}</time></div>
<div itemprop="articleBody">
{body_html(story, rng)}
</div></article>"""
    if chrome is not None:
        text = [t for k, t in story.blocks if k == "p"]
        return chrome.wrap(head, article, site.name, site.host, text)
    return (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n{head}\n</head>\n<body>\n{top}\n<main>\n'
            f"{article}\n</main>\n{bottom}\n</body>\n</html>\n")


# ----------------------------------------------------------------------------- driver


def generate(out_dir: Path, n: int, seed: int, data_dir: Path,
             lean: bool = False) -> dict[str, int]:
    """Write ``n`` pages into ``out_dir``; return counts by kind."""
    bioes = data_dir / "ner" / "germeval2014-train.bioes"
    if not bioes.is_file():
        raise FileNotFoundError(f"{bioes}: GermEval training file not found (use --data)")
    sentences = [s for s in read_germeval(bioes) if usable(s)]
    paragraphs = read_paragraphs(data_dir / "news-pages-dev" / "expected.json")
    gen = Generator(sentences, paragraphs, seed)
    rng = gen.rng
    chrome = None if lean else Chrome([x.text for x in sentences],
                                      random.Random(seed * 7919 + 1))
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"pages": 0, "agency_duplicates": 0, "near_duplicates": 0}
    recent: list[tuple[Story, str]] = []
    recent_sites: dict[str, set[str]] = {}
    partial = out_dir / "manifest.jsonl.part"  # renamed when complete: a finished corpus has it
    with partial.open("w", encoding="utf-8") as manifest:
        for i in range(n):
            kind = "original"
            copy_of = None
            roll = rng.random()
            if recent and roll < 0.03:
                story, copy_of = rng.choice(recent)
                kind = "agency_duplicate"
                story = Story(**{**story.__dict__, "agency": story.agency or "dpa",
                                 "published": story.published + timedelta(minutes=rng.randint(1, 60))})
            elif recent and roll < 0.06:
                source, copy_of = rng.choice(recent)
                story = gen.near_copy(source)
                kind = "near_duplicate"
            else:
                story = gen.story()
            site = rng.choice(SITES)
            while copy_of and site.name in recent_sites.get(copy_of, ()):
                site = rng.choice(SITES)
            section_slug = slug(story.section)
            url = (f"https://{site.host}/{section_slug}/{story.published:%Y/%m}/"
                   f"{slug(story.title)}-{i:07d}.html")
            page = render(story, site, url, rng, chrome)
            folder = out_dir / f"{i // PER_FOLDER:04d}"
            if i % PER_FOLDER == 0:
                folder.mkdir(exist_ok=True)
            name = f"{i:07d}.html"
            (folder / name).write_text(page, encoding="utf-8")
            rel = f"{folder.name}/{name}"
            manifest.write(json.dumps({"file": rel, "url": url, "site": site.name,
                                       "style": site.style, "title": story.title, "published": story.published.isoformat(),
                                       "kind": kind, "copy_of": copy_of}, ensure_ascii=False) + "\n")
            if kind == "original" and story.agency:
                recent.append((story, rel))
                recent_sites[rel] = {site.name}
            elif copy_of:
                recent_sites[copy_of].add(site.name)
                if len(recent) > 200:
                    recent_sites.pop(recent.pop(0)[1], None)
            counts["pages"] += 1
            if kind != "original":
                counts[kind + "s"] += 1
    partial.replace(out_dir / "manifest.jsonl")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, help="output directory")
    ap.add_argument("-n", type=int, default=10000, help="number of pages (default 10000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="shared data directory (default: ../shared/data next to the repo)")
    ap.add_argument("--lean", action="store_true",
                    help="minimal page furniture (a few KB per page) instead of real-size pages")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("-n must be at least 1")
    t0 = time.perf_counter()
    try:
        counts = generate(args.out_dir, args.n, args.seed, args.data, args.lean)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    secs = time.perf_counter() - t0
    print(f"wrote {counts['pages']} pages to {args.out_dir} in {secs:.1f} s "
          f"({counts['agency_duplicates']} agency duplicates, {counts['near_duplicates']} near-duplicates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
