"""Entity extraction (initial placeholder; the entities work replaces it)."""

from __future__ import annotations

from collections.abc import Iterable

from newsarchive.record import Article, Entity


def extract_entities(article: Article) -> list[Entity]:
    """Canonical entities of one article."""
    return []


def extract_entities_many(articles: Iterable[Article]) -> list[list[Entity]]:
    """Batch version of :func:`extract_entities` (one list per article, in order)."""
    return [extract_entities(a) for a in articles]
