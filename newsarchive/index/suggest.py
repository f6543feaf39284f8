""""Meinten Sie …?": spelling suggestions from the index vocabulary, shown as surface words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsarchive.analysis import german_query_analyzer
from newsarchive.index.snippets import match_spans

if TYPE_CHECKING:
    from newsarchive.archive.store import Archive

# A query word: not a field value (after ``:``) and not a field name (before ``:``).
_WORD = re.compile(r"(?<![\w:])(\w{3,})\b(?!:)")
#: Operators of the query syntax, left as they are.
_OPERATORS = frozenset({"UND", "ODER", "NICHT", "AND", "OR", "NOT", "TO"})


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _correct(reader, term: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for prefix in (term[:2], term[:1]):
        for t in reader.expand_prefix("content", prefix):
            t = t.decode("utf-8") if isinstance(t, bytes) else t
            if abs(len(t) - len(term)) > 2:
                continue
            d = edit_distance(term, t)
            if d <= 2:
                key = (d, -reader.doc_frequency("content", t), t)
                if best is None or key < best:
                    best = key
        if best:
            break
    return best[2] if best else None


def _surface(archive: Archive, searcher, term: str) -> str | None:
    """A word of some article whose index token is ``term``."""
    from whoosh.query import Term

    first = next(iter(searcher.docs_for_query(Term("content", term))), None)
    if first is None:
        return None
    got = archive.text_of(searcher.stored_fields(first)["id"])
    if not got:
        return None
    text = got[0] + "\n\n" + got[1]
    seen: dict[str, int] = {}
    for start, end in match_spans(text, {term}):
        word = text[start:end]
        seen[word] = seen.get(word, 0) + 1
    if not seen:
        return None
    return min(seen, key=lambda w: (-seen[w], len(w), w))


#: A value of a name field: ``person:Scholtz``, ``ort:"Frankfurt am Mein"``.
_NAME_VALUE = re.compile(r'(?<![\w:])(person|ort|place|org):(?:"([^"]+)"|([^\s"()]+))', re.I)
_NAME_TYPES = {"person": "PER", "place": "LOC", "org": "ORG"}


def _fix_names(archive: Archive, searcher, query: str) -> str:
    """Name-field values that match no article, replaced by the registry's closest name of
    that type (``person:Scholtz`` → ``person:Scholz``)."""
    from newsarchive.archive.registry import closest_name
    from newsarchive.index.query import QueryError, name_query
    from newsarchive.index.schema import FIELD_ALIASES

    def fix(m: re.Match[str]) -> str:
        field = FIELD_ALIASES[m[1].lower()]
        value = m[2] or m[3]
        try:
            q = name_query(field, value)
        except QueryError:
            return m[0]
        if q.matcher(searcher, searcher.boolean_context()).is_active():
            return m[0]
        better = closest_name(archive.db, _NAME_TYPES[field], value)
        if better is None:
            return m[0]
        if " " not in value and " " in better:  # "person:Scholtz" → the surname alone
            better = better.rsplit(" ", 1)[1]
        return f'{m[1]}:"{better}"' if " " in better else f"{m[1]}:{better}"

    return _NAME_VALUE.sub(fix, query)


def suggest(archive: Archive, searcher, query: str) -> str | None:
    """The query with unknown words replaced by close known words, or None.

    Field names, operators and values of other fields stay as typed; a name-field value that
    matches nothing becomes the registry's closest name. The caller checks that the
    suggestion finds something before showing it."""
    reader = searcher.reader()
    out = _fix_names(archive, searcher, query)
    changed = out != query

    def fix(m: re.Match[str]) -> str:
        nonlocal changed
        word = m[1]
        if word in _OPERATORS:
            return word
        toks = [t.text for t in german_query_analyzer()(word)]
        if not toks or any(reader.doc_frequency("content", t) for t in toks):
            return word
        corr = _correct(reader, toks[0])
        if corr is None:
            return word
        surf = _surface(archive, searcher, corr) or corr
        if word[:1].islower():
            surf = surf[:1].lower() + surf[1:]
        if surf.casefold() == word.casefold():
            return word
        changed = True
        return surf

    parts = out.split('"')
    for i in range(0, len(parts), 2):
        parts[i] = _WORD.sub(fix, parts[i])
    out = '"'.join(parts)
    return out if changed else None
