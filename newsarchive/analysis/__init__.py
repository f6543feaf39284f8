"""The German analyzer (initial placeholder chain; the analysis work replaces it)."""

from __future__ import annotations

from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, StemFilter


def german_analyzer() -> Analyzer:
    """Index-time analyzer."""
    return RegexTokenizer() | LowercaseFilter() | StemFilter(lang="de")


def german_query_analyzer() -> Analyzer:
    """Query-time analyzer."""
    return german_analyzer()


def analyze(text: str, mode: str = "index") -> list[str]:
    """Tokens of ``text`` as the index ("index") or a query ("query") sees them."""
    a = german_analyzer() if mode == "index" else german_query_analyzer()
    return [t.text for t in a(text)]
