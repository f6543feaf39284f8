"""Normalise entity mentions to canonical entities.

Inside one article (:func:`canonicalize_mentions`):
- persons: partial names and genitives join the fullest name (``Yoon``, ``Suk Yeol``,
  ``Yoons`` → ``Yoon Suk Yeol``); a bare surname nobody in the article explains falls back
  to a small list of very well-known persons (``Trump`` → ``Donald Trump``);
- places/organisations: inflection is undone when the base form is known
  (``Nordkoreas`` → ``Nordkorea``, ``Kremls`` → ``Kreml``), long forms and acronyms
  join (``Vereinte Nationen`` → ``UN``) and country adjectives/demonyms map to the
  country (done by the extractor with :mod:`newsarchive.entities.demonyms`).

Across the archive (:func:`resolve_surnames`): a bare surname joins a full name when that is
unambiguous among the archive's names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from newsarchive.entities.aliases import (
    NOT_ENTITIES,
    ORG_ALIASES,
    TYPE_OVERRIDES,
    WELL_KNOWN_PERSONS,
)
from newsarchive.entities.inflection import nominative
from newsarchive.entities.places import known_places, place_aliases

_DETERMINERS = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines",
                "einem", "einen"}
_EDGE = "\"'„“”‚‘’»«›‹()[]{}.,;:!?*–—-/"
_SPACE = re.compile(r"\s+")


@dataclass
class Mention:
    """One mention: surface text, type and the word before it (for case and gender)."""

    text: str
    label: str
    prev: str | None = None
    derived: bool = False


def clean_mention(text: str) -> str:
    """Strip quotes, edge punctuation, a leading article and a trailing apostrophe-s."""
    text = _SPACE.sub(" ", text)
    if "(" in text and ")" not in text:  # "Bundesagentur für Arbeit (BA": cut at the bracket
        text = text[: text.index("(")]
    text = text.strip().strip(_EDGE).strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    text = text.rstrip("’'")
    words = text.split(" ")
    while len(words) > 1 and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def inflection_candidates(name: str) -> list[str]:
    """Possible base forms of an inflected name, most specific first.

    ``Nordkoreas`` → ``Nordkorea``; ``Bundestages`` → ``Bundestag``;
    ``Vereinten Nationen`` → ``Vereinte Nationen``.
    """
    words = name.split(" ")
    out: list[str] = []

    def heads(word: str) -> list[str]:
        forms = []
        if len(word) > 3 and word.endswith("es"):
            forms.append(word[:-2])
        if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
            forms.append(word[:-1])
        if len(word) > 3 and word.endswith("n") and word[-2] in "e":
            forms.append(word[:-1])  # des Präsidenten → Präsident? only via known-set check
        return forms

    def adjectives(prefix: list[str]) -> list[str]:
        fixed = []
        for w in prefix:
            for end in ("en", "er", "es", "em"):
                if len(w) > 4 and w.endswith(end) and w[0].isupper():
                    w = w[: -len(end)] + "e"
                    break
            fixed.append(w)
        return fixed

    last = words[-1]
    for head in [last, *heads(last)]:
        for pre in ([words[:-1], adjectives(words[:-1])] if len(words) > 1 else [[]]):
            cand = " ".join([*pre, head])
            if cand != name and cand not in out:
                out.append(cand)
    return out


def _alias(name: str, extra: Mapping[str, str] | None = None) -> str | None:
    if extra and name in extra:
        return extra[name]
    return ORG_ALIASES.get(name) or place_aliases().get(name)


_COMPASS = ("Nord", "Süd", "Ost", "West", "Mittel", "Nordost", "Nordwest", "Südost", "Südwest")
#: Words in front of a place name that are dropped (``Freistaat Thüringen`` → ``Thüringen``).
PLACE_PREFIXES = ("Stadt", "Land", "Bundesland", "Freistaat", "Hansestadt", "Gemeinde",
                  "Bundesstaat", "Republik")


def _known(name: str, local: set[str]) -> bool:
    if name in local or name in TYPE_OVERRIDES:
        return True
    places = known_places()
    if name in places:
        return True
    for c in _COMPASS:  # Ostdeutschland, Süddeutschland, Nordsyrien
        if name.startswith(c) and name[len(c):] in places and name[len(c):][:1].isupper():
            return True
        if name.startswith(c) and name[len(c):].capitalize() in places:
            return True
    return False


def canonical_name(name: str, label: str, local: set[str], prev: str | None = None,
                   acronyms: Mapping[str, str] | None = None) -> str:
    """Canonical form of a LOC/ORG name given the article's other names ``local``."""
    if label == "LOC":
        words = name.split(" ")
        if len(words) > 1 and words[0] in PLACE_PREFIXES:
            name = " ".join(words[1:])
    hit = _alias(name, acronyms)
    if hit:
        return hit
    if _known(name, local):
        return name
    nom = nominative(name, prev)
    cands = ([nom] if nom != name else []) + inflection_candidates(name)
    for cand in cands:
        hit = _alias(cand, acronyms)
        if hit:
            return hit
        if _known(cand, local):
            return cand
    return nom


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


#: Share of the candidates' mentions a full name needs to take an ambiguous partial name.
DOMINANCE = 0.9


def join_person_names(names: Iterable[str], counts: Mapping[str, int] | None = None
                      ) -> dict[str, str]:
    """Map each person name of one article to the fullest name containing it.

    Partial names (``Yoon``, ``Suk Yeol``) and genitives (``Yoons``) join a longer name
    that contains them as a contiguous run of words. A genitive (``Judy Lybkes``) is no
    candidate of its own. When several full names contain a partial one, it joins the one
    holding :data:`DOMINANCE` of their mentions (``counts``, genitives included); otherwise it
    stays as it is. A short first name joins the longer one (:func:`_short_first_names`).
    """
    names = set(names)
    tokens = {n: n.split(" ") for n in names}
    short = _short_first_names(names, tokens)
    genitives = {n for n in names if n.endswith("s") and n[:-1] in names and " " in n}

    def containers(words: list[str]) -> list[str]:
        found = [f for f in names if len(tokens[f]) > len(words) and f not in genitives
                 and f not in short and _contains(tokens[f], words)]
        # keep maximal containers only
        return [f for f in found if not any(g != f and _contains(tokens[g], tokens[f])
                                            for g in found)]

    def dominant(cands: list[str]) -> str | None:
        if counts is None:
            return None
        mentions = {c: counts.get(c, 0) + counts.get(c + "s", 0) for c in cands}
        best = max(cands, key=lambda c: (mentions[c], c))
        total = sum(mentions.values())
        return best if total and mentions[best] / total >= DOMINANCE else None

    mapping: dict[str, str] = {}
    for name in names:
        if name in short:
            mapping[name] = short[name]
            continue
        words = tokens[name]
        cands = containers(words)
        if not cands and words[-1].endswith("s") and len(words[-1]) > 2:
            base = [*words[:-1], words[-1][:-1]]
            base_name = " ".join(base)
            cands = containers(base)
            if not cands and base_name in names:
                cands = [base_name]
        if len(cands) == 1:
            mapping[name] = cands[0]
        else:
            mapping[name] = (dominant(cands) if len(cands) > 1 else None) or name
    return mapping


def _short_first_names(names: set[str], tokens: Mapping[str, list[str]]) -> dict[str, str]:
    """``Alex Wynaendts`` → ``Alexander Wynaendts``: the same person with a short first name
    (a prefix of at least three letters), when exactly one longer first name fits."""
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in names:
        if len(tokens[n]) > 1:
            by_rest[tuple(tokens[n][1:])].append(n)
    out: dict[str, str] = {}
    for group in by_rest.values():
        for n in group:
            first = tokens[n][0]
            longer = [m for m in group if len(first) >= 3 and tokens[m][0] != first
                      and tokens[m][0].startswith(first)]
            if len(longer) == 1:
                out[n] = longer[0]
    return out


def resolve_surnames(names_with_counts: Mapping[str, int], *,
                     dominance: float = DOMINANCE) -> dict[str, str]:
    """Archive-level joining of partial person names to full names.

    ``names_with_counts`` holds the archive's person names with their counts. A name maps to
    a longer name ending with the same words (``Trump`` → ``Donald Trump``) when that
    longer name is the only candidate or holds at least ``dominance`` of the candidates'
    counts. Returns only the names that change.
    """
    by_tail: dict[str, list[str]] = defaultdict(list)
    for full in names_with_counts:
        words = full.split(" ")
        for k in range(1, len(words)):
            by_tail[" ".join(words[k:])].append(full)
    mapping: dict[str, str] = {}
    for name in names_with_counts:
        cands = [c for c in by_tail.get(name, []) if c != name]
        if not cands:
            continue
        # Only maximal candidates (a longer name that contains another candidate wins).
        cands = [c for c in cands if not any(d != c and d.endswith(" " + c) for d in cands)]
        total = sum(names_with_counts[c] for c in cands)
        best = max(cands, key=lambda c: (names_with_counts[c], c))
        if len(cands) == 1 or (total and names_with_counts[best] / total >= dominance):
            mapping[name] = best
    return mapping


def remap_entities(entities: Iterable, mapping: Mapping[str, str]) -> list:
    """Apply a :func:`resolve_surnames` mapping to one article's entities.

    Person entities whose name is in ``mapping`` are renamed; entities that then share name
    and type are merged (mentions added). The result is sorted like
    :func:`newsarchive.entities.extract_entities` (mentions desc, then name).
    """
    from newsarchive.record import Entity

    merged: dict[tuple[str, str], int] = {}
    for e in entities:
        name = mapping.get(e.name, e.name) if e.type == "PER" else e.name
        merged[(name, e.type)] = merged.get((name, e.type), 0) + e.mentions
    out = [Entity(n, t, m) for (n, t), m in merged.items()]
    out.sort(key=lambda e: (-e.mentions, e.name))
    return out


def apply_well_known(name: str) -> str:
    """Fallback: a bare surname of a very well-known person → their full name."""
    return WELL_KNOWN_PERSONS.get(name, name)


def _place_like(text: str, local: set[str]) -> str | None:
    """The place/organisation a one-word person mention really is (``Nordkoreas``)."""
    if " " in text:
        return None
    countries = set(place_aliases().values())
    for cand in [text, *inflection_candidates(text)]:
        hit = _alias(cand)
        if hit:
            return hit
        if cand in local or cand in countries or cand in TYPE_OVERRIDES:
            return cand
    return None


def join_org_names(names: Iterable[str]) -> dict[str, str]:
    """One-word organisation names join the one longer name of the article containing them
    (``Bahn`` → ``Deutsche Bahn``, ``Stadtwerke`` → ``Stadtwerke Gütersloh``)."""
    names = set(names)
    mapping: dict[str, str] = {}
    for name in names:
        if " " in name:
            continue
        cands = [f for f in names if f != name and name in re.split(r"[ -]", f)]
        if len(cands) == 1:
            mapping[name] = cands[0]
        elif len(cands) > 1 and all(re.split(r"[ -]", c)[-1] == name for c in cands):
            mapping[name] = ""  # "Bahn" with "Deutsche Bahn" and "Pro Bahn": unclear, drop
        elif not cands and name in CONTEXT_ALIASES:
            mapping[name] = CONTEXT_ALIASES[name]
    return mapping


#: One-word names that mean a fixed organisation unless the article names a longer one.
CONTEXT_ALIASES = {"Union": "CDU/CSU", "Unionsparteien": "CDU/CSU", "Unionsfraktion": "CDU/CSU"}


_LOC_FIRST_WORDS = ("Landkreis", "Kanton", "Bezirk", "Kreis", "Region", "Provinz", "Bundesland")
_LOC_LAST_WORDS = ("Straße", "Strasse", "Platz", "Allee", "Gasse", "Weg", "Ufer", "Brücke",
                   "Damm", "Ring", "Chaussee", "Markt", "Oberland", "Unterland", "Gebiet",
                   "Tal", "See", "Gebirge", "Wald")


def _genitive_head(name: str, per_words: set[str]) -> str:
    """``Trumps Autozölle`` → ``Trumps`` when ``Trump`` is a known person's name."""
    words = name.split(" ")
    first = words[0]
    if len(words) > 1 and first.endswith("s") and len(first) > 3 and (
        first[:-1] in per_words or first[:-1] in WELL_KNOWN_PERSONS
    ):
        return first
    return name


def _table_type(name: str) -> str | None:
    """Type of a name that a lookup table produced (organisation or place alias target)."""
    if name in _org_canonicals():
        return "ORG"
    if name in _place_canonicals():
        return "LOC"
    return None


@cache
def _org_canonicals() -> frozenset[str]:
    return frozenset(ORG_ALIASES.values()) | frozenset(CONTEXT_ALIASES.values())


@cache
def _place_canonicals() -> frozenset[str]:
    return frozenset(place_aliases().values())


def type_hint(name: str) -> str | None:
    """Type implied by the name's form (``Kanton Zürich``, ``Tumringer Straße`` are places)."""
    words = name.split(" ")
    if len(words) > 1 and (words[0] in _LOC_FIRST_WORDS or words[-1] in _LOC_LAST_WORDS):
        return "LOC"
    if name.endswith(("straße", "strasse", "platz", "allee", "gasse")) and " " not in name:
        return "LOC"
    return None


def _slash_places(text: str, label: str) -> list[str]:
    """``München/Hamburg`` → both places; ``Japan/Eiskunstlauf`` (a photo credit's place and
    topic) → ``Japan``. Other mentions, and organisations (``CDU/CSU``), stay whole."""
    if label != "LOC" or text.count("/") != 1 or " " in text:
        return [text]
    parts = [p for p in text.split("/") if p]
    known = [p for p in parts if p in known_places()]
    return known or [text]


def _is_first_name(word: str) -> bool:
    from newsarchive.entities.gazetteer import word_classes

    return "FIRST" in word_classes().get(word, "").split("|")


#: Legal forms that end a company's name.
_LEGAL_FORMS = frozenset({"GmbH", "AG", "SE", "KG", "KGaA", "OHG", "e.V.", "eG", "Inc.", "Inc",
                          "Ltd", "Ltd.", "LLC", "Corp.", "Co.", "S.A.", "N.V.", "plc", "Holding",
                          "Group"})


def _firm_names(orgs: set[str]) -> dict[str, str]:
    """``{"Valendo": "Valendo GmbH"}``: the name part of each company name ending in a legal
    form, when only one company of the article has it."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for org in orgs:
        words = org.split(" ")
        if len(words) == 2 and words[1] in _LEGAL_FORMS:
            if words[0] in seen:
                out.pop(words[0], None)
            else:
                out[words[0]] = org
            seen.add(words[0])
    return out


_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,4}$")
_ROMAN = re.compile(r"^[IVXL]+$")


def _cut_at_acronym(name: str) -> str:
    """A person span that ran into a club or party acronym ends before it (``Marlene TSV
    Hüttlingen`` in a result list → ``Marlene``)."""
    words = name.split(" ")
    for i in range(1, len(words)):
        if _ACRONYM.match(words[i]) and not _ROMAN.match(words[i]):
            return " ".join(words[:i])
    return name


_CAPITAL_ARTICLES = frozenset({"Der", "Die", "Das", "Dem", "Den", "Des"})


def _drop_capital_article(text: str) -> str:
    """``Die Schweiz`` (a sentence start taken into the span) → ``Schweiz``; an article that
    belongs to a name stays (``Die Linke``, ``Der Spiegel``: no listed place follows)."""
    first, _, rest = text.partition(" ")
    if first in _CAPITAL_ARTICLES and rest in known_places():
        return rest
    return text


def _genitive_of(word: str, full_names: set[str]) -> bool:
    """Whether ``word`` is the genitive of a word of a person's full name (``Hännis`` of
    ``Adrian Hänni``) and neither it nor its base is a place (``Nordkoreas``)."""
    if " " in word or len(word) < 4 or not word.endswith("s") or word[-2] in "sxzß":
        return False
    base = word[:-1]
    return (any(base in n.split(" ")[1:] for n in full_names)
            and word not in known_places() and base not in known_places()
            and _alias(base) is None)


def _merge_spellings(counts: Counter[str], votes: dict[str, Counter[str]]) -> None:
    """Join names written with a hyphen or a space (``Tel-Aviv``, ``Tel Aviv``) under the
    spelling the place tables list, else the more frequent one, else the spaced one."""
    groups: dict[str, list[str]] = defaultdict(list)
    for canon in counts:
        if " " in canon or "-" in canon:
            groups[canon.replace("-", " ")].append(canon)
    for forms in groups.values():
        if len(forms) < 2:
            continue
        best = max(forms, key=lambda f: (f in known_places() or _table_type(f) is not None,
                                          counts[f], " " in f))
        for form in forms:
            if form != best:
                counts[best] += counts.pop(form)
                votes[best].update(votes.pop(form))


def canonicalize_mentions(mentions: Iterable[Mention],
                          acronyms: Mapping[str, str] | None = None
                          ) -> list[tuple[str, str, int]]:
    """Group one article's mentions into ``(canonical name, type, count)``.

    ``acronyms`` maps acronyms defined in the article (``Deutscher Wetterdienst (DWD)``) to
    their long form. Derived mentions (country adjectives/demonyms) count like others.
    """
    cleaned = [(clean_mention(m.text), m.label, m.prev) for m in mentions]
    cleaned = [(t, lab, p) for t, lab, p in cleaned if t and t not in NOT_ENTITIES]
    cleaned = [(part, lab, p) for t, lab, p in cleaned for part in _slash_places(t, lab)]
    cleaned = [(_drop_capital_article(t) if lab != "PER" else _cut_at_acronym(t), lab, p)
               for t, lab, p in cleaned]
    local = {t for t, lab, _ in cleaned if lab != "PER"}
    countries = set(place_aliases().values())
    as_person = Counter(t for t, lab, _ in cleaned if lab == "PER")
    as_other = Counter(t for t, lab, _ in cleaned if lab != "PER")
    # One-word "persons" that are places of the article or countries (Nordkoreas) are places,
    # unless the article's own tags call the word a person more often than not (a man named
    # Aviv, once mistaken for the place).
    fixed = []
    for text, label, prev in cleaned:
        if label == "PER":
            place = _place_like(text, local)
            if place is not None and not (
                place == text
                and as_person[text] > as_other[text]
                and _alias(text) is None
                and text not in TYPE_OVERRIDES
                and text not in countries
            ):
                text, label = place, "LOC"
        fixed.append((text, label, prev))
    # "Valendo" tagged as a person in an article about "Valendo GmbH": the company
    full_per_words = {w for t, lab, _ in fixed if lab == "PER" and " " in t
                      for w in t.split(" ")}
    firms = _firm_names({t for t, lab, _ in fixed if lab == "ORG"})
    fixed = [
        (firms[t], "ORG", p) if lab == "PER" and t in firms and t not in full_per_words
        else (t, lab, p)
        for t, lab, p in fixed
    ]
    per_names = {t for t, lab, _ in fixed if lab == "PER"}
    per_words = {w for n in per_names for w in n.split(" ")}
    # "Trumps Autozölle": a person's genitive swallowed the next noun
    fixed = [(_genitive_head(t, per_words) if lab == "PER" else t, lab, p) for t, lab, p in fixed]
    per_names = {t for t, lab, _ in fixed if lab == "PER"}
    per_words = {w for n in per_names for w in n.split(" ")}
    # "Chelsea Manning" as an organisation while "Manning" is a person of the article
    per_single = {t for t, lab, _ in fixed if lab == "PER" and " " not in t}
    fixed = [
        (t, "PER", p) if lab != "PER" and " " in t and t.rsplit(" ", 1)[1] in per_single
        and _is_first_name(t.split(" ", 1)[0]) else (t, lab, p)
        for t, lab, p in fixed
    ]
    per_names = {t for t, lab, _ in fixed if lab == "PER"}
    per_words = {w for n in per_names for w in n.split(" ")}
    full_names = {n for n in per_names if " " in n}
    # One-word "places/organisations" that are part of a person's name, or its genitive
    # (Hännis), are that person.
    fixed = [
        (t, "PER", p) if lab != "PER"
        and (t in per_words or _genitive_of(t, full_names))
        and t not in countries and not _alias(t, acronyms) and t not in TYPE_OVERRIDES
        else (t, lab, p)
        for t, lab, p in fixed
    ]
    per_map = join_person_names({t for t, lab, _ in fixed if lab == "PER"},
                                Counter(t for t, lab, _ in fixed if lab == "PER"))
    for name, full in list(per_map.items()):
        if full == name:
            per_map[name] = apply_well_known(name)

    canon_of: list[tuple[str, str]] = []
    for text, label, prev in fixed:
        if label == "PER":
            canon_of.append((per_map[text], label))
        else:
            canon_of.append((canonical_name(text, label, local - {text}, prev, acronyms), label))
    org_map = join_org_names({c for c, lab in canon_of if lab == "ORG"})
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for canon, label in canon_of:
        if label == "ORG":
            canon = org_map.get(canon, canon)
            if not canon:
                continue
        counts[canon] += 1
        votes[canon][label] += 1
    _merge_spellings(counts, votes)
    out = []
    for canon, n in counts.items():
        if canon in NOT_ENTITIES:
            continue
        label = TYPE_OVERRIDES.get(canon) or type_hint(canon) or _table_type(canon) \
            or votes[canon].most_common(1)[0][0]
        if label == "PER" and " " not in canon and n < 2:
            continue  # a lone one-word "person" nobody in the article explains: too unsure
        out.append((canon, label, n))
    out.sort(key=lambda x: (-x[2], x[0]))
    return out
