"""Country adjectives and demonyms → canonical country name.

The table below is written for this project: ISO code, adjective stem and the masculine
demonym(s). Inflected forms (``-e``, ``-en``, ``-er``, ``-es``, ``-em``; feminine ``-in``,
``-innen``; plural ``-n``) are generated. Country names come from CLDR via
:func:`newsarchive.entities.places.country_names`.
"""

from __future__ import annotations

from functools import cache

from newsarchive.entities.places import country_names

# code | adjective stem(s) | masculine demonym(s), comma separated
_TABLE = """
AF|afghanisch|Afghane
EG|ägyptisch|Ägypter
AL|albanisch|Albaner
DZ|algerisch|Algerier
AR|argentinisch|Argentinier
AM|armenisch|Armenier
AZ|aserbaidschanisch|Aserbaidschaner
ET|äthiopisch|Äthiopier
AU|australisch|Australier
BE|belgisch|Belgier
BY|belarussisch,weißrussisch|Belarusse,Weißrusse
BA|bosnisch|Bosnier
BR|brasilianisch|Brasilianer
BG|bulgarisch|Bulgare
CL|chilenisch|Chilene
CN|chinesisch|Chinese
DK|dänisch|Däne
DE|deutsch,bundesdeutsch|Deutscher
EE|estnisch|Este
FI|finnisch|Finne
FR|französisch|Franzose
GE|georgisch|Georgier
GR|griechisch|Grieche
GB|britisch,großbritannisch|Brite
IN|indisch|Inder
ID|indonesisch|Indonesier
IQ|irakisch|Iraker
IR|iranisch|Iraner
IE|irisch|Ire
IS|isländisch|Isländer
IL|israelisch|Israeli
IT|italienisch|Italiener
JP|japanisch|Japaner
YE|jemenitisch|Jemenit
JO|jordanisch|Jordanier
CA|kanadisch|Kanadier
KZ|kasachisch|Kasache
QA|katarisch|Katarer
KE|kenianisch|Kenianer
CO|kolumbianisch|Kolumbianer
XK|kosovarisch|Kosovare
HR|kroatisch|Kroate
CU|kubanisch|Kubaner
LV|lettisch|Lette
LB|libanesisch|Libanese
LY|libysch|Libyer
LT|litauisch|Litauer
LU|luxemburgisch|Luxemburger
MA|marokkanisch|Marokkaner
MX|mexikanisch|Mexikaner
MD|moldauisch,moldawisch|Moldauer
MN|mongolisch|Mongole
ME|montenegrinisch|Montenegriner
NZ|neuseeländisch|Neuseeländer
NL|niederländisch,holländisch|Niederländer,Holländer
NG|nigerianisch|Nigerianer
KP|nordkoreanisch|Nordkoreaner
MK|nordmazedonisch,mazedonisch|Nordmazedonier,Mazedonier
NO|norwegisch|Norweger
AT|österreichisch|Österreicher
PK|pakistanisch|Pakistaner
PS|palästinensisch|Palästinenser
PE|peruanisch|Peruaner
PH|philippinisch|Philippiner
PL|polnisch|Pole
PT|portugiesisch|Portugiese
RO|rumänisch|Rumäne
RU|russisch|Russe
SA|saudi-arabisch,saudisch|Saudi
SE|schwedisch|Schwede
CH|schweizerisch|Schweizer
RS|serbisch|Serbe
SK|slowakisch|Slowake
SI|slowenisch|Slowene
ES|spanisch|Spanier
ZA|südafrikanisch|Südafrikaner
SD|sudanesisch|Sudanese
KR|südkoreanisch|Südkoreaner
SY|syrisch|Syrer
TW|taiwanisch|Taiwaner
TH|thailändisch|Thailänder
CZ|tschechisch|Tscheche
TN|tunesisch|Tunesier
TR|türkisch|Türke
UA|ukrainisch|Ukrainer
HU|ungarisch|Ungar
US|amerikanisch,us-amerikanisch|Amerikaner,US-Amerikaner
VE|venezolanisch|Venezolaner
AE|emiratisch|Emirater
VN|vietnamesisch|Vietnamese
CY|zypriotisch,zyprisch|Zyprer,Zypriot
"""

#: Adjectives of regions, German states and continents → canonical name (my own list).
_REGION_ADJECTIVES = {
    "europäisch": "Europa", "afrikanisch": "Afrika", "asiatisch": "Asien",
    "bayerisch": "Bayern", "sächsisch": "Sachsen", "hessisch": "Hessen",
    "thüringisch": "Thüringen", "niedersächsisch": "Niedersachsen",
    "brandenburgisch": "Brandenburg", "saarländisch": "Saarland",
    "schleswig-holsteinisch": "Schleswig-Holstein", "mecklenburgisch": "Mecklenburg-Vorpommern",
    "baden-württembergisch": "Baden-Württemberg", "rheinland-pfälzisch": "Rheinland-Pfalz",
    "nordrhein-westfälisch": "Nordrhein-Westfalen", "sachsen-anhaltisch": "Sachsen-Anhalt",
    "ostdeutsch": "Ostdeutschland", "westdeutsch": "Westdeutschland",
    "süddeutsch": "Süddeutschland", "norddeutsch": "Norddeutschland",
    "steirisch": "Steiermark", "kärntnerisch": "Kärnten", "oberösterreichisch": "Oberösterreich",
    "niederösterreichisch": "Niederösterreich", "kalifornisch": "Kalifornien",
    "sibirisch": "Sibirien", "palästinensisch": "Palästina",
}

#: City demonyms that do not follow ``<City>er`` (``Münchner`` → ``München``).
IRREGULAR_CITY_DEMONYMS = {
    "Münchner": "München", "Zürcher": "Zürich", "Bremer": "Bremen", "Hannoveraner": "Hannover",
    "Moskauer": "Moskau", "Kiewer": "Kiew", "Pariser": "Paris", "Brüsseler": "Brüssel",
    "Römer": "Rom", "Mailänder": "Mailand", "Leipziger": "Leipzig", "Dresdner": "Dresden",
    "Görlitzer": "Görlitz", "Bielefelder": "Bielefeld", "Kölner": "Köln", "Wiener": "Wien",
    "Grazer": "Graz", "Basler": "Basel", "Berner": "Bern", "Genfer": "Genf",
}

#: Ordinary nouns that look like ``<City>er``.
_NOT_CITY_DEMONYMS = frozenset({"Hammer", "Hammern", "Bauer", "Bauern", "Bauerin", "Weiler"})

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def _demonym_forms(m: str) -> set[str]:
    """Singular/plural, masculine/feminine forms of a masculine demonym."""
    if m == "Deutscher":
        return {"Deutscher", "Deutsche", "Deutschen", "Deutschem"}
    if m.endswith("e"):  # Russe, Russen, Russin, Russinnen
        return {m, m + "n", m[:-1] + "in", m[:-1] + "innen"}
    if m.endswith("i"):  # Israeli, Israelis
        return {m, m + "s"}
    return {m, m + "n", m + "in", m + "innen"}  # Ukrainer, Ukrainern, Ukrainerin


@cache
def adjective_table() -> dict[str, str]:
    """Lower-cased inflected adjective → canonical country (``russischen`` → ``Russland``)."""
    names = country_names()
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        code, adjs, _ = line.split("|")
        for stem in adjs.split(","):
            for end in _ADJ_ENDINGS:
                out[(stem + end).lower()] = names[code]
    for stem, place in _REGION_ADJECTIVES.items():
        for end in _ADJ_ENDINGS[1:]:
            out[(stem + end).lower()] = place
    return out


@cache
def demonym_table() -> dict[str, str]:
    """Demonym noun (any case form) → canonical country (``Russen`` → ``Russland``)."""
    names = country_names()
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        code, _, dems = line.split("|")
        for dem in dems.split(","):
            for form in _demonym_forms(dem):
                out[form] = names[code]
    # A demonym plural that equals a country name is that country (Polen, Ungarn, Schweden).
    return out


def country_of_adjective(word: str) -> str | None:
    """Country for an adjective form, ignoring case (``Südkoreanische`` → ``Südkorea``)."""
    return adjective_table().get(word.lower())


def country_of_demonym(word: str) -> str | None:
    """Country for a demonym noun, case-sensitive (``Russen`` → ``Russland``)."""
    return demonym_table().get(word)


def city_of_demonym(word: str) -> str | None:
    """City for ``<City>er``/``-erin``/``-erinnen``/``-ern`` (``Potsdamerin`` → ``Potsdam``)."""
    from newsarchive.entities.places import city_names

    if not word[:1].isupper() or "-" in word or word in _NOT_CITY_DEMONYMS:
        return None
    for end in ("erinnen", "erin", "ern", "er"):
        if word.endswith(end) and len(word) > len(end) + 2:
            base = word[: -len(end)] + "er"
            if base in IRREGULAR_CITY_DEMONYMS:
                return IRREGULAR_CITY_DEMONYMS[base]
            stem = word[: -len(end)]
            if stem in city_names():
                return stem
            return None
    return None
