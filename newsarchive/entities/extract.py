"""Entity extraction from articles: NER mentions + rules → canonical entities."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from spacy.attrs import ORTH

from newsarchive.entities.aliases import (
    ALWAYS_ORG,
    COMPOUND_ORG_HEADS,
    COMPOUND_ORG_PREFIXES,
    COMPOUND_PREFIX_ORGS,
    ORG_ALIASES,
    TYPE_OVERRIDES,
)
from newsarchive.entities.demonyms import (
    city_of_demonym,
    country_of_adjective,
    country_of_demonym,
)
from newsarchive.entities.filters import is_plausible_name
from newsarchive.entities.inflection import listed_word, nominative, strip_genitive
from newsarchive.entities.model import LABELS, load_nlp
from newsarchive.entities.normalize import Mention, canonicalize_mentions, clean_mention
from newsarchive.entities.places import country_names, place_aliases
from newsarchive.record import Article, Entity

#: Texts per nlp.pipe batch: articles are long, and small batches keep the model's
#: matrices in cache (measured with benchmarks/entity_speed.py: 8 beats 64 by ~15%).
BATCH_SIZE = 8


def article_text(article: Article) -> str:
    """Title, lead and body of an article as one text (blank line between parts)."""
    parts = [article.title or "", article.text]
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


@cache
def _known_org_words() -> frozenset[str]:
    """Organisation names usable as compound prefixes (``CDU-Chef`` → CDU)."""
    from newsarchive.entities.gazetteer import word_classes

    words = {w for w, cls in word_classes().items() if "ORG" in cls.split("|")}
    words |= {k for k in ORG_ALIASES if " " not in k} | COMPOUND_PREFIX_ORGS
    words |= {k for k, v in TYPE_OVERRIDES.items() if v == "ORG" and " " not in k}
    return frozenset(words)


@cache
def _rule_places() -> frozenset[str]:
    """One-word country names (CLDR) and capitals, found even where the model misses them."""
    from newsarchive.entities.places import CAPITALS, REGIONS

    names = {n for n in country_names().values() if " " not in n and "-" not in n}
    return frozenset(names | CAPITALS | REGIONS)


@cache
def _country_words() -> frozenset[str]:
    names = set(country_names().values()) | set(place_aliases())
    return frozenset(n for n in names if " " not in n)


def _compound_mention(word: str, doc_orgs: set[str], prev: str | None) -> Mention | None:
    """``US-Regierung`` (ORG as a whole), ``CDU-Chef`` → CDU, ``Ukraine-Krieg`` → Ukraine."""
    prefix, sep, head = word.partition("-")
    if not sep or not prefix or not head:
        return None
    if prefix in COMPOUND_ORG_PREFIXES and head in COMPOUND_ORG_HEADS:
        return Mention(word, "ORG", prev)
    if prefix in _known_org_words() or prefix in doc_orgs:
        return Mention(prefix, "ORG")
    if prefix in _country_words():
        return Mention(prefix, "LOC")
    if word.endswith(_REGION_SUFFIXES) and all(p[:1].isupper() for p in word.split("-")):
        return Mention(word, "LOC", prev)  # Rhein-Main-Gebiet
    return None


_REGION_SUFFIXES = ("-Gebiet", "-Region", "-Tal", "-Becken", "-Delta")


def _acronym_definitions(doc) -> dict[str, str]:
    """``Deutscher Wetterdienst (DWD)`` in the text → ``{"DWD": "Deutscher Wetterdienst"}``."""
    out: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
            continue
        open_, acr, close = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
        if open_.text != "(" or close.text != ")":
            continue
        a = acr.text
        if (2 <= len(a) <= 8 and sum(c.isupper() for c in a) >= 2
                and a[0].upper() == ent.text[0].upper() and " " in ent.text.strip()):
            prev = doc[ent.start - 1].text if ent.start else None
            out[a] = nominative(clean_mention(ent.text), prev)
    return out


#: Name particles that may end a person span cut short by the model (``Ursula von der``).
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "del", "da", "di", "dos", "du",
                        "ten", "ter", "vom", "zur", "bin", "al", "el", "le", "la"})
#: Words in front of a place name that belong to it (``Landkreis Günzburg``).
_PLACE_HEADS = frozenset({"Landkreis", "Kanton", "Bezirk", "Kreis", "Region", "Grafschaft",
                          "Bundesstaat", "Provinz", "Departement", "Oblast"})


@cache
def _first_name_set() -> frozenset[str]:
    from newsarchive.entities.gazetteer import word_classes

    return frozenset(w for w, c in word_classes().items() if "FIRST" in c.split("|"))


_ORDINAL = re.compile(r"^\d{1,2}\.$")
#: An article that starts a new noun phrase unless a preposition governs it: "Bundesamt für
#: Verkehr die Pläne" is a name and an object ("Stiftung für das Kind", "Unter den Linden" stay).
_NEW_PHRASE_ARTICLES = frozenset({"die", "das", "den", "dem"})
_PREPOSITIONS = frozenset({"für", "an", "auf", "über", "in", "zu", "gegen", "mit", "von", "aus",
                           "bei", "nach", "vor", "unter", "um", "durch", "ohne", "hinter",
                           "neben", "zwischen", "im", "am", "zum", "zur", "vom", "und", "oder"})
_CLUB_PREFIXES = frozenset({"FC", "FSV", "SC", "SV", "TSV", "VfB", "VfL", "BC", "SSV", "FFC",
                            "TSG", "SpVgg", "KSC", "HSV", "TuS", "SG"})


def _unlisted_first_name(words: list[str], i: int, pairs: Counter[tuple[str, str]]) -> bool:
    """Whether ``words[i]``, just before a one-word person, is a first name no list knows:
    a capitalised word that the 860k-word frequency table lacks (nouns, even rare compounds
    such as "Schwingerkönig", are in it) and that stands before that surname twice or more."""
    w = words[i]
    return (len(w) >= 3 and w.isalpha() and w[:1].isupper() and w[1:].islower()
            and pairs[w, words[i + 1]] >= 2 and not listed_word(w))


def _entity_spans(doc, words: list[str] | None = None) -> list[tuple[int, int, str]]:
    """Model spans, repaired: person spans ending in a particle or missing a first name are
    extended, ``Landkreis``/``Kanton`` joins the place after it. ``words``: the doc's token
    texts when the caller has them already."""
    spans = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS]
    taken = {i for s, e, _ in spans for i in range(s, e)}
    if words is None:
        words = _words(doc)
    pairs: Counter[tuple[str, str]] | None = None
    out = []
    for start, end, label in spans:
        # "Österreichische Haus- und Grundbesitzerbund": a span ending in a hyphen goes on
        if (doc[end - 1].text.endswith("-") and end + 1 < len(doc)
                and doc[end].text in ("und", "oder") and doc[end + 1].text[:1].isupper()
                and end not in taken and end + 1 not in taken):
            end += 2
        if label == "PER":
            while (end < len(doc) and doc[end - 1].text in _PARTICLES and end - start > 1
                   and end not in taken
                   and (doc[end].text[:1].isupper() or doc[end].text in _PARTICLES)):
                end += 1
            if doc[end - 1].text in _PARTICLES:  # nothing capitalised followed
                end = max(start + 1, end - 1)
            first = _first_name_set()
            while (start > 0 and start - 1 not in taken and doc[start - 1].text in first
                   and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start):
                start -= 1
            if end - start == 1 and start > 0 and start - 1 not in taken:
                if pairs is None:
                    pairs = Counter(zip(words, words[1:], strict=False))
                if _unlisted_first_name(words, start - 1, pairs) \
                        and not doc[start - 1].is_sent_start:
                    start -= 1  # "Breel Embolo", tagged "Embolo" each time
        elif label == "LOC" and start > 0 and doc[start - 1].text in _PLACE_HEADS \
                and start - 1 not in taken:
            start -= 1
        elif (label == "ORG" and start > 0 and start - 1 not in taken
              and _ORDINAL.match(doc[start - 1].text)
              and doc[start].text in _CLUB_PREFIXES):
            start -= 1  # "1. FC Union Berlin"
        if label in ("ORG", "LOC"):
            for i in range(start + 1, end - 1):
                if (doc[i].text in _NEW_PHRASE_ARTICLES
                        and doc[i - 1].text.lower() not in _PREPOSITIONS):
                    end = i
                    break
        if (label == "LOC" and start > 0 and start - 1 not in taken
                and _is_org_head(doc[start - 1].text)):
            out.append((start, end, "LOC"))  # the place itself is named too
            start, label = start - 1, "ORG"  # "Stadtwerke Gütersloh", "Erzbistum Köln"
        out.append((start, end, label))
    taken = {i for s, e, _ in out for i in range(s, e)}
    for sp in _phrase_orgs(words) + _pattern_orgs(words):
        if not any(i in taken for i in range(sp[0], sp[1])):
            out.append(sp)
            taken.update(range(sp[0], sp[1]))
    return out


@cache
def _known_phrases() -> dict[tuple[str, ...], str]:
    """Inflected word sequences of well-known multi-word organisation names → name."""
    from newsarchive.entities.aliases import KNOWN_ORG_PHRASES
    from newsarchive.entities.inflection import adjective_stem

    names = set(KNOWN_ORG_PHRASES) | {k for k in ORG_ALIASES if " " in k}
    names |= {v for v in ORG_ALIASES.values() if " " in v}
    out: dict[tuple[str, ...], str] = {}
    for name in names:
        words = name.split(" ")
        variants = [[w] for w in words]
        for k, w in enumerate(words[:-1]):
            st = adjective_stem(w)
            if st:
                variants[k] = [st[0] + e for e in ("e", "en", "er", "es", "em")]
        variants[-1] = [words[-1], words[-1] + "s", words[-1] + "es"]
        combos: list[tuple[str, ...]] = [()]
        for opts in variants:
            combos = [c + (o,) for c in combos for o in opts]
        for c in combos:
            out.setdefault(c, name)
    return out


def _words(doc) -> list[str]:
    """The doc's token texts without building Token objects."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()]


@cache
def _phrase_starts() -> frozenset[str]:
    return frozenset(k[0] for k in _known_phrases())


def _phrase_orgs(words: list[str]) -> list[tuple[int, int, str]]:
    """Well-known multi-word organisation names the model missed (``Technische Hilfswerk``)."""
    table = _known_phrases()
    starts = _phrase_starts()
    spans = []
    i = 0
    while i < len(words):
        if words[i] not in starts:
            i += 1
            continue
        for n in (5, 4, 3, 2):
            if tuple(words[i:i + n]) in table:
                spans.append((i, i + n, "ORG"))
                i += n - 1
                break
        i += 1
    return spans


#: Endings of nouns that name an institution when a place follows (``Stadtwerke Gütersloh``).
_ORG_HEAD_ENDINGS = ("werke", "betriebe", "verein", "verband", "bistum", "sternwarte",
                     "universität", "hochschule", "gericht", "kasse", "kammer", "stützpunkt",
                     "klinikum", "theater", "museum", "zoo", "oper", "philharmonie",
                     "orchester", "präsidium", "anwaltschaft", "verwaltung", "zentrale")


def _is_org_head(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(_ORG_HEAD_ENDINGS)


#: "<Amt> für <Thema> [und <Thema>]" and "<Verband> der/Deutscher <Gruppe>" name institutions.
_FOR_HEADS = frozenset({"Bundesamt", "Landesamt", "Amt", "Bundesministerium", "Ministerium",
                        "Staatsministerium", "Landesministerium", "Bundesagentur", "Bundesanstalt",
                        "Landesanstalt", "Bundesinstitut", "Institut", "Bundeszentrale",
                        "Landeszentrale", "Bundesbeauftragte", "Zentrum", "Senatsverwaltung",
                        "Referat", "Dezernat", "Behörde", "Agentur", "Kommission", "Rat",
                        "Stiftung", "Verband", "Bundesverband", "Landesverband"})
_OF_HEADS = frozenset({"Verband", "Bund", "Verein", "Gewerkschaft", "Vereinigung",
                       "Bundesverband", "Zentralverband", "Gesellschaft", "Stiftung",
                       "Akademie", "Arbeitsgemeinschaft", "Börsenverein", "Kongress",
                       "Bundesvereinigung", "Partei", "Union"})
_OF_LINKS = frozenset({"der", "des", "Deutscher", "deutscher", "Deutschen", "Österreichischer",
                       "Schweizer", "Schweizerischer", "Europäischer"})


def _head_base(word: str) -> str:
    """``Landesamts`` → ``Landesamt`` for matching heads in the genitive."""
    for end in ("es", "s"):
        if word.endswith(end) and word[: -len(end)] in _FOR_HEADS | _OF_HEADS:
            return word[: -len(end)]
    return word


@cache
def _head_forms() -> frozenset[str]:
    """Heads of :func:`_pattern_orgs` with their genitive forms (a fast pre-check)."""
    heads = _FOR_HEADS | _OF_HEADS
    return frozenset(heads | {h + "s" for h in heads} | {h + "es" for h in heads})


def _pattern_orgs(words: list[str]) -> list[tuple[int, int, str]]:
    """Institution names by pattern where the model found nothing."""
    spans = []
    n = len(words)
    forms = _head_forms()
    i = 0
    while i < n - 2:
        if words[i] not in forms:
            i += 1
            continue
        head = _head_base(words[i])
        link = words[i + 1]
        end = 0
        if head in _FOR_HEADS and link == "für" and _cap_noun(words, i + 2):
            end = i + 3
            while end + 1 < n and words[end] in ("und", ",") and _cap_noun(words, end + 1):
                end += 2
        elif head in _OF_HEADS and link in _OF_LINKS and _cap_noun(words, i + 2):
            end = i + 3
        if end:
            spans.append((i, end, "ORG"))
            i = end
        else:
            i += 1
    return spans


def _cap_noun(words: list[str], k: int) -> bool:
    return k < len(words) and words[k][:1].isupper() and words[k].isalpha()


#: Words between a truncated compound and the compound that completes it (``Nord- und Süd…``).
_ELLIPSIS_LINKS = frozenset({"und", "oder", "bis", "sowie", "&", "/", ","})
#: Compass and position prefixes of place names, longest first.
_COMPASS = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel",
            "Zentral")


@cache
def _known_names() -> frozenset[str]:
    from newsarchive.entities.gazetteer import word_classes
    from newsarchive.entities.places import known_places

    listed = {w for w, c in word_classes().items() if {"LOC", "ORG"} & set(c.split("|"))}
    return frozenset(listed | known_places())


def complete_truncated(word: str, other: str) -> str | None:
    """The compound a truncated word stands for: ``Nord-`` before ``und Südkorea`` is
    ``Nordkorea``, ``Ost-`` before ``und Westdeutschland`` is ``Ostdeutschland``.

    The tail comes from ``other``: the longest one that makes a listed name (``Bundes-`` and
    ``Landesregierung``), else the part after a compass prefix; otherwise None.
    """
    if len(word) < 3 or not word.endswith("-") or not word[:1].isupper() \
            or not other[:1].isupper() or not other.isalpha():
        return None
    stem = word[:-1]
    known = _known_names()
    for k in range(2, len(other) - 2):
        if other[k].islower() and stem + other[k:] in known:
            return stem + other[k:]
    for prefix in _COMPASS:
        if other.startswith(prefix) and len(other) > len(prefix) + 2 \
                and other[len(prefix)].islower():
            return stem + other[len(prefix):]
    return None


def _truncated_at(words: list[str], i: int) -> str | None:
    """:func:`complete_truncated` for ``words[i]`` with the word after the conjunction."""
    if i + 2 < len(words) and words[i + 1] in _ELLIPSIS_LINKS and words[i].endswith("-"):
        return complete_truncated(words[i], words[i + 2])
    return None


def mentions_of_doc(doc) -> tuple[list[Mention], dict[str, str]]:
    """Model mentions plus rule mentions, and the acronyms the text defines."""
    mentions: list[Mention] = []
    covered: set[int] = set()
    doc_orgs: set[str] = set()
    words = _words(doc)
    spans = _entity_spans(doc, words)
    label_at = {start: label for start, _, label in spans}
    for start, end, label in spans:
        covered.update(range(start, end))
        text = doc[start:end].text
        if end == start + 1:
            text = _truncated_at(words, start) or text
        if not is_plausible_name(text, label):
            continue
        prev = doc[start - 1].text if start else None
        mentions.append(Mention(text, label, prev))
        if label == "ORG":
            doc_orgs.update(w for w in text.split() if len(w) > 1 and w[:1].isupper())
    for i, word in enumerate(words):
        if i in covered or not word[:1].isalpha():
            continue
        prev = words[i - 1] if i else None
        if word.endswith("-") and i + 2 in label_at:  # "Mittel- und [Südamerika]"
            full = _truncated_at(words, i)
            if full is not None:
                mentions.append(Mention(full, label_at[i + 2], prev))
            continue
        if "-" in word[1:-1]:
            m = _compound_mention(word, doc_orgs, prev)
            if m is not None:
                mentions.append(m)
                continue
        elif not word.isalpha():
            continue
        found = _word_rule(word, _starts_sentence(prev))
        if found is not None:
            name, label, derived = found
            mentions.append(Mention(name, label, derived=True) if derived
                            else Mention(name, label, prev))
    return mentions, _acronym_definitions(doc)


@lru_cache(maxsize=1 << 17)
def _word_rule(word: str, at_start: bool) -> tuple[str, str, bool] | None:
    """``(name, label, derived)`` for a word outside the model's spans that names an entity
    by itself: a listed organisation or place, a country adjective or a demonym."""
    upper = word[:1].isupper()
    if upper and (word in ALWAYS_ORG or strip_genitive(word) in ALWAYS_ORG):
        return word, "ORG", False
    if upper and (word in _rule_places() or strip_genitive(word) in _rule_places()):
        return word, "LOC", False
    place = None
    # capitalised adjectives inside a sentence belong to names (Deutscher Wetterdienst);
    # so do demonyms that double as adjectives (Verband Deutscher Verkehrsunternehmen)
    if not upper or at_start:
        place = country_of_adjective(word)
    elif country_of_adjective(word) is None:
        place = country_of_demonym(word) or city_of_demonym(word)
    return (place, "LOC", True) if place is not None else None


_SENTENCE_BREAKS = frozenset({".", "!", "?", ":", "„", "“", '"', "«", "»", "–"})


def _starts_sentence(prev: str | None) -> bool:
    """First word of a text, paragraph or sentence (no parser: look at the previous token)."""
    return prev is None or prev.isspace() or prev in _SENTENCE_BREAKS


def entities_of_doc(doc) -> list[Entity]:
    """Canonical entities of one processed text, sorted by mentions desc then name."""
    mentions, acronyms = mentions_of_doc(doc)
    return [Entity(name, label, n)
            for name, label, n in canonicalize_mentions(mentions, acronyms)]


def _docs(texts: Iterable[str], batch_size: int) -> Iterator:
    nlp = load_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size)


def extract_entities(article: Article) -> list[Entity]:
    """Canonical entities of one article (title + lead + text)."""
    return extract_entities_many([article])[0]


def extract_entities_many(articles: Iterable[Article], *,
                          batch_size: int = BATCH_SIZE) -> list[list[Entity]]:
    """Batch version of :func:`extract_entities` (one list per article, in order)."""
    texts = [article_text(a) for a in articles]
    return [entities_of_doc(doc) for doc in _docs(texts, batch_size)]
