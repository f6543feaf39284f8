"""The lean tree builder gives the same tree bs4 builds on its own."""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from newsarchive.parse.tree import build_soup

# nothing in here is skipped (no doctype, scripts, images, navs, comments), so bs4's lxml
# parse must give the very same tree
PAGE = """<html lang="de"><head><title>Bahnstreik  am Montag</title></head>
<body class="article">
  <div id="main">
    <h1 class="headline">Die Bahn   streikt</h1>
    <p>Erster <b>fetter</b> Absatz mit <a href="/politik/">Link</a> und &amp; Entität.</p>

    <p>  </p>
    <pre>  Code
      eingerückt  </pre>
    <p>Japanisch <ruby>漢<rt>kan</rt><rp>(</rp></ruby> Ende</p>
    <o:p>Word-Absatz</o:p>
    <table><tr><td>Zelle 1</td><td>Zelle 2</td></tr></table>
    <ul><li>eins<li>zwei</ul>
  </div>
  Schluss ohne Tag
</body></html>"""


def _links(soup: BeautifulSoup) -> list[tuple]:
    """Every node in document order with its class, parent and sibling/element links."""
    out = []
    el = soup.contents[0] if soup.contents else None
    while el is not None:
        out.append(
            (
                type(el).__name__,
                el.name if isinstance(el, Tag) else str(el),
                dict(el.attrs) if isinstance(el, Tag) else None,
                getattr(el.parent, "name", None),
                repr(el.previous_sibling)[:40],
                repr(el.next_sibling)[:40],
                repr(el.previous_element)[:40],
            )
        )
        el = el.next_element
    return out


def test_lean_tree_equals_bs4_tree() -> None:
    ours, _ = build_soup(PAGE)
    plain = BeautifulSoup(PAGE, "lxml", multi_valued_attributes=None)
    assert str(ours) == str(plain)
    assert _links(ours) == _links(plain)
    assert ours.find("h1").get_text() == "Die Bahn   streikt"
    assert [p.get_text() for p in ours.find_all("li")] == ["eins", "zwei"]


def test_whitespace_collapses_outside_pre_only() -> None:
    soup, _ = build_soup(PAGE)
    blank = soup.find_all("p")[1]
    assert blank.contents == [" "]
    assert soup.pre.string == "  Code\n      eingerückt  "


def test_ruby_text_keeps_its_string_class() -> None:
    soup, _ = build_soup(PAGE)
    rt = soup.find("rt")
    assert type(rt.string).__name__ == "RubyTextString"
    assert isinstance(soup.find("b").string, NavigableString)
    # get_text leaves ruby annotations out, as it does on bs4's own tree
    assert soup.find("ruby").get_text() == "漢"


def test_skipped_subtrees_leave_no_trace_but_their_metadata() -> None:
    html = (
        '<html><head><meta property="og:title" content="T">'
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>'
        '<body><p>a<!-- Kommentar -->b</p><nav><a href="/x">Menü</a></nav>'
        '<img alt="Ein Bild"><p>c</p></body></html>'
    )
    soup, builder = build_soup(html)
    assert [p.contents for p in soup.find_all("p")] == [["ab"], ["c"]]
    assert soup.find("nav") is None and soup.find("img") is None
    assert builder.metas == [{"property": "og:title", "content": "T"}]
    assert builder.jsonld == ['{"@type": "NewsArticle"}']
    assert builder.alts == ["Ein Bild"]
    # the last string links back through the tree to the html element
    last = soup.find_all("p")[1].string
    chain = []
    el = last
    while el is not None:
        chain.append(el.name if isinstance(el, Tag) else str(el))
        el = el.previous_element
    assert chain == ["c", "p", "ab", "p", "body", "head", "html"]


def test_a_second_feed_starts_from_nothing() -> None:
    # bs4 feeds a page again (re-encoded) when lxml rejects the first attempt; nothing of
    # the first attempt may leak into the second
    from newsarchive.parse.tree import PageBuilder

    builder = PageBuilder(multi_valued_attributes=None, attribute_dict_class=dict)
    BeautifulSoup('<html><head><meta name="a" content="1"><title>Erst</title></head>'
                  "<body><h1>Eins</h1><p>offen", builder=builder)
    soup = BeautifulSoup('<html><head><meta name="b" content="2"></head>'
                         "<body><p>Zwei</p></body></html>", builder=builder)
    assert builder.metas == [{"name": "b", "content": "2"}]
    assert builder.titles == [] and builder.h1_tags == []
    assert [p.get_text() for p in soup.find_all("p")] == ["Zwei"]
