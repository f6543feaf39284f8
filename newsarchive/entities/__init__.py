"""Entity extraction: persons, places and organisations in German news.

A spaCy NER model trained on GermEval 2014 (shipped in ``model/``) finds mentions; rules
and tables (:mod:`.normalize`, :mod:`.demonyms`, :mod:`.aliases`) turn them into canonical
entities. Cross-archive surname joining: :func:`newsarchive.entities.normalize.resolve_surnames`.
"""

from __future__ import annotations

from newsarchive.entities.extract import extract_entities, extract_entities_many
from newsarchive.entities.normalize import remap_entities, resolve_surnames

__all__ = ["extract_entities", "extract_entities_many", "remap_entities", "resolve_surnames"]
