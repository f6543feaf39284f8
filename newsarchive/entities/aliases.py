"""Hand-written tables: organisation acronyms/long forms, type overrides, well-known persons.

These are lookup tables only; the statistical model finds the mentions.
"""

from __future__ import annotations

#: Organisation spelling (long form, acronym variant, inflected long form) → canonical name.
ORG_ALIASES: dict[str, str] = {
    # International organisations: the German long form is canonical.
    "UN": "Vereinte Nationen",
    "UNO": "Vereinte Nationen",
    "Uno": "Vereinte Nationen",
    "United Nations": "Vereinte Nationen",
    "EU": "Europäische Union",
    "European Union": "Europäische Union",
    "NATO": "Nato",
    "EU-Kommission": "Europäische Kommission",
    "Kommission der Europäischen Union": "Europäische Kommission",
    "EU-Parlament": "Europäisches Parlament",
    "Europaparlament": "Europäisches Parlament",
    "EZB": "Europäische Zentralbank",
    "IWF": "Internationaler Währungsfonds",
    "IMF": "Internationaler Währungsfonds",
    "WHO": "Weltgesundheitsorganisation",
    "WTO": "Welthandelsorganisation",
    "EuGH": "Europäischer Gerichtshof",
    "IStGH": "Internationaler Strafgerichtshof",
    "UNESCO": "Unesco",
    "UNICEF": "Unicef",
    "OPEC": "Opec",
    "ESA": "Esa",
    # German institutions: the long form is canonical.
    "BVerfG": "Bundesverfassungsgericht",
    "BGH": "Bundesgerichtshof",
    "BKA": "Bundeskriminalamt",
    "BND": "Bundesnachrichtendienst",
    "BfV": "Bundesamt für Verfassungsschutz",
    "DWD": "Deutscher Wetterdienst",
    "THW": "Technisches Hilfswerk",
    "GDL": "Gewerkschaft Deutscher Lokomotivführer",
    "Lokführergewerkschaft GDL": "Gewerkschaft Deutscher Lokomotivführer",
    "DGB": "Deutscher Gewerkschaftsbund",
    "DB": "Deutsche Bahn",
    "VDA": "Verband der Automobilindustrie",
    "Deutscher Bundestag": "Bundestag",
    "Bundestages": "Bundestag",
    "Bundestags": "Bundestag",
    "VW": "Volkswagen",
    "Volkswagen AG": "Volkswagen",
    "Federal Reserve": "Fed",
    "US-Notenbank": "Fed",
    "Weißen Haus": "Weißes Haus",
    "Weißen Hauses": "Weißes Haus",
    # Parties: the usual short name is canonical.
    "Christlich Demokratische Union": "CDU",
    "Christlich Demokratische Union Deutschlands": "CDU",
    "Christlich-Soziale Union": "CSU",
    "Sozialdemokratische Partei Deutschlands": "SPD",
    "Sozialdemokraten": "SPD",
    "Freie Demokratische Partei": "FDP",
    "Liberalen": "FDP",
    "Bündnis 90/Die Grünen": "Grüne",
    "Die Grünen": "Grüne",
    "Grünen": "Grüne",
    "Bündnisgrünen": "Grüne",
    "Die Linke": "Linke",
    "Linken": "Linke",
    "Linkspartei": "Linke",
    "Alternative für Deutschland": "AfD",
    "Bündnis Sahra Wagenknecht": "BSW",
    "Unionsparteien": "CDU/CSU",
    "Unionsfraktion": "CDU/CSU",
    "Union aus CDU und CSU": "CDU/CSU",
}

#: Canonical names whose type is fixed whatever the model says.
TYPE_OVERRIDES: dict[str, str] = {
    "Kreml": "ORG",
    "Weißes Haus": "ORG",
    "Pentagon": "ORG",
    "Élysée": "ORG",
    "Élysée-Palast": "ORG",
    "Downing Street": "ORG",
    "Vereinte Nationen": "ORG",
    "Europäische Union": "ORG",
    "Nato": "ORG",
    "US-Regierung": "ORG",
}

#: Surname → full name of very well-known persons, used ONLY as a fallback when an article
#: names someone by surname alone and the archive has not resolved it (see
#: :func:`newsarchive.entities.normalize.resolve_surnames`).
WELL_KNOWN_PERSONS: dict[str, str] = {
    "Trump": "Donald Trump",
    "Biden": "Joe Biden",
    "Obama": "Barack Obama",
    "Harris": "Kamala Harris",
    "Putin": "Wladimir Putin",
    "Selenskyj": "Wolodymyr Selenskyj",
    "Merkel": "Angela Merkel",
    "Scholz": "Olaf Scholz",
    "Merz": "Friedrich Merz",
    "Steinmeier": "Frank-Walter Steinmeier",
    "Macron": "Emmanuel Macron",
    "Netanjahu": "Benjamin Netanjahu",
    "Erdogan": "Recep Tayyip Erdogan",
    "Erdoğan": "Recep Tayyip Erdoğan",
    "Xi": "Xi Jinping",
    "Modi": "Narendra Modi",
    "Lukaschenko": "Alexander Lukaschenko",
    "Orban": "Viktor Orban",
    "Orbán": "Viktor Orbán",
    "Meloni": "Giorgia Meloni",
    "Habeck": "Robert Habeck",
    "Baerbock": "Annalena Baerbock",
    "Lindner": "Christian Lindner",
    "Söder": "Markus Söder",
    "Musk": "Elon Musk",
    "Guterres": "António Guterres",
    "Stoltenberg": "Jens Stoltenberg",
    "Rutte": "Mark Rutte",
    "Kim Jong Un": "Kim Jong Un",
    "Pistorius": "Boris Pistorius",
    "Lawrow": "Sergej Lawrow",
    "Starmer": "Keir Starmer",
}

#: Compounds "<prefix>-<head>" that name an organisation (``US-Regierung``); the model
#: treats such words as outside (GermEval tags them LOCpart).
COMPOUND_ORG_PREFIXES = ("US", "EU", "UN", "Uno", "Nato", "NATO")
COMPOUND_ORG_HEADS = (
    "Regierung", "Administration", "Armee", "Militär", "Streitkräfte", "Marine", "Luftwaffe",
    "Notenbank", "Zentralbank", "Kongress", "Senat", "Repräsentantenhaus", "Justizministerium",
    "Außenministerium", "Verteidigungsministerium", "Finanzministerium", "Handelsministerium",
    "Kommission", "Parlament", "Sicherheitsrat", "Generalversammlung", "Behörde", "Behörden",
)

#: Further organisation names that appear as compound prefixes (``Unesco-Weltnaturerbe``).
COMPOUND_PREFIX_ORGS = frozenset({
    "Unesco", "UNESCO", "SPÖ", "ÖVP", "FPÖ", "NEOS", "Neos", "SVP", "SP", "GLP", "GDL", "DWD",
    "THW", "ADFC", "Verdi", "IG-Metall", "DFB", "UEFA", "Fifa", "FIFA", "IOC", "BSW", "Linke",
    "Grüne", "Bundeswehr", "Bundesliga", "Bundestag", "Bundesrat", "Kreml", "Pentagon",
})

#: Single words that always name an organisation; found even where the model misses them
#: (GermEval often leaves ``Bundesregierung`` or ``Kreml`` untagged or calls them places).
ALWAYS_ORG = frozenset({
    "Kreml", "Pentagon", "Bundesregierung", "Bundestag", "Bundesrat", "Bundeswehr",
    "Bundesverfassungsgericht", "Bundesgerichtshof", "Bundesbank", "Bundeskartellamt",
    "Bundesnetzagentur", "Bundeskriminalamt", "Bundesnachrichtendienst",
    "Europol", "Interpol", "Nato", "NATO", "EU", "UN", "UNO",
    # news agencies (datelines such as "Wilhelmshaven (dpa) -")
    "dpa", "AFP", "Reuters", "epd", "KNA", "APA", "SDA", "Keystone-SDA",
})

#: Well-known multi-word organisation names (any declension is matched).
KNOWN_ORG_PHRASES = (
    "Technisches Hilfswerk", "Deutscher Wetterdienst", "Deutsche Bahn", "Deutsche Bank",
    "Deutsche Post", "Deutsche Telekom", "Deutsche Presse-Agentur", "Deutsches Rotes Kreuz",
    "Rotes Kreuz", "Weißes Haus", "Europäische Kommission", "Europäische Union",
    "Europäisches Parlament", "Europäische Zentralbank", "Europäische Investitionsbank",
    "Internationaler Währungsfonds", "Vereinte Nationen", "Internationaler Strafgerichtshof",
    "Europäischer Gerichtshof", "Deutscher Gewerkschaftsbund", "IG Metall",
    "Deutscher Fußball-Bund", "Deutsche Fußball Liga", "Deutscher Bauernverband",
    "Deutscher Städtetag", "Deutscher Mieterbund", "Deutsche Bundesbank",
    "Deutscher Alpenverein", "Deutsche Rentenversicherung", "Deutsches Institut",
    "Kassenärztliche Bundesvereinigung", "Robert Koch-Institut", "Robert-Koch-Institut",
)

#: Events, competitions and titles (GermEval's OTH): never reported as PER/LOC/ORG.
NOT_ENTITIES = frozenset({
    "Olympische Spiele", "Olympischen Spiele", "Olympischen Spielen", "Olympia",
    "Paralympics", "Paralympische Spiele", "Champions League", "Europa League",
    "Conference League", "Bundesliga", "2. Bundesliga", "Weltmeisterschaft",
    "Europameisterschaft", "Fußball-WM", "Fußball-EM", "WM", "EM", "Tour de France",
    "Eurovision Song Contest", "Oktoberfest", "Grand Prix", "Super Bowl", "DFB-Pokal",
    "Grundgesetz", "Brexit", "KI",
})
