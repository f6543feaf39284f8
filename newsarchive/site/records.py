"""Where the site's records come from: the archive, or plain parsed articles (for tests)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from newsarchive.record import Article
from newsarchive.site.model import Duplicate, SourceRecord, source_name


def article_key(article: Article) -> str:
    """The archive's article id: SHA-256 over the URL (without fragment) or the text hash."""
    if article.url and article.url.strip():
        basis = article.url.strip().split("#", 1)[0]
    else:
        basis = "hash:" + article.content_hash
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def records_from_archive(archive: Any) -> Iterator[SourceRecord]:
    """Every article of a :class:`newsarchive.archive.Archive` with its duplicates."""
    for key, article in archive.iter_articles():
        dups = []
        for d in archive.duplicates(key) or []:
            dups.append(
                Duplicate(
                    source=d.get("source") or source_name(Article(url=d.get("url"))),
                    url=d.get("url"),
                    title=d.get("title"),
                    key=d.get("id"),
                )
            )
        yield SourceRecord(key=str(key), article=article, duplicates=dups)


def records_from_articles(articles: Iterable[Article]) -> list[SourceRecord]:
    """Records for loose articles; equal texts are each other's duplicates."""
    arts = [a for a in articles if a.is_article]
    by_hash: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        by_hash[a.content_hash].append(a)
    out = []
    for a in arts:
        dups = [
            Duplicate(source=source_name(o), url=o.url, title=o.title, key=article_key(o))
            for o in by_hash[a.content_hash]
            if o is not a
        ]
        out.append(SourceRecord(key=article_key(a), article=a, duplicates=dups))
    return out
