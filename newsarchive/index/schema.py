"""The Whoosh schema and the document built for each article (see docs/search-contract.md)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from urllib.parse import urlsplit

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Positions

from newsarchive.analysis import german_analyzer, term_positions
from newsarchive.record import Article, Entity

#: Query-syntax field names (German first) → schema field.
FIELD_ALIASES = {
    "titel": "title", "title": "title",
    "autor": "author", "author": "author",
    "person": "person",
    "ort": "place", "place": "place",
    "org": "org",
    "quelle": "quelle", "source": "quelle",
    "datum": "published", "date": "published",
}
ENTITY_FIELDS = {"PER": ("person", "persons"), "LOC": ("place", "places"),
                 "ORG": ("org", "orgs")}

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    """German + accent folding of lowercase text (ü→ue, é→e)."""
    text = text.translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FoldFilter(Filter):
    """Applies :func:`fold` to each token."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


#: ``Positions.encode([p])`` for the first positions: most terms occur once in an article,
#: and their postings then share one value object (smaller pools, memoised in the pickles
#: of posting blocks).
_SINGLE_POSITIONS = tuple(Positions().encode([p]) for p in range(4096))


class GermanPositions(Positions):
    """``Positions`` of a field analysed by the German analyzer, computed without a Whoosh
    token per term; the postings are the ones the token chain gives (tested)."""

    def word_values(self, value, analyzer, **kwargs):
        if kwargs != {"mode": "index"} or analyzer != _GERMAN or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        fb = float(self.field_boost)
        encode = self.encode
        single = _SINGLE_POSITIONS
        limit = len(single)
        for w, poslist in term_positions(value).items():
            n = len(poslist)
            if n == 1 and poslist[0] < limit:
                yield (w, 1, fb, single[poslist[0]])
            else:
                yield (w, n, float(n) * fb, encode(poslist))


_GERMAN = german_analyzer()


def german_text(**kwargs) -> TEXT:
    """A phrase-searchable TEXT field with the German analyzer."""
    field = TEXT(analyzer=german_analyzer(), phrase=True, **kwargs)
    field.format = GermanPositions(field_boost=field.format.field_boost)
    return field


def name_analyzer():
    """Analyzer of the name fields (author, person, place, org, quelle): no stemming."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | FoldFilter()


def build_schema() -> Schema:
    names = name_analyzer()
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        content=german_text(multitoken_query="and"),
        title=german_text(stored=True, multitoken_query="and"),
        author=TEXT(analyzer=names, phrase=True),
        person=TEXT(analyzer=names, phrase=True),
        place=TEXT(analyzer=names, phrase=True),
        org=TEXT(analyzer=names, phrase=True),
        quelle=TEXT(analyzer=names),
        authors=KEYWORD(commas=True, stored=True, scorable=False),
        persons=KEYWORD(commas=True, stored=True, scorable=False),
        places=KEYWORD(commas=True, stored=True, scorable=False),
        orgs=KEYWORD(commas=True, stored=True, scorable=False),
        tags=KEYWORD(commas=True, stored=True, scorable=False),
        source=ID(stored=True, sortable=True),
        published=DATETIME(stored=True, sortable=True),
        date=STORED(),
        month=ID(stored=True, sortable=True),
        url=STORED(),
    )


def parse_date(value: str | None) -> datetime | None:
    """Wall-clock datetime of an ISO date string (offset dropped), or None."""
    if not value:
        return None
    v = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        try:
            dt = datetime.fromisoformat(v[:10])
        except ValueError:
            return None
    return dt.replace(tzinfo=None)


def _clean(name: str) -> str:
    return " ".join(name.replace(",", " ").split())


def _keywords(values: list[str]) -> str:
    seen: list[str] = []
    for v in values:
        c = _clean(v)
        if c and c not in seen:
            seen.append(c)
    return ",".join(seen)


def doc_fields(article_id: str, article: Article, entities: list[Entity], source: str,
               own_names: dict[tuple[str, str], list[str]] | None = None) -> dict:
    """The Whoosh document of one article. ``own_names``: for a (type, canonical name), the
    other names the article used for it; the name fields hold them too, the facets only the
    canonical name."""
    by_type: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
    also: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
    for e in entities:
        if e.type in by_type:
            by_type[e.type].append(e.name)
            also[e.type] += (own_names or {}).get((e.type, e.name), [])
    title = article.title or ""
    host = urlsplit(article.url or "").hostname or ""
    doc: dict = {
        "id": article_id,
        "content": title + "\n\n" + article.text,
        "title": title,
        "author": "\n".join(article.authors),
        "authors": _keywords(article.authors),
        "tags": _keywords(article.tags),
        "quelle": f"{source} {host.removeprefix('www.')}",
        "source": source,
        "date": article.published,
        "url": article.url,
    }
    for typ, (text_field, kw_field) in ENTITY_FIELDS.items():
        doc[text_field] = "\n".join(by_type[typ] + also[typ])
        doc[kw_field] = _keywords(by_type[typ])
    pub = parse_date(article.published)
    if pub is not None:
        # indexed at day precision (date filters are days, months, years: one term per day
        # instead of one per article); stored and sorted with the full time
        doc["published"] = pub.replace(hour=0, minute=0, second=0, microsecond=0)
        doc["_stored_published"] = pub
        doc["month"] = pub.strftime("%Y-%m")
    return {k: v for k, v in doc.items() if v is not None and v != ""}
