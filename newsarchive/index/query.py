"""Query parsing: Whoosh syntax with German operators, field aliases and German dates."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import datetime

from whoosh import query as Q
from whoosh.qparser import AndGroup, FieldAliasPlugin, QueryParser
from whoosh.qparser.dateparse import DateParserPlugin  # noqa: F401  (not used: own dates)

from newsarchive.analysis import german_query_analyzer
from newsarchive.index.schema import ENTITY_FIELDS, FIELD_ALIASES, build_schema, name_analyzer

#: The entity-name text fields (person, place, org).
ENTITY_TEXT_FIELDS = frozenset(text for text, _ in ENTITY_FIELDS.values())


class QueryError(ValueError):
    """A search request that cannot be understood; the message says why."""


_OPS = {"UND": "AND", "ODER": "OR", "NICHT": "NOT"}
_DATE_FIELD = re.compile(r"(?<![\w:])(datum|date|published):(\[[^\]]*\]|\"[^\"]*\"|[^\s()]+)",
                         re.IGNORECASE)
_FIELD = re.compile(r"(?<![\w:])([A-Za-z]\w*):(?=\S)")
#: Fields a query may name (after alias resolution).
QUERY_FIELDS = {"content", "title", "author", "person", "place", "org", "quelle", "published",
                "persons", "places", "orgs", "authors", "tags", "month", "id"}


#: German month names and their usual abbreviations (also Austrian Jänner, Feber).
MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
    "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "November 2024", "Nov. 2024", "7. November 2024".
_WORD_DATE = re.compile(rf"(?:(\d{{1,2}})\.\s*)?({_MONTH})\.?\s+(\d{{4}})", re.IGNORECASE)
#: A date written in free query text: a German month with year (optionally a day), or a full
#: numeric date. It matches articles published then or mentioning it (see QueryBuilder).
FREE_DATE = re.compile(
    rf"(?<!\S)(?:{_WORD_DATE.pattern}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}})(?!\S)",
    re.IGNORECASE)


def parse_date_range(value: str) -> tuple[datetime, datetime]:
    """First and last moment of a day, month or year.

    Accepts ``2024-11-07``, ``07.11.2024``, ``7. November 2024``, ``2024-11``, ``11.2024``,
    ``November 2024`` (``Nov. 2024``) and ``2024``; years have four digits.
    """
    v = value.strip().strip('"')
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", v) or None
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif (m := _WORD_DATE.fullmatch(v)):
        d, mo, y = (int(m[1]) if m[1] else None), MONTHS[m[2].lower()], int(m[3])
    elif (m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", v)):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif (m := re.fullmatch(r"(\d{4})-(\d{1,2})", v)) or (
            m := re.fullmatch(r"(\d{1,2})\.(\d{4})", v)):
        y, mo = (int(m[1]), int(m[2])) if "-" in v else (int(m[2]), int(m[1]))
        d = None
    elif re.fullmatch(r"\d{4}", v):
        y = int(v)
        return datetime(y, 1, 1), datetime(y, 12, 31, 23, 59, 59, 999999)
    else:
        raise QueryError(f"cannot read the date {value!r} (use 2024-11-07, 07.11.2024, "
                         "2024-11, 11.2024, November 2024 or 2024)")
    try:
        if d is None:
            last = monthrange(y, mo)[1]
            return datetime(y, mo, 1), datetime(y, mo, last, 23, 59, 59, 999999)
        return datetime(y, mo, d), datetime(y, mo, d, 23, 59, 59, 999999)
    except ValueError:
        raise QueryError(f"no such date: {value!r}") from None


def date_query(start: datetime | None, end: datetime | None) -> Q.Query:
    return Q.DateRange("published", start, end)


def _date_clause(value: str) -> Q.Query:
    v = value.strip()
    if v.startswith("[") and v.endswith("]"):
        inner = v[1:-1]
        parts = re.split(r"\s*\b(?:TO|BIS|to|bis)\b\s*|\s*(?<!\d)-(?!\d)\s*", inner.strip(),
                         maxsplit=1)  # either end may be open: [2024 TO], [TO 2024-06]
        if len(parts) != 2:
            raise QueryError(f"cannot read the date range {value!r} "
                             "(use datum:[2024-01 TO 2024-06])")
        lo = parse_date_range(parts[0])[0] if parts[0].strip() else None
        hi = parse_date_range(parts[1])[1] if parts[1].strip() else None
        return date_query(lo, hi)
    lo, hi = parse_date_range(v)
    return date_query(lo, hi)


#: A field name with nothing after it ("Bahn titel:", typed half-way).
_EMPTY_FIELD = re.compile(r"(?<![\w:])([A-Za-z]\w*):(?=[\s)]|$)")


def _outside_quotes(text: str, fn) -> str:
    """Apply ``fn`` to the parts of ``text`` outside double quotes."""
    parts = text.split('"')
    for i in range(0, len(parts), 2):
        parts[i] = fn(parts[i])
    return '"'.join(parts)


def _operators(part: str) -> str:
    part = re.sub(r"(?<!\S)(UND|ODER|NICHT)(?!\S)", lambda m: _OPS[m[1]], part)
    part = re.sub(r"(?<![\S])-(?=[\w\"(])", "NOT ", part)
    return part


def _drop_dangling(text: str) -> str:
    """Drop operators with nothing to join: ``Bahn UND``, ``ODER Zug``, ``(Bahn NICHT)``
    (typed half-way, e.g. while searching as one types); the browser search drops them too."""
    while True:
        masked = re.sub(r'"[^"]*"', lambda m: "x" * len(m[0]), text)  # phrases are words
        words = list(re.finditer(r"[^\s()]+|[()]", masked))
        cuts = []
        for i, w in enumerate(words):
            if w[0] not in ("AND", "OR", "NOT"):
                continue
            prev = words[i - 1][0] if i else "("
            nxt = words[i + 1][0] if i + 1 < len(words) else ")"
            if nxt in (")", "AND", "OR") or (w[0] != "NOT" and prev in ("(", "AND", "OR", "NOT")):
                cuts.append(w.span())
        if not cuts:
            return text
        for start, end in reversed(cuts):
            text = text[:start] + text[end:]


class QueryBuilder:
    """Parses query strings against the index schema (one instance can be reused)."""

    def __init__(self) -> None:
        self.schema = build_schema()
        self.parser = QueryParser("content", self.schema, group=AndGroup)
        aliases: dict[str, list[str]] = {}
        for alias, fieldname in FIELD_ALIASES.items():
            if alias != fieldname and fieldname != "published":
                aliases.setdefault(fieldname, []).append(alias)
        self.parser.add_plugin(FieldAliasPlugin(aliases))
        self._names = name_analyzer()

    def parse(self, text: str) -> Q.Query:
        """The Whoosh query for a user query string (QueryError when it makes no sense)."""
        if text.count('"') % 2:
            raise QueryError("unbalanced quotation marks in the query")
        if text.count("(") != text.count(")"):
            raise QueryError("unbalanced parentheses in the query")
        # "?" is punctuation, not Whoosh's one-letter wildcard: "Was kostet das
        # Deutschlandticket?" asks for the word (the browser search reads it so too)
        text = _outside_quotes(text, lambda p: p.replace("?", " "))
        text = _EMPTY_FIELD.sub(lambda m: m[0] if m.string.count('"', 0, m.start()) % 2
                                or m[1].lower() not in FIELD_ALIASES else "", text)
        dates: dict[str, Q.Query] = {}

        def placeholder(clause: Q.Query) -> str:
            """A stand-in term for a date clause, swapped back after Whoosh's parser."""
            key = f"zzdate{len(dates)}zz"
            dates[key] = clause
            return f"id:{key}"

        typed = text

        def grab(m: re.Match[str]) -> str:
            if typed.count('"', 0, m.start()) % 2:  # inside a phrase: not a field
                return m[0]
            return placeholder(_date_clause(m[2]))

        text = _DATE_FIELD.sub(grab, typed)  # also datum:"November 2024"

        def grab_free(m: re.Match[str]) -> str:
            try:
                lo, hi = parse_date_range(m[0])
            except QueryError:  # "31. April 2024": no such day, so plain words
                return m[0]
            said = self.parser.parse('"' + m[0] + '"')  # the date as written in a text
            return placeholder(Q.Or([date_query(lo, hi), said]))

        text = _outside_quotes(text, lambda p: FREE_DATE.sub(grab_free, p))
        for m in _FIELD.finditer(_outside_quotes(text, lambda p: p)):
            name = m[1].lower()
            if FIELD_ALIASES.get(name, name) not in QUERY_FIELDS:
                known = ", ".join(sorted(k for k in FIELD_ALIASES if k.isascii()))
                raise QueryError(f"unknown field {m[1]!r} (known: {known})")
        text = _drop_dangling(_outside_quotes(text, _operators))
        text = re.sub(r"(?<![\w:])(\w+):", lambda m: m[1].lower() + ":", text)
        try:
            q = self.parser.parse(text)
        except Exception as exc:  # noqa: BLE001 - whoosh raises assorted errors
            raise QueryError(f"cannot parse the query: {exc}") from None
        if dates:
            q = _replace_dates(q, dates)
        q = q.normalize()
        if q is Q.NullQuery or isinstance(q, Q.NullQuery.__class__):
            raise QueryError("the query has no searchable words")
        if isinstance(q, Q.Not):
            raise QueryError("a query cannot consist only of excluded words (NICHT …)")
        return q


def _replace_dates(q: Q.Query, dates: dict[str, Q.Query]) -> Q.Query:
    if isinstance(q, Q.Term) and q.fieldname == "id" and q.text in dates:
        return dates[q.text]
    if q.is_leaf():
        return q
    return q.apply(lambda sub: _replace_dates(sub, dates))


_BUILDER: QueryBuilder | None = None


def parse_query(text: str) -> Q.Query:
    """Parse ``text`` with a shared :class:`QueryBuilder`."""
    global _BUILDER
    if _BUILDER is None:
        _BUILDER = QueryBuilder()
    return _BUILDER.parse(text)


def name_query(field: str, name: str) -> Q.Query:
    """``field:"name"`` over a name field (Term for one word, Phrase for several)."""
    toks = [t.text for t in name_analyzer()(name)]
    if not toks:
        raise QueryError(f"empty name for {field}")
    if len(toks) == 1:
        return Q.Term(field, toks[0])
    return Q.Phrase(field, toks)


def content_terms(q: Q.Query, reader=None) -> set[str]:
    """Analysed terms to highlight for a query: its content/title terms (with a reader,
    prefixes and wildcards expanded to the index terms they match) and the German terms of
    the words it asks for in the entity fields (``person:Scholz`` marks "Scholz")."""
    out: set[str] = set()
    pairs = (q.existing_terms(reader, phrases=True, expand=True) if reader is not None
             else q.iter_all_terms(phrases=True))
    for fieldname, text in pairs:
        word = text.decode("utf-8") if isinstance(text, bytes) else text
        if fieldname in ("content", "title"):
            out.add(word)
        elif fieldname in ENTITY_TEXT_FIELDS:
            out.update(query_tokens(word))
    return out


def name_terms(names) -> set[str]:
    """German terms of the words of entity names (filters), for highlighting."""
    return {t for name in names for t in query_tokens(name)}


def query_tokens(word: str) -> list[str]:
    return [t.text for t in german_query_analyzer()(word)]
