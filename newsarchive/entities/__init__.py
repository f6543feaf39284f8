"""Entity extraction: persons, places and organisations in German news.

A spaCy NER model trained on GermEval 2014 (shipped in ``model/``) finds mentions; rules
and tables (:mod:`.normalize`, :mod:`.demonyms`, :mod:`.aliases`) turn them into canonical
entities. Cross-archive surname joining: :func:`newsarchive.entities.normalize.resolve_surnames`.
"""

from __future__ import annotations

from typing import Any

from newsarchive.entities.normalize import remap_entities, resolve_surnames


def __getattr__(name: str) -> Any:
    """Load the extractor (and spaCy) only when it is used: search never needs it."""
    if name in ("extract_entities", "extract_entities_many"):
        from newsarchive.entities import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["extract_entities", "extract_entities_many", "remap_entities", "resolve_surnames"]
