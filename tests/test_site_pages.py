"""The built reader site: links, markup, safety and accessibility, in Python and in Chromium.

One site is built per session from an archive of the bundled samples plus the hostile fixture
(via the library ingest API). Screenshots go to tests/screenshots/ when the environment
variable NEWSARCHIVE_SCREENSHOTS is set, else into a temporary folder.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import HOSTILE, serve_directory

from newsarchive.site.build import build_site

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
#: Elements whose end tag HTML lets us omit (we never do, but the checker allows it).
OPTIONAL_END = {"li", "p", "td", "th", "tr", "thead", "tbody", "option"}


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def built(tmp_path_factory, samples_dir: Path) -> dict:
    from newsarchive.archive import Archive, ingest

    root = tmp_path_factory.mktemp("site")
    pages = sorted(samples_dir.glob("*.html")) + sorted(HOSTILE.glob("*.html"))
    archive = Archive(root / "archive")
    try:
        rep = ingest(pages, archive, jobs=1, progress=False)
        assert not rep.failed, rep.failed
        site = root / "site"
        report = build_site(archive, site, title="Testarchiv")
        ids = dict(archive.iter_articles())
    finally:
        archive.close()
    hostile = next(aid for aid, a in ids.items() if "testblatt" in (a.url or ""))
    return {"root": root, "site": site, "report": report, "archive": root / "archive",
            "hostile_id": hostile, "articles": ids}


@pytest.fixture(scope="session")
def site(built) -> Path:
    return built["site"]


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    external: list[str] = []
    pg.external = external  # type: ignore[attr-defined]

    def check(request):
        if not request.url.startswith(("http://127.0.0.1", "file://", "data:", "about:")):
            external.append(request.url)

    pg.on("request", check)
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def shot_dir(tmp_path_factory) -> Path:
    if os.environ.get("NEWSARCHIVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(exist_ok=True)
        return SCREENSHOTS
    return tmp_path_factory.mktemp("screenshots")


def article_page(built, aid: str) -> str:
    from newsarchive.site.model import article_path

    return article_path(aid, built["articles"][aid])


# --- static checks in Python ---------------------------------------------------------------


class _Collector(HTMLParser):
    """Collects links, ids and nesting problems of one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (attribute, value)
        self.ids: list[str] = []
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        for name in ("href", "src", "action"):
            if a.get(name) is not None:
                self.links.append((name, a[name]))
        if "id" in a:
            self.ids.append(a["id"])
        for name in a:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()  # <svg .../> children

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"end tag for void element </{tag}>")
            return
        while self.stack and self.stack[-1] != tag and self.stack[-1] in OPTIONAL_END:
            self.stack.pop()
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()


def parse_html_file(path: Path) -> _Collector:
    c = _Collector()
    c.feed(path.read_text("utf-8"))
    c.close()
    return c


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_index" not in p.parts)


def test_build_report(built):
    rep = built["report"]
    assert rep.articles == len(built["articles"]) >= 17
    assert rep.pages > rep.articles and rep.written >= rep.pages and rep.removed == 0


def test_every_internal_link_resolves(site: Path):
    """Crawl all links of all pages: relative, pointing at files (no directory URLs)."""
    missing, absolute_paths = [], []
    for f in html_files(site):
        if f.name == "404.html":
            continue
        for attr, value in parse_html_file(f).links:
            parts = urlsplit(value)
            if parts.scheme in ("http", "https"):
                assert attr == "href", f"{f}: external {attr}={value}"
                continue
            assert not parts.scheme, f"{f}: link with scheme {value!r}"
            if value.startswith("/"):
                absolute_paths.append((f, value))
                continue
            if not parts.path:  # "#inhalt"
                continue
            target = (f.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                missing.append(f"{f.relative_to(site)} → {value}")
    assert not absolute_paths, absolute_paths[:5]
    assert not missing, missing[:10]


def test_markup_is_well_formed_and_accessible(site: Path):
    for f in html_files(site):
        text = f.read_text("utf-8")
        rel = f.relative_to(site)
        assert text.startswith("<!doctype html>\n<html lang=\"de\">"), rel
        c = parse_html_file(f)
        assert not c.problems, (rel, c.problems[:5])
        assert not [t for t in c.stack if t not in OPTIONAL_END], (rel, c.stack)
        assert len(c.ids) == len(set(c.ids)), (rel, [i for i in c.ids if c.ids.count(i) > 1])
        tags = [t for t, _ in c.tags]
        assert tags.count("h1") == 1, rel
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in tags, (rel, landmark)
        levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, (rel, levels)
        ids = set(c.ids)
        labelled = {a.get("for") for t, a in c.tags if t == "label"}
        for t, a in c.tags:
            if t == "input" and a.get("type") != "hidden":
                assert a.get("id") in labelled or a.get("aria-label"), (rel, a)
            if t == "img":
                assert "alt" in a, rel
            for ref in ("aria-labelledby", "aria-describedby"):
                for target in (a.get(ref) or "").split():
                    assert target in ids, (rel, ref, target)
        assert 'href="#inhalt"' in text and 'id="inhalt"' in text  # skip link


def test_pages_exist_with_german_content(site: Path, built):
    start = (site / "index.html").read_text("utf-8")
    assert "Neueste Artikel" in start and "Im Gespräch im" in start and "Kalender" in start
    for p in ("404.html", "feed.xml", "sitemap.xml", "suche/index.html", "archiv/index.html",
              "personen/index.html", "orte/index.html", "organisationen/index.html",
              "quellen/index.html", "schlagworte/index.html", "static/site.css"):
        assert (site / p).is_file(), p
    years = sorted(p.name for p in (site / "archiv").iterdir() if p.name.isdigit())
    assert years and (site / "archiv" / years[0] / "index.html").is_file()
    day_pages = list((site / "archiv").glob("*/*/*/index.html"))
    assert day_pages
    # An article page: German date, byline, linked entities, original link.
    scholz = next(aid for aid, a in built["articles"].items() if "Macron" in (a.title or ""))
    html = (site / article_page(built, scholz)).read_text("utf-8")
    assert re.search(r"\d{1,2}\. Mai 2024, \d\d:\d\d Uhr", html)
    assert "Erwähnt in diesem Artikel" in html and "personen/olaf-scholz/index.html" in html
    assert 'rel="noopener noreferrer nofollow external"' in html
    entity = (site / "personen" / "olaf-scholz" / "index.html").read_text("utf-8")
    assert "<svg" in entity and "<title id=" in entity and "<desc id=" in entity
    assert "Oft gemeinsam genannt" in entity


def test_duplicates_listed_as_also_published(site: Path, built):
    pages = [p for p in html_files(site / "artikel") if "Auch erschienen bei" in p.read_text()]
    assert pages, "no article shows its duplicates"


def test_hostile_article_is_inert_in_html(site: Path, built):
    html = (site / article_page(built, built["hostile_id"])).read_text("utf-8")
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned" in html
    assert "javascript:" not in html.lower()
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+=", html)
    # The only <script> elements anywhere are the search page's own files.
    for f in html_files(site):
        for t, a in parse_html_file(f).tags:
            if t == "script":
                assert f.relative_to(site).as_posix() == "suche/index.html" and a.get("src")
            if t in ("iframe", "object", "embed", "form") and t != "form":
                pytest.fail(f"{f}: <{t}>")


def test_feed_and_sitemap_are_xml(site: Path, tmp_path: Path, built):
    import xml.etree.ElementTree as ET

    feed = ET.parse(site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert entries and all(e.find("a:id", ns).text for e in entries)
    text = " ".join(feed.itertext())
    assert "Testblatt <svg onload=" in text  # hostile source name: text, escaped in the XML
    assert "<svg" not in (site / "feed.xml").read_text("utf-8")
    sm = ET.parse(site / "sitemap.xml").getroot()
    locs = [u[0].text for u in sm]
    assert "index.html" in locs and all(not loc.startswith("/") for loc in locs)
    # With --base-url: absolute URLs.
    out = tmp_path / "abs"
    build_site(built["archive"], out, base_url="https://archiv.example.org/nachrichten")
    sm = ET.parse(out / "sitemap.xml").getroot()
    locs = [u[0].text for u in sm]
    assert locs and all(loc.startswith("https://archiv.example.org/nachrichten/") for loc in locs)
    feed_text = (out / "feed.xml").read_text("utf-8")
    assert "<id>https://archiv.example.org/nachrichten/artikel/" in feed_text


def test_incremental_rebuild_from_archive(tmp_path: Path, samples_dir: Path):
    """Ingest, build, ingest one more page, rebuild: only affected pages are rewritten."""
    from newsarchive.archive import Archive, ingest

    pages = sorted(samples_dir.glob("*.html"))
    archive = Archive(tmp_path / "archive")
    try:
        ingest(pages[:-1], archive, jobs=1, progress=False)
        first = build_site(archive, tmp_path / "site")
        again = build_site(archive, tmp_path / "site")
        assert again.written == 0 and again.removed == 0 and again.unchanged == first.written
        ingest(pages[-1:], archive, jobs=1, progress=False)
        third = build_site(archive, tmp_path / "site")
    finally:
        archive.close()
    assert third.articles == first.articles + 1
    new_articles = [p for p in third.written_paths if p.startswith("artikel/")]
    assert len(new_articles) >= 1 and "index.html" in third.written_paths
    html_written = [p for p in third.written_paths if p.endswith(".html")]
    assert len(html_written) < third.pages / 2, html_written
    assert third.unchanged > third.written


def test_cli_build_site_and_errors(tmp_path: Path, built):
    from click.testing import CliRunner

    from newsarchive.cli import main

    runner = CliRunner()
    out = tmp_path / "cli-site"
    res = runner.invoke(main, ["build-site", str(out), "--archive", str(built["archive"]),
                               "--title", "Mein Archiv"])
    assert res.exit_code == 0, res.output
    assert "written" in res.output and (out / "index.html").is_file()
    assert "<title>Start – Mein Archiv</title>" in (out / "index.html").read_text("utf-8")
    res = runner.invoke(main, ["build-site", str(out), "--archive", str(tmp_path / "nichts")])
    assert res.exit_code != 0 and "nichts" in res.output
    res = runner.invoke(main, ["build-site", str(out), "--archive", str(built["archive"]),
                               "--base-url", "javascript:alert(1)"])
    assert res.exit_code != 0 and "base-url" in res.output
    inside = Path(built["archive"]) / "index"  # a slip: the site into the archive's index
    before = sorted(p.name for p in inside.iterdir())
    res = runner.invoke(main, ["build-site", str(inside), "--archive", str(built["archive"])])
    assert res.exit_code != 0 and "inside the archive" in res.output
    assert sorted(p.name for p in inside.iterdir()) == before


def test_serve_previews_folder(site: Path):
    import urllib.request

    from newsarchive.site.serve import make_server, server_url

    srv = make_server(site, port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = server_url(srv)
        with urllib.request.urlopen(url) as r:
            assert "Neueste Artikel" in r.read().decode("utf-8")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url.replace("index.html", "gibt/es/nicht.html"))
        assert err.value.code == 404 and "Diese Seite gibt es nicht" in err.value.read().decode()
    finally:
        srv.shutdown()
        srv.server_close()


# --- in the browser ------------------------------------------------------------------------

CONTRAST_JS = """
() => {
  function rgb(s) { const m = s.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
  function lum(c) {
    const v = c.slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 :
      Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function bg(el) {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  }
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode;
    if (!t.textContent.trim()) continue;
    const el = t.parentElement;
    if (el.closest("svg, .visually-hidden, .skip-link")) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;  // hidden or visually hidden
    const fg = rgb(getComputedStyle(el).color), b = bg(el);
    const l1 = lum(fg), l2 = lum(b);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < 4.5) bad.push(el.tagName + "." + el.className + ": " + ratio.toFixed(2) +
      " " + t.textContent.trim().slice(0, 30));
  }
  return bad;
}
"""


def _key_pages(built) -> dict[str, str]:
    scholz = next(aid for aid, a in built["articles"].items() if "Macron" in (a.title or ""))
    return {
        "start": "index.html",
        "artikel": article_page(built, scholz),
        "entitaet": "personen/olaf-scholz/index.html",
        "archiv": "archiv/index.html",
        "suche": "suche/index.html?q=Scholz",
    }


def test_key_pages_over_http(page, server: str, built, shot_dir: Path):
    for name, path in _key_pages(built).items():
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.lang") == "de"
        assert page.locator("h1").count() == 1, name
        for sel in ("header", "nav", "main", "footer"):
            assert page.locator(sel).count() >= 1, (name, sel)
        bad = page.evaluate(CONTRAST_JS)
        assert not bad, (name, bad[:5])
        if name == "suche":
            page.wait_for_selector("#suche-ergebnisse li", timeout=10_000)
            assert "Scholz" in page.inner_text("#suche-ergebnisse")
        page.screenshot(path=str(shot_dir / f"{name}-desktop.png"), full_page=True)
    assert not page.errors, page.errors
    assert not page.external, page.external


def test_phone_width_has_no_horizontal_scroll(browser, server: str, built, shot_dir: Path):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1,
                              is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    try:
        for name, path in _key_pages(built).items():
            pg.goto(server + path)
            pg.wait_for_load_state("networkidle")
            if name == "suche":
                pg.wait_for_selector("#suche-ergebnisse li", timeout=10_000)
            width = pg.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (name, width)
            pg.screenshot(path=str(shot_dir / f"{name}-phone.png"))
    finally:
        ctx.close()


def test_pages_work_from_file_urls(page, site: Path, built):
    for name, path in _key_pages(built).items():
        target, _, query = path.partition("?")
        url = (site / target).as_uri() + (f"?{query}" if query else "")
        page.goto(url)
        assert page.locator("h1").count() == 1, name
        # The stylesheet loaded (relative link) — the header rule is drawn.
        border = page.evaluate(
            "getComputedStyle(document.querySelector('.site-header')).borderBottomWidth"
        )
        assert border == "3px", name
        if name == "suche":
            page.wait_for_selector("#suche-ergebnisse li", timeout=10_000)
    # Follow the first article link from the start page by clicking.
    page.goto((site / "index.html").as_uri())
    page.locator(".teaser-title a").first.click()
    page.wait_for_load_state()
    assert "/artikel/" in page.url and page.url.endswith("/index.html")
    assert page.locator("article.story h1").count() == 1
    assert not page.errors, page.errors


def test_hostile_article_executes_nothing(page, server: str, site: Path, built):
    path = article_page(built, built["hostile_id"])
    urls = [server + path, (site / path).as_uri()]
    tag_pages = sorted((site / "schlagworte").glob("*script*/index.html"))
    urls += [server + p.relative_to(site).as_posix() for p in tag_pages]
    urls += [server + "index.html", server + "suche/index.html?q=Stadtfest"]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.mouse.move(300, 300)
        page.mouse.move(600, 500)
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    page.goto(server + path)
    body = page.inner_text("main")
    assert "<script>window.__pwned = true</script>" in body  # shown as text
    assert page.locator("main script, main img, main iframe, main object").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert all(h.startswith(("http://", "https://", "file://")) for h in hrefs), hrefs


def test_keyboard_skip_link_and_focus_style(page, server: str):
    page.goto(server + "index.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0  # visible when focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhalt"


def test_print_styles_hide_navigation(page, server: str, built):
    page.goto(server + _key_pages(built)["artikel"])
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".header-search").is_hidden()
    assert page.locator(".story-body").is_visible()


@pytest.mark.parametrize("via", ["http", "file"])
def test_header_search_form_leads_to_results(page, server: str, site: Path, built, via: str):
    path = _key_pages(built)["artikel"]
    page.goto(server + path if via == "http" else (site / path).as_uri())
    page.fill("#kopf-suche", "Macron")
    page.press("#kopf-suche", "Enter")
    page.wait_for_url(re.compile(r".*/suche/index\.html\?q=Macron$"))
    page.wait_for_selector("#suche-ergebnisse li", timeout=10_000)
    assert "Macron" in page.inner_text("#suche-ergebnisse")
    assert page.input_value("#suche-eingabe") == "Macron"
