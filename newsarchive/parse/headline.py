"""Headline and kicker: the visible h1 (without its kicker) or the cleaned meta title."""

from __future__ import annotations

import re

from bs4.element import Tag

from newsarchive.parse.boilerplate import class_tokens
from newsarchive.parse.decode import drop_invisible

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
        "subline",
    }
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—»·•/]|-{1,2}|:)\s+")
_WORD = re.compile(r"\w+")


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([:,.!?;])(?=\s|$)")


def _norm(text: str | None) -> str:
    text = " ".join(drop_invisible(text or "").split())
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
    {
        "logo",
        "brand",
        "sitename",
        "site-title",
        "sitetitle",
        "visually-hidden",
        "sr-only",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "seotitle",
        "seo-title",
    }
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
    if site_name and len(site_name) >= 4:
        # "Headline: Site-Archiv | claim …": cut at the site name after a colon.
        at = title.lower().find(f": {site_name.lower()}")
        if at > 0:
            title = title[:at].rstrip()
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
    title_parts = {p.lower() for p in _TITLE_SEPARATORS.split(_norm(html_title))[1:]}
    if not site_name:
        # An h1 that is one of the later parts of "<title>" names the site ("Krimiblog-Archiv").
        site_name = next(
            (
                t
                for t in (_norm(h.get_text(" ")) for h in h1_tags[:3])
                if t
                and len(t) >= 4
                and (t.lower() in title_parts or f": {t.lower()}" in _norm(html_title).lower())
            ),
            None,
        )
    site = (site_name or "").lower()
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


def _drop_unmarked_kicker(text: str, refs: list[str]) -> str:
    """The headline without an unmarked kicker: "Tunesien Große Aufgaben …" when a metadata
    title reads just "Große Aufgaben …"."""
    low = text.lower()
    for ref in refs:
        r = ref.lower()
        if r != low and low.endswith(r) and len(r.split()) >= 3:
            head = text[: len(text) - len(ref)].rstrip()
            marked = head.endswith((":", " -", " –", "|"))  # "Medienmitteilung …: Headline"
            if head and (
                (marked and len(head.split()) <= 12)
                or (len(head.split()) <= 6 and len(r) >= 0.5 * len(low))
            ):
                return text[len(text) - len(ref) :]
    return text


def _ref_overlap(text: str, refs: list[str]) -> float:
    """Agreement of a heading with the best matching metadata title (0..1)."""
    words = {w.lower() for w in _WORD.findall(text)}
    best = 0.0
    for ref in refs:
        shared = words & {w.lower() for w in _WORD.findall(ref)}
        if len(words) == 1 and text.lower() != ref.lower():
            continue  # a one-word heading counts only when it is the whole title
        if len(shared) >= min(2, len(words)):
            best = max(best, _overlap(text, ref))
    return best


_HIDDEN = frozenset({"visually-hidden", "sr-only", "hidden", "hiddenelement", "visuallyhidden"})
_KICKER_SEPARATORS = (": ", " - ", " – ", " / ", " | ")


def _parts(tag: Tag) -> tuple[str | None, str]:
    """(first part, rest) of a heading made of two or more visible children."""
    kids = []
    for c in tag.children:
        if isinstance(c, Tag):
            cls = " ".join(v for v in (c.attrs.get("class"), c.attrs.get("id")) if v)
            if cls and class_tokens(cls) & _HIDDEN:
                continue
            text = _norm(c.get_text(" "))
        else:
            text = _norm(str(c))
        if text:
            kids.append(text)
    if len(kids) < 2:
        return None, ""
    return kids[0].rstrip(":").strip(), " ".join(kids[1:])


def _social_match(
    title_tags: list[tuple[int, Tag]], social: str, kicker_texts: list[str]
) -> tuple[str | None, str | None]:
    """(headline, kicker) when a page heading shows exactly the social-media title."""
    target = social.casefold()
    for _, tag in title_tags:
        if _marked_not_headline(tag) and tag.name != "h1":
            continue
        kicker, text = split_kicker(tag)
        first, rest = _parts(tag)
        full = _norm(tag.get_text(" "))
        if text.casefold() == target:
            return text, kicker
        if rest and rest.casefold() == target:
            return rest, first
        for k in [kicker, first, *kicker_texts]:
            if not k:
                continue
            for sep in _KICKER_SEPARATORS:
                if f"{k}{sep}{text}".casefold() == target or (
                    rest and f"{k}{sep}{rest}".casefold() == target
                ):
                    return social, None
        if full.casefold() == target:
            return full, None
    return None, None


def visible_headline(
    title_tags: list[tuple[int, Tag]],
    body_start: int,
    refs: list[str],
    site_name: str | None,
    social: str | None = None,
    kicker_tags: list[Tag] | None = None,
    hidden_h1: list[Tag] | None = None,
) -> tuple[str | None, str | None]:
    """(headline, kicker) shown on the page: the article's h1, else an h2 opening the article.

    ``title_tags`` are (block index, element) of the h1/h2 elements kept in the text,
    ``body_start`` the block index where the article text begins and ``refs`` the page's
    metadata titles, used to tell the article's heading from site names and section labels.
    ``social`` (og:title) picks among headline variants when a heading shows it exactly;
    ``hidden_h1`` are h1 elements in dropped page parts (breadcrumbs), used only for that.
    """
    refs = [r for r in (_norm(strip_site(_norm(x), site_name)) for x in refs) if r]
    if social:
        # The social-media title, when a heading shows exactly it, is the publisher's own
        # choice among headline variants (SEO h1, visible h2, kicker or not).
        social = _norm(strip_site(_norm(social), site_name))
        kickers = [_norm(k.get_text(" ")).rstrip(":").strip() for k in kicker_tags or []]
        tags = title_tags + [(-1, h) for h in hidden_h1 or []]
        found = _social_match(tags, social, [k for k in kickers if 0 < len(k) <= 80])
        if found[0]:
            return found
    site = (site_name or "").lower().replace(" ", "")
    best: tuple[float, int, str | None, str, int] | None = None
    for level, window in (("h1", (-60, 10_000)), ("h2", (-8, 3))):
        for pos, tag in title_tags:
            if tag.name != level or not window[0] <= pos - body_start <= window[1]:
                continue
            if _marked_not_headline(tag):
                continue
            kicker, text = split_kicker(tag)
            if kicker is None:
                text = _drop_unmarked_kicker(text, refs)
            low = text.lower().replace(" ", "")
            if len(text) < 4 or len(text) >= 300 or (site and (low == site or low in site)):
                continue
            score = _ref_overlap(text, refs) if refs else 1.0
            if score < 0.5:
                continue
            distance = abs(pos - body_start)
            if best is None or (score, -distance) > (best[0], -best[1]):
                best = (score, distance, kicker, text, pos)
        if best is not None:
            return _completed(best[3], best[4], title_tags), best[2]
    return None, None


def _completed(headline: str, pos: int, title_tags: list[tuple[int, Tag]]) -> str:
    """The full headline when the h2 right after a shortened h1 repeats and extends it."""
    for p, tag in title_tags:
        if tag.name == "h2" and pos < p <= pos + 2:
            text = _norm(tag.get_text(" "))
            if text.startswith(headline) and len(headline) < len(text) < 2 * len(headline):
                return text
    return headline


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
