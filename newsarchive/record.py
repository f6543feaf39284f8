"""The article record: what the parser produces and every later stage consumes."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Entity:
    """A canonical entity found in an article."""

    name: str
    type: str  # "PER" | "LOC" | "ORG"
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    """A structured news article extracted from a saved HTML page.

    Dates are ISO 8601 strings with offset (``2024-11-07T12:04:00+01:00``), or a bare
    date (``2024-11-07``) when no time is knowable, or ``None``.
    """

    url: str | None = None
    title: str | None = None
    kicker: str | None = None
    lead: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    #: Body in reading order: (kind, text) with kind "h" (sub-heading) or "p" (paragraph).
    blocks: list[tuple[str, str]] = field(default_factory=list)
    is_article: bool = True
    not_article_reason: str | None = None
    entities: list[Entity] = field(default_factory=list)
    source: str | None = None  # file name or WARC record the page came from

    @property
    def text(self) -> str:
        """Lead, headings and paragraphs in reading order, a blank line between them."""
        parts: list[str] = []
        body = [t for _, t in self.blocks] if self.blocks else self.headings + self.paragraphs
        if self.lead and (not body or body[0].strip() != self.lead.strip()):
            parts.append(self.lead)
        parts.extend(body)
        return "\n\n".join(p for p in parts if p)

    @property
    def content_hash(self) -> str:
        """SHA-256 over the normalised text: equal text gives an equal hash."""
        norm = " ".join(self.text.split()).casefold()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the computed ``text`` and ``content_hash``."""
        d = asdict(self)
        d["blocks"] = [list(b) for b in self.blocks]
        d["text"] = self.text
        d["content_hash"] = self.content_hash
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict` (computed fields are ignored)."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in d.items() if k in known}
        kw["blocks"] = [tuple(b) for b in kw.get("blocks", [])]
        kw["entities"] = [Entity(**e) if isinstance(e, dict) else e for e in kw.get("entities", [])]
        return cls(**kw)
