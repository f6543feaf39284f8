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
from bs4.element import NavigableString, Tag

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
#: Characters bs4 counts as whitespace when it collapses blank strings.
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
#: Per-tag attributes of a Tag that the tree links, not the tag name, decide.
_LINK_FIELDS = frozenset(
    (
        "attrs",
        "contents",
        "parent",
        "previous_element",
        "next_element",
        "next_sibling",
        "previous_sibling",
    )
)
#: Name-dependent Tag fields per tag name (see PageBuilder._proto).
_PROTOS: dict[str, dict[str, Any]] = {}


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
        self._start_over()

    def _start_over(self) -> None:
        """Empty metadata and tree-building state (bs4 may feed a page again, re-encoded,
        after lxml rejected the first attempt)."""
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
        # lean tree building: the state bs4's handle_starttag/endData would keep on the soup
        self._open: list[Any] = []
        self._text: list[str] = []
        self._last: Any = None
        self._keep_space = 0
        self._containers: list[str] = []

    def feed(self, markup: Any) -> None:
        """Parse ``markup`` into the soup, building Tags and strings directly.

        bs4's own per-event path (handle_starttag, endData, the linkage fixer) costs several
        times what lxml's parsing does; the tree built here is the same: same Tag and
        NavigableString classes, same attributes, links and whitespace collapsing.
        """
        self._start_over()
        soup = self.soup
        self._open = [soup.currentTag]
        self._last = soup._most_recent_element
        super().feed(markup)
        if self._text:
            self._flush()
        soup._most_recent_element = self._last

    def _proto(self, name: str) -> dict[str, Any]:
        """The name-dependent fields of a Tag, taken from one that bs4 builds itself.

        Kept for all builders: every PageBuilder has the same configuration.
        """
        model = Tag(self.soup, self, name, namespaces=self.active_namespace_prefixes[-1])
        proto = {k: v for k, v in model.__dict__.items() if k not in _LINK_FIELDS}
        if len(_PROTOS) < 2000:  # tag names are an open set: bound the cache
            _PROTOS[name] = proto
        return proto

    def _push(self, name: str, attrs: dict[str, str]) -> Tag:
        if self._text:
            self._flush()
        tag = Tag.__new__(Tag)
        d = tag.__dict__
        d.update(_PROTOS.get(name) or self._proto(name))
        d["attrs"] = attrs
        d["contents"] = []
        self._attach(tag, d)
        self._open.append(tag)
        if name in self.preserve_whitespace_tags:
            self._keep_space += 1
        if name in self.string_containers:
            self._containers.append(name)
        return tag

    def _pop(self) -> None:
        if self._text:
            self._flush()
        if len(self._open) < 2:
            return
        name = self._open.pop().name
        if self._keep_space and name in self.preserve_whitespace_tags:
            self._keep_space -= 1
        if self._containers and name in self.string_containers:
            self._containers.pop()

    def _flush(self) -> None:
        parts = self._text
        text = parts[0] if len(parts) == 1 else "".join(parts)
        self._text = []
        if not self._keep_space and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        cls = NavigableString
        if self._containers:
            cls = self.string_containers.get(self._containers[-1], cls)
        string = str.__new__(cls, text)
        string.__dict__["hidden"] = False
        self._attach(string, string.__dict__)

    def _attach(self, node: Any, d: dict[str, Any]) -> None:
        """Link a new Tag or string (``d``: its ``__dict__``) as the open element's last child
        and the element after the last one built, as bs4's tree links do."""
        parent = self._open[-1]
        siblings = parent.contents
        before = siblings[-1] if siblings else None
        last = self._last
        d["parent"] = parent
        d["previous_element"] = last
        d["next_element"] = None
        d["previous_sibling"] = before
        d["next_sibling"] = None
        if last is not None:
            last.next_element = node
        if before is not None:
            before.next_sibling = node
        siblings.append(node)
        self._last = node

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
        if not isinstance(tag, str):
            tag = tag.decode("utf-8", "replace")
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
        created = self._push(tag, attrs)
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
        self._pop()

    def data(self, data: Any) -> None:
        if self._skip:
            if self._ld is not None and self._skip == 1:
                self._ld.append(data)
            return
        if self.title_parts is not None:
            self.title_parts.append(data)
        self._text.append(data)

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
