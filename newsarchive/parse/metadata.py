"""Article metadata from JSON-LD, OpenGraph/article:*, Dublin Core, itemprop and the page."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from newsarchive.parse import jsonld
from newsarchive.parse.bylines import classify_author
from newsarchive.parse.dates import parse_date
from newsarchive.parse.tree import PageBuilder


@dataclass
class Meta:
    """Metadata candidates gathered before the body is read."""

    url: str | None = None
    title: str | None = None
    html_title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None
    article_body: str | None = None
    og_type: str | None = None
    og_title: str | None = None
    has_article_data: bool = False
    #: ``published`` came from an explicit publication field (JSON-LD, article:published_time).
    published_explicit: bool = False
    #: Further publication dates named by generic fields (dc.date.issued, date, …).
    other_dates: list[str] = field(default_factory=list)
    ld_types: set[str] = field(default_factory=set)


def _meta_map(metas: list[dict[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in metas:
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if not key or content is None:
            continue
        content = " ".join(content.split())
        if "&" in content:
            content = html.unescape(content)
        if content:
            out.setdefault(key.strip().lower(), []).append(content)
    return out


def _first(mm: dict[str, list[str]], *keys: str) -> str | None:
    for k in keys:
        if mm.get(k):
            return mm[k][0]
    return None


def _add_people(meta: Meta, entries: list[tuple[str, bool]]) -> None:
    for name, is_org in entries:
        persons, agencies = classify_author(name, is_org)
        for p in persons:
            if p.lower() not in {a.lower() for a in meta.authors}:
                meta.authors.append(p)
        for a in agencies:
            if a.lower() not in {x.lower() for x in meta.agencies}:
                meta.agencies.append(a)


def _clean_site_name(value: str) -> str | None:
    """A publication name from a meta value: entities decoded (also double-escaped ones),
    a leading "@" of a social handle dropped; URLs are no names."""
    name = html.unescape(html.unescape(value)).strip().lstrip("@").strip()
    return None if not name or name.startswith(("http", "www.", "#", "/")) else name


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


_UTC_LABEL = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _utc_mislabel(raw: str | None, other: str | None) -> bool:
    """Whether ``raw`` labels as UTC the same wall-clock minute that ``other`` (already
    parsed) gives with a German offset: the CMS wrote local time with a ``+00:00`` suffix
    (``15:59:00+00:00`` next to JSON-LD ``15:59:30+02:00``), so ``other`` is right."""
    if not raw or not other:
        return False
    m = _UTC_LABEL.match(raw.strip())
    return bool(m) and other[:16] == m.group(1) and other[-6:] in ("+01:00", "+02:00")


def _brand_authors_to_orgs(meta: Meta) -> None:
    """One-word "authors" that name the site itself ("Krautreporter") are organisations."""
    host = re.sub(r"^https?://(?:www\.)?", "", meta.url or "").split("/")[0].lower()
    site = (meta.site_name or "").lower().replace(" ", "")
    for name in list(meta.authors):
        low = name.lower()
        if " " in name or len(low) < 3:
            continue
        if (site and (low in site or site in low)) or (host and low in host.replace("-", "")):
            meta.authors.remove(name)
            if low not in {a.lower() for a in meta.agencies}:
                meta.agencies.append(name)


def read_metadata(soup: BeautifulSoup, builder: PageBuilder) -> Meta:
    """Collect metadata, most reliable source first: JSON-LD, meta tags, then the page."""
    meta = Meta()
    mm = _meta_map(builder.metas)
    objs = jsonld.objects(builder.jsonld)
    art = jsonld.article_object(objs)
    meta.ld_types = {t for o in objs for t in jsonld._types(o)}
    if art:
        meta.has_article_data = True
        meta.title = jsonld.text_of(art.get("headline")) or jsonld.text_of(art.get("name"))
        meta.description = jsonld.text_of(art.get("description"))
        meta.published = parse_date(
            jsonld.text_of(art.get("datePublished")) or jsonld.text_of(art.get("dateCreated"))
        )
        meta.modified = parse_date(jsonld.text_of(art.get("dateModified")))
        authors = art.get("author") or art.get("creator")
        by_id = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and o.get("name")}
        if isinstance(authors, dict):
            authors = [authors]
        if isinstance(authors, list):
            authors = [
                by_id.get(a.get("@id"), a) if isinstance(a, dict) and not a.get("name") else a
                for a in authors
            ]
        _add_people(meta, jsonld.people(authors))
        sec = jsonld.strings(art.get("articleSection"))
        meta.section = sec[0] if sec else None
        meta.language = _lang(jsonld.text_of(art.get("inLanguage")))
        pub = art.get("publisher")
        if isinstance(pub, dict) and not pub.get("name") and pub.get("@id"):
            pub = next((o for o in objs if o.get("@id") == pub["@id"] and o.get("name")), pub)
        name = jsonld.text_of(pub) if isinstance(pub, dict | list) else None
        meta.site_name = _clean_site_name(name) if name else None
        body = art.get("articleBody")
        meta.article_body = body if isinstance(body, str) else None
        url = art.get("url") or art.get("mainEntityOfPage")
        if isinstance(url, dict):
            url = url.get("@id") or url.get("url")
        if isinstance(url, str) and url.startswith("http"):
            meta.url = url
    keywords = jsonld.strings(art.get("keywords")) if art else []
    if not meta.published:
        # A page object (WebPage, ItemPage) may carry the date when no Article object does.
        for obj in objs:
            value = parse_date(jsonld.text_of(obj.get("datePublished")))
            if value:
                meta.published = value
                break

    # OpenGraph, article:*, Dublin Core, itemprop and plain meta names.
    meta.og_type = _first(mm, "og:type")
    meta.og_title = _first(mm, "og:title", "twitter:title")
    if meta.og_type and meta.og_type.lower() == "article" or _first(mm, "article:published_time"):
        meta.has_article_data = True
    meta.title = meta.title or _first(
        mm, "og:title", "twitter:title", "dc.title", "title", "headline", "dcterms.title"
    )
    meta.description = meta.description or _first(
        mm,
        "og:description",
        "description",
        "twitter:description",
        "dc.description",
        "dcterms.description",
    )
    og_published = _first(mm, "article:published_time")
    if not _utc_mislabel(og_published, meta.published):
        meta.published = parse_date(og_published) or meta.published
    meta.published_explicit = meta.published is not None or bool(
        _first(mm, "datepublished", "og:article:published_time")
    )
    meta.published = meta.published or parse_date(
        _first(
            mm,
            "article:published_time",
            "datepublished",
            "og:article:published_time",
            "dc.date.issued",
            "dcterms.created",
            "dc.date",
            "dcterms.date",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "article.published",
            "sailthru.date",
            "parsely-pub-date",
            "date.created",
            "dc.date.created",
            "last-modified",
        )
    )
    for key in ("dc.date.issued", "dcterms.issued", "date", "dc.date", "dcterms.date"):
        value = parse_date(_first(mm, key))
        if value:
            meta.other_dates.append(value)
    meta.modified = meta.modified or parse_date(
        _first(
            mm,
            "article:modified_time",
            "datemodified",
            "og:updated_time",
            "dcterms.modified",
            "dc.date.modified",
            "last-modified",
            "lastmod",
        )
    )
    if not meta.authors and not meta.agencies:
        for key in (
            "author",
            "article:author",
            "dc.creator",
            "dcterms.creator",
            "byl",
            "parsely-author",
            "sailthru.author",
        ):
            for value in mm.get(key, []):
                if not value.startswith("http"):
                    _add_people(meta, [(value, False)])
    meta.section = meta.section or _first(
        mm, "article:section", "section", "parsely-section", "dc.subject", "articlesection"
    )
    if not meta.site_name:
        candidates = (
            v
            for key in ("og:site_name", "application-name", "publisher", "dc.publisher",
                        "twitter:site")
            for v in mm.get(key, [])
        )
        meta.site_name = next(filter(None, map(_clean_site_name, candidates)), None)
    meta.language = (
        _lang(builder.html_attrs.get("lang") or builder.html_attrs.get("xml:lang"))
        or meta.language
        or _lang(_first(mm, "og:locale", "content-language", "language", "dc.language"))
    )
    tags = mm.get("article:tag", [])
    if not tags:
        tags = keywords or jsonld.strings(_first(mm, "news_keywords", "keywords"))
    seen: set[str] = set()
    for t in tags:
        for part in [t] if t in mm.get("article:tag", []) else [t]:
            part = part.strip()
            if part and part.lower() not in seen:
                seen.add(part.lower())
                meta.tags.append(part)
    canonical = next(
        (
            lk.get("href")
            for lk in builder.links
            if "canonical" in (lk.get("rel") or "").lower() and lk.get("href")
        ),
        None,
    )
    og_url = _first(mm, "og:url")
    meta.url = canonical or og_url or meta.url
    _brand_authors_to_orgs(meta)
    meta.html_title = builder.titles[0].strip() if builder.titles else None
    meta.title = meta.title or meta.html_title
    return meta


_HOME = {"home", "startseite", "start", "homepage", "übersicht"}


def section_fallback(meta: Meta, builder: PageBuilder) -> str | None:
    """Section from a JSON-LD breadcrumb, else from the link to the URL's first path segment."""
    for obj in jsonld.objects(builder.jsonld):
        if "breadcrumblist" in jsonld._types(obj):
            items = obj.get("itemListElement")
            names = []
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    name = jsonld.text_of(item.get("name")) or jsonld.text_of(item.get("item"))
                    if name and not name.startswith("http"):
                        names.append(name)
            names = [n for n in names if n.lower() not in _HOME and n != meta.site_name]
            if len(names) >= 2:
                return names[0]
    if not meta.url:
        return None
    m = re.match(r"^https?://[^/]+/([\w-]{2,40})/", meta.url)
    if not m:
        return None
    segment = m.group(1).lower()
    for href, tag in builder.section_links:
        path = re.sub(r"^https?://[^/]+", "", href).strip("/").lower()
        if path == segment:
            text = " ".join(tag.get_text(" ").split())
            if 2 <= len(text) <= 30:
                return text
    return None
