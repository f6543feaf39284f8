"""Atom feed and sitemap pages (rendered from templates like every other page)."""

from __future__ import annotations

from collections.abc import Iterable

from newsarchive.site.dates import atom_timestamp
from newsarchive.site.model import SiteModel
from newsarchive.site.pages import Page

FEED_SIZE = 50


def absolute(base_url: str | None, rel_path: str) -> str:
    """``base_url`` + ``rel_path`` when a base is known, else the relative path."""
    if not base_url:
        return rel_path
    return base_url.rstrip("/") + "/" + rel_path


def feed_page(model: SiteModel, base_url: str | None) -> Page:
    """``feed.xml``: the newest articles; ids are stable URNs when no base URL is given."""
    entries = []
    for a in model.articles[:FEED_SIZE]:
        published = atom_timestamp(a.article.published)
        entries.append(
            {
                "a": a,
                "id": absolute(base_url, a.path) if base_url else f"urn:newsarchive:{a.key}",
                "link": absolute(base_url, a.path),
                "published": published,
                "updated": atom_timestamp(a.article.modified, published),
            }
        )
    updated = max((e["updated"] for e in entries), default="1970-01-01T00:00:00Z")
    return Page(
        "feed.xml",
        "feed.xml",
        {
            "entries": entries,
            "updated": updated,
            "feed_id": absolute(base_url, "feed.xml") if base_url else "urn:newsarchive:feed",
            "home": absolute(base_url, "index.html"),
            "self_link": absolute(base_url, "feed.xml"),
        },
        in_sitemap=False,
    )


def sitemap_page(paths: Iterable[str], base_url: str | None) -> Page:
    urls = [absolute(base_url, p) for p in paths]
    return Page("sitemap.xml", "sitemap.xml", {"urls": urls}, in_sitemap=False)
