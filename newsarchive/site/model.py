"""The site's view of an archive: articles, entities, sources and tags with their URLs.

:func:`build_model` turns :class:`SourceRecord` items (an article plus its known duplicates,
from the archive or from parsed files) into a :class:`SiteModel` whose objects carry
everything the templates need: slugs, page paths, groupings and related articles.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from newsarchive.record import Article
from newsarchive.site.dates import day_of, parse_iso
from newsarchive.site.slug import SlugRegistry, slugify

#: Entity types with their German labels (plural for lists) and URL folders.
ENTITY_TYPES: dict[str, tuple[str, str, str]] = {
    "PER": ("Person", "Personen", "personen"),
    "LOC": ("Ort", "Orte", "orte"),
    "ORG": ("Organisation", "Organisationen", "organisationen"),
}
OTHER_TYPE = ("Begriff", "Weitere", "weitere")

#: Postings longer than this are skipped when looking for related articles (too common to
#: say anything, and quadratic in cost).
RELATED_MAX_POSTINGS = 250
RELATED_MAX_FEATURES = 10
RELATED_COUNT = 5
#: Co-occurring entities are counted over at most this many of an entity's newest articles.
COOCCURRENCE_SAMPLE = 1000
_HEX_KEY = re.compile(r"[0-9a-f]{8,}")


@dataclass
class Duplicate:
    """Another copy of an article elsewhere (e.g. the same agency text on another site)."""

    source: str
    url: str | None = None
    title: str | None = None
    key: str | None = None  # archive key when the copy is itself in the archive


@dataclass
class SourceRecord:
    """One archived article as handed to the site builder."""

    key: str
    article: Article
    duplicates: list[Duplicate] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class SiteEntity:
    name: str
    type: str
    slug: str = ""
    mentions: int = 0
    articles: list[SiteArticle] = field(default_factory=list)
    #: other names the archive's registry maps to this one ("Trump" for "Donald Trump")
    aliases: list[str] = field(default_factory=list)
    cooccurring: list[tuple[SiteEntity, int]] = field(default_factory=list)

    def __repr__(self) -> str:  # the object graph is cyclic: keep reprs flat
        return f"SiteEntity({self.type} {self.name!r}, {len(self.articles)} Artikel)"

    @property
    def type_label(self) -> str:
        return ENTITY_TYPES.get(self.type, OTHER_TYPE)[0]

    @property
    def folder(self) -> str:
        return ENTITY_TYPES.get(self.type, OTHER_TYPE)[2]

    @property
    def dir(self) -> str:
        return f"{self.folder}/{self.slug}/"

    @property
    def path(self) -> str:
        return f"{self.dir}index.html"


@dataclass(eq=False, repr=False)
class SiteArticle:
    key: str
    article: Article
    slug: str
    day: date | None
    sort_key: str
    source: SiteGroup
    duplicates: list[Duplicate] = field(default_factory=list)
    entities: list[tuple[SiteEntity, int]] = field(default_factory=list)
    tags: list[SiteGroup] = field(default_factory=list)
    related: list[SiteArticle] = field(default_factory=list)
    #: Archive-internal copies resolved to pages: (duplicate, page or None).
    also: list[tuple[Duplicate, SiteArticle | None]] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"SiteArticle({self.slug!r})"

    @property
    def path(self) -> str:
        return f"artikel/{self.slug}/index.html"

    @property
    def body(self) -> list[tuple[str, str]]:
        """Body blocks without a first paragraph that repeats the lead."""
        art = self.article
        blocks = list(art.blocks) or [("h", h) for h in art.headings] + [
            ("p", p) for p in art.paragraphs
        ]
        lead = (art.lead or "").strip()
        if lead and blocks and blocks[0][0] == "p" and blocks[0][1].strip() == lead:
            blocks = blocks[1:]
        return blocks

    @property
    def title(self) -> str:
        return self.article.title or "(ohne Titel)"

    def entities_by_type(self) -> list[tuple[str, list[tuple[SiteEntity, int]]]]:
        """``[(plural label, [(entity, mentions), …]), …]`` in PER, ORG, LOC order."""
        groups: dict[str, list[tuple[SiteEntity, int]]] = defaultdict(list)
        for ent, n in self.entities:
            groups[ent.type].append((ent, n))
        out = []
        for t in ("PER", "ORG", "LOC", *sorted(set(groups) - set(ENTITY_TYPES))):
            if groups.get(t):
                label = ENTITY_TYPES.get(t, OTHER_TYPE)[1]
                out.append((label, sorted(groups[t], key=lambda p: (-p[1], p[0].name))))
        return out


@dataclass(eq=False, repr=False)
class SiteGroup:
    """A source (publication) or a tag with its articles."""

    def __repr__(self) -> str:
        return f"SiteGroup({self.folder}/{self.slug}, {len(self.articles)} Artikel)"

    name: str
    slug: str
    folder: str  # "quellen" | "schlagworte"
    articles: list[SiteArticle] = field(default_factory=list)

    @property
    def dir(self) -> str:
        return f"{self.folder}/{self.slug}/"

    @property
    def path(self) -> str:
        return f"{self.dir}index.html"


@dataclass(repr=False)
class SiteModel:
    articles: list[SiteArticle]  # newest first
    entities: list[SiteEntity]  # most mentioned first
    sources: list[SiteGroup]
    tags: list[SiteGroup]

    def by_day(self) -> dict[date, list[SiteArticle]]:
        days: dict[date, list[SiteArticle]] = defaultdict(list)
        for a in self.articles:
            if a.day is not None:
                days[a.day].append(a)
        return days


def source_name(article: Article) -> str:
    """Display name of where an article appeared: site name, else the URL's host."""
    if article.site_name and article.site_name.strip():
        return article.site_name.strip()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return "Unbekannte Quelle"


def _sort_key(published: str | None) -> str:
    """Sortable text for newest-first ordering; undated articles sort last."""
    parsed = parse_iso(published)
    if parsed is None:
        return "0000"
    text = parsed.isoformat()
    return text[:19]  # date and local wall-clock time, offset ignored


def _short_id(key: str) -> str:
    if _HEX_KEY.fullmatch(key):
        return key[:8]
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def article_slug(key: str, article: Article) -> str:
    """``2024-11-07-titel-in-worten-1a2b3c4d``: day, title and the start of the archive id."""
    day = day_of(article.published)
    title = slugify(article.title or "", max_len=60, fallback="artikel")
    prefix = f"{day.isoformat()}-" if day else ""
    return f"{prefix}{title}-{_short_id(key)}"


def article_path(key: str, article: Article) -> str:
    """Site-relative path of an article's page (unique but for an 8-hex-digit id clash)."""
    return f"artikel/{article_slug(key, article)}/index.html"


def build_model(records: Iterable[SourceRecord],
                aliases: dict[tuple[str, str], list[str]] | None = None) -> SiteModel:
    """Group and link records; deterministic for the same input (order-independent)."""
    recs = sorted(records, key=lambda r: (_sort_key(r.article.published), r.key), reverse=True)
    art_slugs, src_slugs, tag_slugs = SlugRegistry(), SlugRegistry(), SlugRegistry()
    ent_slugs: dict[str, SlugRegistry] = defaultdict(SlugRegistry)
    # Claim slugs oldest first so that adding newer articles never renames older pages.
    ordered = list(reversed(recs))
    slugs = {id(r): "" for r in recs}
    for r in ordered:
        slugs[id(r)] = art_slugs.claim(article_slug(r.key, r.article))

    sources: dict[str, SiteGroup] = {}
    tags: dict[str, SiteGroup] = {}
    entities: dict[tuple[str, str], SiteEntity] = {}
    articles: list[SiteArticle] = []
    for r in recs:
        a = r.article
        sname = source_name(a)
        skey = sname.casefold()
        if skey not in sources:
            sources[skey] = SiteGroup(sname, "", "quellen")
        sa = SiteArticle(
            key=r.key,
            article=a,
            slug=slugs[id(r)],
            day=day_of(a.published),
            sort_key=_sort_key(a.published),
            source=sources[skey],
            duplicates=list(r.duplicates),
        )
        sources[skey].articles.append(sa)
        seen_tags: set[str] = set()
        for t in a.tags:
            t = " ".join(t.split())
            tkey = t.casefold()
            if not t or tkey in seen_tags:
                continue
            seen_tags.add(tkey)
            if tkey not in tags:
                tags[tkey] = SiteGroup(t, "", "schlagworte")
            tags[tkey].articles.append(sa)
            sa.tags.append(tags[tkey])
        merged: Counter[tuple[str, str]] = Counter()
        for e in a.entities:
            name = " ".join(e.name.split())
            if name:
                merged[(e.type, name)] += max(1, e.mentions)
        for ekey, n in merged.items():
            ent = entities.get(ekey)
            if ent is None:
                ent = entities[ekey] = SiteEntity(name=ekey[1], type=ekey[0],
                                                  aliases=(aliases or {}).get(ekey, []))
            ent.mentions += n
            ent.articles.append(sa)
            sa.entities.append((ent, n))
        articles.append(sa)

    for reg, groups in ((src_slugs, sources), (tag_slugs, tags)):
        for g in sorted(groups.values(), key=lambda g: g.name.casefold()):
            g.slug = reg.claim(slugify(g.name, fallback="ohne-namen"))
    for ent in sorted(entities.values(), key=lambda e: (e.type, e.name)):
        ent.slug = ent_slugs[ent.folder].claim(slugify(ent.name, fallback="ohne-namen"))

    _link_related(articles, len(articles))
    _link_duplicates(articles)
    _link_cooccurring(entities.values())
    ent_list = sorted(entities.values(), key=lambda e: (-len(e.articles), -e.mentions, e.name))
    return SiteModel(
        articles=articles,
        entities=ent_list,
        sources=sorted(sources.values(), key=lambda g: (-len(g.articles), g.name.casefold())),
        tags=sorted(tags.values(), key=lambda g: (-len(g.articles), g.name.casefold())),
    )


def _link_related(articles: list[SiteArticle], total: int) -> None:
    """Related articles: most shared entities and tags, the rarer the weightier.

    Only each article's rarest features count (at most ``RELATED_MAX_FEATURES``, each in at
    most ``RELATED_MAX_POSTINGS`` articles): common ones say little and cost quadratic time.
    An article that shares only one place is no related article (a paddling medal and a
    summit share "Brandenburg", not a subject).
    """
    postings: dict[object, list[int]] = defaultdict(list)
    features: list[list[object]] = []
    for i, sa in enumerate(articles):
        feats: list[object] = [ent for ent, _ in sa.entities] + list(sa.tags)
        features.append(feats)
        for f in feats:
            postings[f].append(i)
    # Independent of the archive size, so adding articles does not reshuffle the related
    # lists of unrelated pages.
    weight = {f: 1.0 / math.log2(1 + len(p)) for f, p in postings.items()}
    hashes = [sa.article.content_hash for sa in articles]
    for i, sa in enumerate(articles):
        usable = [f for f in features[i] if 2 <= len(postings[f]) <= RELATED_MAX_POSTINGS]
        if not usable:
            continue
        usable.sort(key=lambda f: len(postings[f]))
        scores: dict[int, float] = {}
        get = scores.get
        evidence: dict[int, int] = defaultdict(int)  # shared features, a place counting 1
        for f in usable[:RELATED_MAX_FEATURES]:
            w = weight[f]
            strength = 1 if getattr(f, "type", None) == "LOC" else 2
            for j in postings[f]:
                scores[j] = get(j, 0.0) + w
                evidence[j] += strength
        scores.pop(i, None)
        scores = {j: sc for j, sc in scores.items() if evidence[j] >= 2}
        if not scores:
            continue
        own_hash = hashes[i]
        want = RELATED_COUNT + len(sa.duplicates) + 2
        best = _top(scores, want, lambda j: j)
        picked: list[SiteArticle] = []
        for j, _ in best:
            if hashes[j] == own_hash:  # a copy, listed under "auch erschienen"
                continue
            picked.append(articles[j])
            if len(picked) == RELATED_COUNT:
                break
        sa.related = picked


def _top(counts: dict[Any, float], n: int, tie: Callable[[Any], Any]) -> list[tuple[Any, Any]]:
    """The ``n`` highest-counted items, ties broken by ``tie(key)`` (fast for long tails)."""
    if len(counts) > n:
        threshold = heapq.nlargest(n, counts.values())[-1]
        items = [(k, c) for k, c in counts.items() if c >= threshold]
    else:
        items = list(counts.items())
    items.sort(key=lambda p: (-p[1], tie(p[0])))
    return items[:n]


def _link_duplicates(articles: list[SiteArticle]) -> None:
    """Resolve duplicates that are themselves archived to their pages."""
    by_key = {sa.key: sa for sa in articles}
    by_url = {sa.article.url: sa for sa in articles if sa.article.url}
    for sa in articles:
        seen: set[str] = set()
        for d in sa.duplicates:
            target = by_key.get(d.key) if d.key else None
            if target is None and d.url:
                target = by_url.get(d.url)
            if target is sa:
                continue
            ident = target.key if target else (d.url or d.source)
            if ident in seen:
                continue
            seen.add(ident)
            sa.also.append((d, target))


def _link_cooccurring(entities: Iterable[SiteEntity], limit: int = 12) -> None:
    for ent in entities:
        counts: Counter[SiteEntity] = Counter()
        for sa in ent.articles[:COOCCURRENCE_SAMPLE]:
            for other, _ in sa.entities:
                if other is not ent:
                    counts[other] += 1
        ent.cooccurring = _top(counts, limit, lambda e: e.name)
