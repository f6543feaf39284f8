"""Undo German inflection in names: genitive ``-s``/``-es`` and declined adjectives.

``des Landesamts für Umwelt`` → ``Landesamt für Umwelt``;
``dem Deutschen Wetterdienst`` → ``Deutscher Wetterdienst`` (strong nominative, the gender
guessed from the head noun's ending or the article in front).
"""

from __future__ import annotations

import numpy

#: Genitive articles: a following name has its head noun in the genitive.
GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes"})

#: Nominative endings that look like a genitive -s but are not.
_NO_GENITIVE = ("fonds", "ss", "us", "is", "os", "as", "x", "z", "ß", "ys", "ies")

_MASC = ("verband", "dienst", "bund", "rat", "hof", "tag", "verein", "konzern", "club", "klub",
         "ausschuss", "senat", "fonds", "kongress", "sender", "rundfunk", "markt", "kreis",
         "bezirk", "kanton", "landkreis", "gipfel", "orden", "zirkel", "versand", "betrieb",
         "platz", "wald", "fluss", "kanal", "ozean", "golf", "park", "hafen", "garten", "damm",
         "graben", "turm", "strom", "weg", "ring")
_NEUT = ("werk", "amt", "institut", "haus", "parlament", "zentrum", "ministerium", "gericht",
         "komitee", "büro", "kabinett", "bündnis", "kommando", "museum", "theater", "orchester",
         "kollegium", "land", "reich", "königreich", "forum", "gymnasium", "hilfswerk",
         "krankenhaus", "klinikum", "studio", "team", "direktorium", "sekretariat", "meer",
         "gebirge", "tal", "ufer", "becken", "viertel", "kap")
_FEM = ("bahn", "bank", "union", "kommission", "halle", "agentur", "partei", "ung", "schaft",
        "heit", "keit", "ion", "ei", "anstalt", "behörde", "stiftung", "kammer", "zentrale",
        "organisation", "post", "akademie", "universität", "hochschule", "schule", "börse",
        "liga", "allianz", "armee", "marine", "luftwaffe", "initiative", "front", "kirche",
        "gemeinde", "stadt", "republik", "föderation", "versammlung", "konferenz", "garde",
        "wacht", "sternwarte", "bibliothek", "galerie", "oper", "straße", "allee", "brücke",
        "insel", "bucht", "küste", "wüste", "gasse", "mauer", "ebene")
_PLURAL = ("nationen", "staaten", "werke", "emirate", "grünen", "linken", "inseln", "länder")

_ADJ_STEM_ENDINGS = ("isch", "lich", "ig", "al", "ell", "iv", "är", "ar")
_ADJ_STEMS = frozenset({
    "deutsch", "vereinigt", "vereint", "neu", "alt", "frei", "grün", "rot", "schwarz", "hoh",
    "groß", "klein", "ober", "nieder", "erst", "allgemein", "gemeinsam", "ständig", "heilig",
    "west", "ost", "nord", "süd", "mittler", "evangelisch", "katholisch", "olympisch",
})
_ENDINGS = ("en", "er", "es", "em", "e")


def strip_genitive(word: str) -> str:
    """``Landesamts`` → ``Landesamt``; ``Bundestages`` → ``Bundestag``; others unchanged."""
    low = word.lower()
    if len(word) < 4 or not low.endswith("s") or low.endswith(_NO_GENITIVE):
        return word
    if low.endswith("es") and len(word) > 5 and not low[:-2].endswith("e"):
        base = word[:-2]
        # Hauses, Amtes, Verbandes, Kreises: -es after a consonant
        if base[-1:].lower() not in "aeiouäöü":
            return base
    return word[:-1]


def adjective_stem(word: str) -> tuple[str, str] | None:
    """``(stem, ending)`` when ``word`` is a capitalised declined adjective, else None."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    for end in _ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            if stem in _ADJ_STEMS or (stem.endswith(_ADJ_STEM_ENDINGS) and (
                    (stem.endswith("isch") and len(stem) > 6)  # rare ones too: askanisch
                    or any(is_lowercase_word(stem + e) for e in ("e", "en", "er")))):
                if end == "er" and _is_place(word[:-2]):
                    return None  # "Leipziger" is a place's adjective: never declined
                return word[: -len(end)], end
    return None


def _is_place(word: str) -> bool:
    """Whether the gazetteer lists ``word`` as a place (``Leipzig``, ``Danzig``)."""
    try:
        from newsarchive.entities.gazetteer import word_classes

        return "LOC" in word_classes().get(word, "").split("|")
    except FileNotFoundError:  # pragma: no cover - table missing
        return False


def _table_entry(word: str) -> str | None:
    """The ``cluster/band`` lemma string of ``word`` in the word-feature table, or None."""
    try:
        from spacy.strings import hash_string

        from newsarchive.entities.gazetteer import feature_arrays

        hashes, index, names = feature_arrays()
    except (ImportError, FileNotFoundError):  # pragma: no cover - tables missing
        return ""
    h = hash_string(word)
    # a numpy scalar: with a Python int numpy converts the whole table first (~0.4 ms)
    pos = int(hashes.searchsorted(numpy.uint64(h)))
    if pos >= len(hashes) or int(hashes[pos]) != h:
        return None
    return names[int(index[pos, 0])][0]


def listed_word(word: str) -> bool:
    """Whether the word-feature table (860k words of running text) knows ``word`` as written."""
    return _table_entry(word) is not None


def is_lowercase_word(low: str) -> bool:
    """Whether the lower-cased form is a word of running German text (adjectives are, nouns
    such as ``verbraucherzentrale`` are not): not in the rarest band of the cluster table."""
    entry = _table_entry(low)
    if entry is None:
        return False
    if not entry:  # pragma: no cover - tables missing
        return True
    return entry.rpartition("/")[2] not in ("x", "0")


def gender_of(noun: str, article: str | None = None) -> str | None:
    """``m``/``f``/``n``/``pl`` from the noun's ending, else from the article; None if unknown."""
    low = noun.lower()
    for g, ends in (("pl", _PLURAL), ("f", _FEM), ("n", _NEUT), ("m", _MASC)):
        if low.endswith(ends):
            return g
    return {"das": "n", "den": "m", "die": "f", "zur": "f", "ins": "n", "im": "m", "am": "m",
            "zum": "m", "vom": "m", "beim": "m"}.get((article or "").lower())


_DETERMINERS = frozenset({"der", "die", "das", "des", "dem", "den", "dieser", "diese", "dieses",
                          "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen",
                          "im", "am", "zum", "vom", "beim", "zur", "ins"})

_STRONG = {"m": "er", "f": "e", "n": "es", "pl": "e"}


def nominative(name: str, article: str | None = None) -> str:
    """Name in the nominative: genitive head undone after ``des``, adjectives declined strong.

    Only leading adjectives are changed (``Deutschen Bahn`` → ``Deutsche Bahn``); names
    without them keep their words (``Gewerbeverein Lörrach``).
    """
    words = name.split(" ")
    art = (article or "").lower()
    # head noun: first word after the leading adjectives
    i = 0
    while i < len(words) - 1 and adjective_stem(words[i]) is not None:
        i += 1
    if art in GENITIVE_ARTICLES:
        words[i] = strip_genitive(words[i])
    if i == 0 or art not in _DETERMINERS:
        # no article in front: the adjective already has its strong ending
        return " ".join(words)
    head = words[-1] if words[i].endswith("-") else words[i]  # "Haus- und Grundbesitzerbund"
    if art == "den" and head.endswith(("en", "ern")) and gender_of(head) is None:
        gender = "pl"  # dative plural: den Olympischen Spielen
    else:
        gender = gender_of(head, art) or "f"
    for k in range(i):
        stem, _ = adjective_stem(words[k])  # type: ignore[misc]
        words[k] = stem + _STRONG[gender]
    if (gender == "pl" and art == "den" and words[i] == head and head.endswith("en")
            and is_lowercase_word(head[:-1].lower())):
        words[i] = head[:-1]  # dative plural -n: Olympischen Spielen → Olympische Spiele
    return " ".join(words)
