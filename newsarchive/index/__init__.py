"""The Whoosh index: schema, writing, query parsing, search and reindex."""

from newsarchive.index.query import QueryError
from newsarchive.index.reindex import ReindexReport, reindex
from newsarchive.index.search import Hit, SearchResult, search

__all__ = ["Hit", "QueryError", "ReindexReport", "SearchResult", "reindex", "search"]
