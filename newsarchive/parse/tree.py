"""BeautifulSoup tree building (lxml tree builder) that drops non-content subtrees early.

Scripts, styles, SVG, iframes and the like never become Tag objects; meta tags, links and
JSON-LD scripts are noted on the way so metadata needs no extra pass over the tree.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import Tag

#: Elements whose whole subtree is never article text (never become Tag objects).
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "svg",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "textarea",
        "button",
        "video",
        "audio",
        "map",
        "math",
        "dialog",
        "input",
        "source",
        "track",
        "nav",
        "aside",
        "footer",
        "figcaption",
        "label",
        "option",
        "img",
        "picture",
        "hr",
        "menu",
    ]
)
#: At most this many Tag objects are built; the rest of a huge page is skipped.
MAX_TAGS = 60_000
#: Void elements whose attributes are recorded but that need no Tag object.
RECORD_ONLY = frozenset({"meta", "link"})


_KICKER_CLASS = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|spitzmarke|supertitle|eyebrow", re.I
)


# A link to a site section: "/politik/", "https://host/koeln".
_SECTION_HREF = re.compile(r"^(?:https?://[^/]+)?/[\w-]{2,40}/?$")


def _is_kicker(attrs: dict[str, str]) -> bool:
    cls, ident = attrs.get("class"), attrs.get("id")
    return bool((cls and _KICKER_CLASS.search(cls)) or (ident and _KICKER_CLASS.search(ident)))


class PageBuilder(LXMLTreeBuilder):
    """lxml tree builder that skips non-content subtrees and records head metadata."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.metas: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []
        self.jsonld: list[str] = []
        self.html_attrs: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.titles: list[str] = []
        self.h1_tags: list[Tag] = []
        self.datetimes: list[str] = []
        self.kicker_tags: list[Tag] = []
        self.section_links: list[tuple[str, Tag]] = []
        #: alt texts of images (a meta description that repeats one is a caption, no lead)
        self.alts: list[str] = []
        self.created = 0
        self.truncated = False
        self._skip = 0
        self._ld: list[str] | None = None

    def start(self, tag: Any, attrib: Any, nsmap: Any = {}) -> None:  # noqa: B006
        if self._skip:
            self._skip += 1
            if tag == "img" and len(self.alts) < 50 and attrib.get("alt"):
                self.alts.append(attrib["alt"])
            if "datetime" in attrib:
                self.datetimes.append(attrib["datetime"])
            if tag == "meta" or ("itemprop" in attrib and "content" in attrib):
                self.metas.append(dict(attrib))
            return
        if self.created >= MAX_TAGS:  # bounded work on huge pages: ignore the rest
            self.truncated = True
            self._skip = 1
            return
        if tag in RECORD_ONLY:
            (self.metas if tag == "meta" else self.links).append(dict(attrib))
            self._skip = 1
            return
        if tag in SKIP_TAGS:
            if tag == "script" and "ld+json" in (attrib.get("type") or "").lower():
                self._ld = []
            elif tag == "img" and len(self.alts) < 50 and attrib.get("alt"):
                self.alts.append(attrib["alt"])
            self._skip = 1
            return
        if nsmap or len(self.nsmaps) > 1 or not isinstance(tag, str) or ":" in tag:
            super().start(tag, attrib, nsmap)
            return
        attrs = dict(attrib)
        if "datetime" in attrs:
            self.datetimes.append(attrs["datetime"])
        if "itemprop" in attrs and ("content" in attrs or "datetime" in attrs):
            self.metas.append(
                {
                    "itemprop": attrs["itemprop"],
                    "content": attrs.get("content") or attrs.get("datetime") or "",
                }
            )
        if tag == "title" and not self.titles:
            self.title_parts = []
        elif tag == "html" and not self.html_attrs:
            self.html_attrs = attrs
        self.created += 1
        created = self.soup.handle_starttag(
            tag, None, None, attrs, namespaces=self.active_namespace_prefixes[-1]
        )
        if tag == "a" and created is not None and len(self.section_links) < 300:
            href = attrs.get("href")
            if href and _SECTION_HREF.match(href):
                self.section_links.append((href, created))
        if tag == "h1" and created is not None and len(self.h1_tags) < 8:
            self.h1_tags.append(created)
        elif created is not None and len(self.kicker_tags) < 8 and _is_kicker(attrs):
            self.kicker_tags.append(created)

    def end(self, tag: Any) -> None:
        if self._skip:
            self._skip -= 1
            if self._skip == 0 and self._ld is not None:
                self.jsonld.append("".join(self._ld))
                self._ld = None
            return
        if tag == "title" and self.title_parts is not None:
            self.titles.append("".join(self.title_parts))
            self.title_parts = None
        super().end(tag)

    def data(self, data: Any) -> None:
        if self._skip:
            if self._ld is not None and self._skip == 1:
                self._ld.append(data)
            return
        if self.title_parts is not None:
            self.title_parts.append(data)
        self.soup.handle_data(data)

    def comment(self, text: Any) -> None:
        return

    def pi(self, target: Any, data: Any) -> None:
        return

    def doctype(self, name: Any, pubid: Any, system: Any) -> None:
        return


def build_soup(text: str) -> tuple[BeautifulSoup, PageBuilder]:
    """Parse ``text`` with BeautifulSoup's lxml tree builder; returns the soup and its builder."""
    # plain dicts for attributes: lxml hands over str values, so the conversions of bs4's
    # attribute dict class (None/numbers to str) never apply, and its __setitem__ costs ~3 %
    builder = PageBuilder(multi_valued_attributes=None, attribute_dict_class=dict)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(text, builder=builder)
    return soup, builder


def body_of(soup: BeautifulSoup) -> Tag:
    """The page's body element (or the soup itself for fragments)."""
    body = soup.body
    return body if body is not None else soup
