"""Headline and kicker: the visible h1 (without its kicker) or the cleaned meta title."""

from __future__ import annotations

import re

from bs4.element import Tag

from newsarchive.parse.boilerplate import class_tokens

KICKER_TOKENS = frozenset(
    {
        "kicker",
        "dachzeile",
        "overline",
        "topline",
        "roofline",
        "supertitle",
        "eyebrow",
        "spitzmarke",
        "headline-intro",
        "pretitle",
        "pre-title",
        "overhead",
        "flag",
        "rubrik",
        "catchline",
        "superheadline",
        "label",
    }
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—»·•/]|-{1,2}|:)\s+")
_WORD = re.compile(r"\w+")


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([:,.!?;])(?=\s|$)")


def _norm(text: str | None) -> str:
    text = " ".join((text or "").translate(_INVISIBLE).split())
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text)


def split_kicker(h1: Tag) -> tuple[str | None, str]:
    """(kicker, headline) of an h1 whose kicker is a marked child element."""
    full = _norm(h1.get_text(" "))
    for el in h1.find_all(True, limit=12):
        cls = " ".join(v for v in (el.attrs.get("class"), el.attrs.get("id")) if v)
        if cls and class_tokens(cls) & KICKER_TOKENS:
            kicker = _norm(el.get_text(" ")).rstrip(":").strip()
            if kicker and full.startswith(kicker):
                rest = full[len(kicker) :].lstrip(" :–-|").strip()
                if rest:
                    return kicker, rest
    return None, full


_NOT_HEADLINE = frozenset(
    {"logo", "brand", "sitename", "site-title", "sitetitle", "visually-hidden", "sr-only"}
)


def _marked_not_headline(tag: Tag) -> bool:
    node: Tag | None = tag
    for _ in range(3):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        cls = " ".join(v for v in (node.attrs.get("class"), node.attrs.get("id")) if v)
        if cls and class_tokens(cls) & _NOT_HEADLINE:
            return True
        node = node.parent
    return False


def _overlap(a: str, b: str) -> float:
    wa = {w.lower() for w in _WORD.findall(a)}
    wb = {w.lower() for w in _WORD.findall(b)}
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def strip_site(title: str, site_name: str | None) -> str:
    """Remove a site suffix (" | Site", " - SZ.de") or site prefix from a page title."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = (site_name or "").lower().replace(" ", "")

    def is_site(part: str) -> bool:
        p = part.lower().replace(" ", "")
        if site and len(p) >= 2 and (site in p or p in site):
            return True
        return bool(re.search(r"\.(?:de|at|ch|com|lu|net|org|info)$", p)) or p in {
            "nachrichten",
            "news",
            "startseite",
            "home",
            "aktuell",
        }

    seps = list(_TITLE_SEPARATORS.finditer(title))
    if is_site(parts[-1]) or (seps[-1].group().strip() == "|" and len(parts[0]) >= 20):
        return strip_site(title[: seps[-1].start()].strip(), site_name)
    if is_site(parts[0]):
        return title[seps[0].end() :].strip()
    return title


def choose_headline(
    meta_title: str | None, html_title: str | None, site_name: str | None, h1_tags: list[Tag]
) -> tuple[str | None, str | None]:
    """(headline, kicker): the visible article h1 if there is one, else the meta title."""
    meta_title = _norm(meta_title) or None
    site = (site_name or "").lower()
    title_parts = {p.lower() for p in _TITLE_SEPARATORS.split(_norm(html_title))[1:]}
    if html_title and _TITLE_SEPARATORS.search(_norm(html_title)):
        title_parts.add(_TITLE_SEPARATORS.split(_norm(html_title))[0].lower())
    candidates: list[tuple[str | None, str]] = []
    for tag in h1_tags[:5]:
        if _marked_not_headline(tag):
            continue
        kicker, text = split_kicker(tag)
        low = text.lower()
        site_like = (
            bool(site)
            and (low in site or site in low)
            or low in title_parts
            and (meta_title is None or low not in meta_title.lower())
        )
        if len(text) >= 8 and not site_like and len(text) < 300:
            candidates.append((kicker, text))
    kicker, headline = None, None
    if candidates:
        reference = meta_title or _norm(html_title)
        if len(candidates) == 1 or not reference:
            kicker, headline = candidates[0]
        else:
            kicker, headline = max(candidates, key=lambda c: _overlap(c[1], reference))
        if reference and _overlap(headline, reference) < 0.15:
            kicker, headline = None, None
    # Editors' headline fields (JSON-LD, OpenGraph) first, then the visible h1, then <title>.
    if meta_title:
        if headline and headline != meta_title and len(headline) >= 0.3 * len(meta_title):
            # "Headline | Site" / "Headline: Site-Archiv" / "Site - Headline": keep the h1 part.
            if meta_title.startswith(headline) and meta_title[len(headline) :][:3].strip() in (
                "|",
                "-",
                "–",
                "—",
                ":",
                "»",
                "·",
                "•",
                "/",
                "›",
            ):
                return headline, kicker
            if meta_title.endswith(headline) and meta_title[: -len(headline)][-3:].strip() in (
                "|",
                "-",
                "–",
                "—",
                "»",
                "·",
                "•",
                "›",
            ):
                return headline, kicker
        return strip_site(meta_title, site_name), kicker
    if headline:
        return headline, kicker
    if html_title:
        return strip_site(_norm(html_title), site_name), None
    return None, None


def nearby_kicker(h1_tags: list[Tag], kicker_tags: list[Tag]) -> str | None:
    """Text of a kicker element next to the article h1 (same header, up to three levels up)."""
    if not kicker_tags:
        return None
    if not h1_tags:  # headline set as h2 with its kicker inside
        for k in kicker_tags:
            if any(p.name in ("h1", "h2") for p in list(k.parents)[:2]):
                text = _norm(k.get_text(" ")).rstrip(":").strip()
                if 0 < len(text) <= 80:
                    return text
        return None
    for h1 in h1_tags[:3]:
        scopes = []
        node = h1.parent
        for _ in range(3):
            if node is None or node.name in ("body", "html", "[document]"):
                break
            scopes.append(node)
            node = node.parent
        for k in kicker_tags:
            if any(scope in k.parents for scope in scopes):
                text = _norm(k.get_text(" ")).rstrip(":").strip()
                if 0 < len(text) <= 80:
                    return text
    return None
