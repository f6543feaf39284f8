"""One pass over the body tree: drop boilerplate subtrees, cut text into blocks, note page hints.

Each block is a run of text between block-level boundaries. Containers (div, section, …)
record the range of blocks they hold, so scoring needs no further passes over the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bs4.element import NavigableString, Tag

from newsarchive.parse.boilerplate import (
    BOILER_TOKENS,
    CONTENT_TOKENS,
    STRONG_TOKENS,
    class_tokens,
)
from newsarchive.parse.decode import drop_invisible

#: Tags that end the current text run (block-level elements).
BOUNDARY = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "figure",
        "header",
        "footer",
        "aside",
        "nav",
        "form",
        "fieldset",
        "details",
        "summary",
        "address",
        "hr",
        "center",
        "body",
        "html",
        "caption",
        "hgroup",
        "br_block",
    }
)
#: Block tags that give their text a kind.
KINDS = {
    "p": "p",
    "h1": "h1",
    "h2": "h",
    "h3": "h",
    "h4": "h",
    "h5": "h",
    "h6": "h",
    "li": "li",
    "blockquote": "p",
    "pre": "p",
    "dd": "p",
    "dt": "p",
    "td": "td",
    "th": "td",
    "address": "div",
    "summary": "h",
    "caption": "td",
}
#: Tags never holding article text.
DROP_NAMES = frozenset(
    {
        "nav",
        "aside",
        "footer",
        "figcaption",
        "menu",
        "dialog",
        "head",
        "label",
        "option",
        "fieldset",
    }
)
DROP_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "complementary",
        "contentinfo",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "tablist",
    }
)
#: Container tags whose block ranges are recorded for scoring.
CONTAINERS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "body",
        "td",
        "ul",
        "ol",
        "blockquote",
        "header",
        "figure",
        "span",
        "dl",
        "center",
        "table",
        "tbody",
        "tr",
        "font",
        "html",
    }
)


_BR = "\u2028"  # marks a <br> in the text buffer
_BR_BREAK = re.compile("\u2028\\s*\u2028[\\s\u2028]*")


#: Nesting depth beyond which subtrees are read flat (keeps recursion bounded).
MAX_DEPTH = 250


@dataclass(slots=True)
class Block:
    kind: str
    text: str
    link_chars: int
    container: int  # index of the innermost container
    lead: bool = False  # inside an element marked as the article's lead/intro


@dataclass(slots=True)
class Container:
    tag: Tag
    start: int
    end: int
    depth: int
    parent: int
    content_hint: bool = False


@dataclass
class WalkResult:
    blocks: list[Block] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    times: list[tuple[int, str]] = field(default_factory=list)  # (block index, datetime)
    time_texts: list[str] = field(default_factory=list)
    #: Dates shown on the page: (block index, text or datetime, marked as a modification).
    shown_dates: list[tuple[int, str, bool]] = field(default_factory=list)
    #: (block index, tag) of the first h1/h2 elements kept in the text, in document order.
    title_tags: list[tuple[int, Tag]] = field(default_factory=list)
    dropped_chars: int = 0


_STRONG_ROOTS = ("comment", "disqus", "cookie", "consent")


@lru_cache(maxsize=4096)
def _class_verdict(value: str) -> int:
    """0 keep, 1 drop unless it holds long text, 2 drop, 3 content, 4 byline (drop, keep text)."""
    tokens = class_tokens(value)
    if tokens & CONTENT_TOKENS:
        return 3
    if tokens & STRONG_TOKENS or any(
        t.startswith(_STRONG_ROOTS) and not t.startswith("commentar") for t in tokens
    ):
        return 2
    hits = tokens & BOILER_TOKENS
    if not hits:
        return 0
    if hits & {"byline", "author", "authors", "autor", "autoren", "authorbox"}:
        return 4
    return 1


_DATE_TOKENS = frozenset(
    {
        "date",
        "datum",
        "time",
        "timestamp",
        "dateline",
        "meta",
        "published",
        "pubdate",
        "datetime",
        "info-line",
        "publish",
        "veroeffentlicht",
        "metadata",
        "postmeta",
        "entry-meta",
    }
)


_MODIFIED_TOKENS = frozenset(
    {"updated", "modified", "update", "aktualisiert", "changed", "lastmod", "datemodified"}
)


def _is_modified(tag: Tag) -> bool:
    """True for a date element marked as the last change (class or itemprop)."""
    value = " ".join(v for v in (tag.attrs.get("class"), tag.attrs.get("itemprop")) if v)
    return bool(value) and bool(class_tokens(value) & _MODIFIED_TOKENS)


def _is_dateish(tag: Tag) -> bool:
    value = tag.attrs.get("class")
    return bool(value) and _dateish_class(value)


_DATE_PARTS = re.compile(r"date|datum|time(?!line)|publish|veroeffentlicht", re.I)


_DATEISH_HINT = re.compile(r"date|datum|time|meta|info-line|publish|veroeffentlicht", re.I)


@lru_cache(maxsize=4096)
def _dateish_class(value: str) -> bool:
    if not _DATEISH_HINT.search(value):
        return False  # fast path: most class names name no date at all
    if class_tokens(value) & _DATE_TOKENS:
        return True
    # Compound names: "news-single-timedata", "elementor-post-info__item--type-date".
    return any(_DATE_PARTS.search(part) for part in re.split(r"[\s_]+", value) if part)


def _verdict(tag: Tag) -> int:
    attrs = tag.attrs
    if not attrs:
        return 0
    role = attrs.get("role")
    if role and role.lower() in DROP_ROLES:
        return 1
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return 1
    if attrs.get("itemprop") == "articleBody":
        return 3
    if "author" in (attrs.get("itemprop") or "") or attrs.get("rel") == "author":
        return 4
    value = " ".join(
        v
        for v in (
            attrs.get("class"),
            attrs.get("id"),
            attrs.get("data-component"),
            attrs.get("data-type"),
        )
        if v
    )
    if not value:
        return 0
    return _class_verdict(value)


#: A figure holding one of these is text (a quote, a table), not an image with a caption.
_FIGURE_TEXT = frozenset({"blockquote", "table"})


def _contains(tag: Tag, names: frozenset[str]) -> bool:
    """Whether an element below ``tag`` has one of ``names`` (``tag.find`` builds a matcher
    object per call; this runs for every figure)."""
    return any(isinstance(d, Tag) and d.name in names for d in tag.descendants)


class _Walker:
    def __init__(self) -> None:
        self.res = WalkResult()
        self.buf: list[str] = []
        self.link_chars = 0
        self.kind_stack: list[str] = ["div"]
        self.cont_stack: list[int] = []
        self.in_lead = 0
        self.in_content = 0

    def flush(self) -> None:
        if not self.buf:
            return
        raw = drop_invisible("".join(self.buf))
        self.buf = []
        # Two or more <br> in a row separate paragraphs (legacy and AMP templates).
        parts = _BR_BREAK.split(raw) if _BR in raw else [raw]
        total = max(len(raw), 1)
        for part in parts:
            links = self.link_chars if len(parts) == 1 else self.link_chars * len(part) // total
            text = " ".join(part.replace(_BR, " ").split())
            if text:
                self.res.blocks.append(
                    Block(
                        self.kind_stack[-1],
                        text,
                        links,
                        self.cont_stack[-1] if self.cont_stack else -1,
                        self.in_lead > 0,
                    )
                )
        self.link_chars = 0

    def walk(self, node: Tag, depth: int, in_link: bool) -> None:
        for child in node.contents:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:
                    self.buf.append(child)
                    if in_link:
                        self.link_chars += len(child.strip())
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.buf.append(_BR)
                continue
            if name in DROP_NAMES:
                continue
            if name == "figure" and not _contains(child, _FIGURE_TEXT):
                continue  # an image or video with its caption and credit
            verdict = _verdict(child)
            if verdict != 2 and child.attrs and _is_dateish(child):
                text = child.get_text(" ")
                if len(text) < 200:
                    self.res.time_texts.append(text)
                    self.res.shown_dates.append((len(self.res.blocks), text, _is_modified(child)))
            if verdict == 2:
                if child.find(attrs={"itemprop": "articleBody"}) is None:
                    continue
                verdict = 0  # a wrapper of the marked article body
            if verdict in (1, 4):
                # Boilerplate by its markup: drop it unless it turns out to hold the article
                # text (walk it tentatively and look at the blocks it produced).
                if name not in BOUNDARY:
                    text = child.get_text(" ")
                    if len(text) < 300:
                        if verdict == 4:
                            self.res.bylines.append(" ".join(text.split()))
                        continue
                else:
                    self.flush()
                    nb, nc = len(self.res.blocks), len(self.res.containers)
                    self._descend(child, name, depth, in_link, verdict)
                    added = self.res.blocks[nb:]
                    holds_body = any(c.content_hint for c in self.res.containers[nc:])
                    keep = (
                        holds_body
                        or _long_paragraphs(added) >= (1 if name in _PARAGRAPH_TAGS else 2)
                        or (
                            self.in_content
                            and verdict == 1
                            and sum(len(b.text) for b in added if not b.link_chars) >= 300
                        )
                    )
                    if not keep:
                        if verdict == 4:
                            text = " ".join(b.text for b in added)
                            if text and len(text) < 300:
                                self.res.bylines.append(text)
                        del self.res.blocks[nb:]
                        del self.res.containers[nc:]
                        while self.res.title_tags and self.res.title_tags[-1][0] >= nb:
                            self.res.title_tags.pop()
                    continue
            if name == "time":
                dt = child.attrs.get("datetime")
                if dt:
                    self.res.times.append((len(self.res.blocks), dt))
                else:
                    self.res.time_texts.append(child.get_text(" "))
                self.res.shown_dates.append(
                    (len(self.res.blocks), dt or child.get_text(" "), _is_modified(child))
                )
            if depth > MAX_DEPTH:  # pathological nesting: take the text flat, no recursion
                self.buf.append(child.get_text(" "))
                continue
            if name == "table" and _is_stats_table(child):
                # A statistics widget (label/number rows): no prose, and its caption-like
                # heading just before it goes with it.
                self.flush()
                blocks = self.res.blocks
                if blocks and blocks[-1].kind == "h" and len(blocks[-1].text) < 40:
                    blocks[-1].kind = "drop"
                continue
            if name in BOUNDARY:
                self.flush()
                self._descend(child, name, depth, in_link, verdict)
            else:
                self.walk(child, depth + 1, in_link or name == "a")

    def _descend(self, child: Tag, name: str, depth: int, in_link: bool, verdict: int) -> None:
        """Walk a block-level child: its own kind and, for containers, a recorded range."""
        kind = KINDS.get(name)
        if kind:
            self.kind_stack.append(kind)
        is_cont = name in CONTAINERS
        if is_cont:
            idx = len(self.res.containers)
            parent = self.cont_stack[-1] if self.cont_stack else -1
            self.res.containers.append(
                Container(child, len(self.res.blocks), 0, depth, parent, verdict == 3)
            )
            self.cont_stack.append(idx)
        if name in ("h1", "h2") and len(self.res.title_tags) < 24:
            self.res.title_tags.append((len(self.res.blocks), child))
        lead = _is_lead(child)
        n_before = len(self.res.blocks)
        self.in_lead += lead
        self.in_content += verdict == 3
        self.walk(child, depth + 1, in_link)
        self.flush()
        self.in_lead -= lead
        if lead and len(self.res.blocks) - n_before > 3:
            for b in self.res.blocks[n_before:]:  # a whole body marked "summary": no lead
                b.lead = False
        self.in_content -= verdict == 3
        if is_cont:
            self.cont_stack.pop()
            self.res.containers[idx].end = len(self.res.blocks)
        if kind:
            self.kind_stack.pop()


_DIGIT = re.compile(r"\d")


_WIDGET_TOKENS = frozenset(
    {"stats", "stat", "statistics", "statistik", "match", "score", "scores", "box", "widget"}
)


def _is_stats_table(table: Tag) -> bool:
    """A small table of short label/number cells in a marked widget (match statistics)."""
    node: Tag | None = table
    marked = False
    for _ in range(3):
        if node is None:
            break
        cls = node.attrs.get("class")
        if cls and class_tokens(cls) & _WIDGET_TOKENS:
            marked = True
            break
        node = node.parent
    if not marked:
        return False
    cells = table.find_all(("td", "th"), limit=200)
    if not 6 <= len(cells) <= 60:
        return False
    texts = [" ".join(c.get_text(" ").split()) for c in cells]
    if sum(len(t) for t in texts) > 25 * len(texts):
        return False  # cells with running text
    numeric = sum(1 for t in texts if t and _DIGIT.search(t) and len(t) <= 12)
    return numeric >= 0.4 * len(texts)


_LEAD_TOKENS = frozenset(
    {
        "intro",
        "lead",
        "leadtext",
        "lede",
        "einleitung",
        "vorspann",
        "standfirst",
        "summary",
        "abstract",
        "excerpt",
        "teasertext",
        "article-lead",
        "article-intro",
        "articlelead",
        "anriss",
        "kurztext",
        "deck",
        "dek",
        "subtitle",
    }
)


def _is_lead(tag: Tag) -> bool:
    value = tag.attrs.get("class")
    return bool(value) and _lead_class(value)


@lru_cache(maxsize=4096)
def _lead_class(value: str) -> bool:
    return bool(class_tokens(value) & _LEAD_TOKENS)


_PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre"})


def _long_paragraphs(blocks: list[Block]) -> int:
    return sum(
        1
        for b in blocks
        if b.kind in ("p", "div") and len(b.text) > 150 and b.link_chars < 0.3 * len(b.text)
    )


def walk_body(body: Tag) -> WalkResult:
    """Walk ``body`` once and return its text blocks, containers and hints."""
    w = _Walker()
    w.res.containers.append(Container(body, 0, 0, 0, -1))
    w.cont_stack.append(0)
    w.walk(body, 1, False)
    w.flush()
    w.res.containers[0].end = len(w.res.blocks)
    return w.res
