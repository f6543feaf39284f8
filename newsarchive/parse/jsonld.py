"""Tolerant JSON-LD reading: broken JSON, arrays, @graph, nested main entities."""

from __future__ import annotations

import json
import re
from typing import Any

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "posting",
        "advertisercontentarticle",
    }
)

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _loads_tolerant(raw: str) -> list[Any]:
    """All JSON values found in ``raw``, repairing the usual breakage of hand-made JSON-LD."""
    text = raw.strip()
    for junk in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        text = text.replace(junk, "")
    text = text.strip().rstrip(";")
    if not text:
        return []
    decoder = json.JSONDecoder(strict=False)
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))):
        values: list[Any] = []
        pos = 0
        try:
            while pos < len(attempt):
                while pos < len(attempt) and attempt[pos] in " \t\r\n,;":
                    pos += 1
                if pos >= len(attempt):
                    break
                value, pos = decoder.raw_decode(attempt, pos)
                values.append(value)
            return values
        except ValueError:
            if values:
                return values
            continue
    return []


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type") or ""
    names = t if isinstance(t, list) else [t]
    return {str(n).rsplit("/", 1)[-1].lower() for n in names}


def _walk(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(value, list):
        for v in value:
            _walk(v, out, depth + 1)
    elif isinstance(value, dict):
        out.append(value)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            if key in value and isinstance(value[key], dict | list):
                _walk(value[key], out, depth + 1)


def objects(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object (flattened through arrays and @graph) of the page's scripts."""
    out: list[dict[str, Any]] = []
    for raw in scripts:
        for value in _loads_tolerant(raw):
            _walk(value, out)
    return out


def article_object(objs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the article: an Article type with the most article fields."""
    best: dict[str, Any] | None = None
    best_score = 0
    for obj in objs:
        types = _types(obj)
        is_article = bool(types & ARTICLE_TYPES)
        if not is_article and not ("webpage" in types and obj.get("headline")):
            continue
        score = (3 if is_article else 1) + sum(
            1
            for k in ("headline", "datePublished", "author", "articleBody", "description")
            if obj.get(k)
        )
        if score > best_score:
            best, best_score = obj, score
    return best


def has_type(objs: list[dict[str, Any]], names: set[str]) -> bool:
    return any(_types(o) & names for o in objs)


def text_of(value: Any) -> str | None:
    """A plain string from a JSON-LD value (string, list of strings, {"name": ...})."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        for v in value:
            t = text_of(v)
            if t:
                return t
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "headline", "@id", "url"):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key].strip()
    return None


def strings(value: Any) -> list[str]:
    """All strings of a JSON-LD value (comma-separated string, list, objects with names)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [s.strip() for s in value.split(",") if s.strip()]
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(strings(v) if not isinstance(v, str) else [v.strip()] if v.strip() else [])
        return out
    t = text_of(value)
    return [t] if t else []


def people(value: Any) -> list[tuple[str, bool]]:
    """Author entries as (name, is_organisation)."""
    if value is None:
        return []
    if isinstance(value, list):
        out: list[tuple[str, bool]] = []
        for v in value:
            out.extend(people(v))
        return out
    if isinstance(value, str):
        return [(value.strip(), False)] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(str(n) for n in name)
        if not isinstance(name, str) or not name.strip():
            given, family = value.get("givenName"), value.get("familyName")
            name = " ".join(str(p) for p in (given, family) if p) or None
        if not name:
            return []
        return [
            (
                name.strip(),
                "organization" in _types(value) or "newsmediaorganization" in _types(value),
            )
        ]
    return []
