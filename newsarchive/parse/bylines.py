"""Bylines: split author strings into person names and agency/organisation credits."""

from __future__ import annotations

import re

#: News agencies (lowercase) as they appear in German bylines.
AGENCIES = {
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "reuters": "Reuters",
    "epd": "epd",
    "evangelischer pressedienst": "epd",
    "kna": "KNA",
    "katholische nachrichten-agentur": "KNA",
    "ap": "AP",
    "associated press": "AP",
    "apa": "APA",
    "sda": "SDA",
    "keystone-sda": "Keystone-SDA",
    "dts": "dts",
    "sid": "SID",
    "awp": "AWP",
    "dapd": "dapd",
    "ddp": "ddp",
    "bloomberg": "Bloomberg",
    "dpa-afx": "dpa-AFX",
    "ots": "ots",
    "idea": "idea",
    "kathpress": "Kathpress",
    "ansa": "ANSA",
    "efe": "EFE",
    "belga": "Belga",
    "anp": "ANP",
    "tass": "TASS",
    "xinhua": "Xinhua",
    "afp/dpa": "AFP",
    "ap/dpa": "AP",
    "dpa-infocom": "dpa",
    "red": "red",
    "redaktion": "Redaktion",
    "sport-informations-dienst": "SID",
}
# Regional dpa services such as "dpa/lby", "dpa-lnw", "lno".
_DPA_REGIONAL = re.compile(r"^dpa[/\s-]?(?!afp|ap\b|epd|kna|sid)(?:[a-z]{2,4})$", re.I)
_ORG_HINT = re.compile(
    r"(?:\.(?:de|at|ch|com|lu|net|org)\b|\bonline\b|redaktion|newsroom|\bteam\b|\bverlag\b|"
    r"zeitung|nachrichten|\bnews\b|agentur|\bgmbh\b|\bag\b|\bmagazin\b|\bradio\b|\btv\b|"
    r"\bdesk\b|\bblog\b|\bstaff\b|magazin\b|blatt\b|illustrierte\b|stiftung\b|verband\b|"
    r"\bverein\b|institut\b|\be\.\s?v\.|\bkg\b|\bmbh\b|\bse\b|pressestelle|webteam)",
    re.I,
)
_PREFIX = re.compile(
    r"^\s*(?:(?:ein\s+)?(?:artikel|beitrag|text|bericht|kommentar|analyse|interview|gastbeitrag)"
    r"\s+von|von\s+unsere[mr]\s+(?:\w+\s+)?(?:redakteur|redakteurin|korrespondent|korrespondentin|"
    r"mitarbeiter|mitarbeiterin|reporter|reporterin)|von|by|autor(?:in)?|autoren|author|text|"
    r"recherche|aufgezeichnet\s+von|mit\s+material\s+von|über|"
    r"(?:geschrieben|verfasst|veröffentlicht|erstellt|gepostet|posted)\s+(?:von|by)|"
    r"(?:pressemitteilung|im\s+wortlaut|rechtsanwalt|rechtsanwältin)(?:\s+von)?)\s*[:\-]?\s+",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\s&\s|\s+und\s+|\s+and\s+|\s+sowie\s+|\s*/\s*|\s+u\.\s+|\|)\s*", re.I
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÄÖÜÉÈÁÀÇŠŽ][\w'’.\-]*|von|van|der|de|den|del|da|di|zu|la|le|"
    r"dr\.|prof\.|ter|ten|vom|y|bin|al|el)$"
)
# A date or time after the names: "… Düsterhöft 14.02.2023, 09:30 Uhr", "… | 7. März 2024".
_TRAILING_DATE = re.compile(r"[\s|,·–-]*(?:am\s+|vom\s+|aktualisiert:?\s+)?\d{1,2}\.\s?\S.*$", re.I)
_TITLES = re.compile(r"^(?:dr\.|prof\.|prof\. dr\.)\s*", re.I)


def agency_name(text: str) -> str | None:
    """Canonical agency name for a byline part, or None if it is no agency."""
    low = text.strip().strip("().[]").strip().lower()
    if low in AGENCIES:
        return AGENCIES[low]
    if _DPA_REGIONAL.match(low):
        return "dpa"
    return None


def looks_like_person(name: str) -> bool:
    """A plausible person name: 2–5 capitalised words, no digits, no organisation hints."""
    if not name or any(ch.isdigit() for ch in name) or "@" in name or _ORG_HINT.search(name):
        return False
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    if any(2 <= len(w) <= 3 and w.isupper() and w.isalpha() for w in words):
        return False  # a broadcaster or desk acronym: "MDR THÜRINGEN", "NDR Kultur"
    if not words[-1][:1].isupper():
        return False  # "Artikel von": a label, not a name
    if any(w.lower() in _LABEL_WORDS for w in words):
        return False  # "Zur Person", "Alle Beiträge"
    return all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper()


# Link labels after the name in author boxes: "Johanna Kropfitsch Alle Artikel",
# "von Anna Muster Über Autorenseite von anna.muster@example.org".
_TRAILING_LABEL = re.compile(
    r"\s+(?:alle\s+(?:artikel|beiträge|posts)|mehr\s+(?:artikel|zum\s+autor|zur\s+autorin)|"
    r"zur\s+person|zum\s+profil|profil|autorenseite|autorenprofil|"
    r"über\s+(?:den\s+autor|die\s+autorin|autorenseite|mich)|[\w.+-]+@[\w-]+\.)\b.*$",
    re.I,
)
#: Words of author-box labels ("Zur Person", "Alle Beiträge"), never part of a name.
_LABEL_WORDS = frozenset(
    {"zur", "zum", "alle", "mehr", "über", "weitere", "unsere", "person", "beiträge",
     "artikel", "profil", "autor", "autorin", "autoren", "kontakt", "folgen", "teilen"}
)


def _strip_prefixes(text: str) -> str:
    """Remove leading labels, also stacked ones ("Autor: Rechtsanwalt Max Muster")."""
    for _ in range(3):
        stripped = _PREFIX.sub("", text)
        if stripped == text:
            break
        text = stripped
    return text


def split_byline(text: str) -> tuple[list[str], list[str]]:
    """Persons and agencies in a byline ("Von Anna Muster und Ben Beispiel, dpa")."""
    text = _TRAILING_LABEL.sub("", " ".join(text.split()))
    text = _TRAILING_DATE.sub("", text)
    text = _strip_prefixes(text)
    text = re.sub(r"\(([^)]*)\)", r", \1", text)
    persons: list[str] = []
    agencies: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–|•·")
        if not part:
            continue
        agency = agency_name(part)
        if agency:
            if agency not in agencies:
                agencies.append(agency)
            continue
        if looks_like_person(part) and part not in persons:
            persons.append(part)
    return persons, agencies


def classify_author(name: str, is_org: bool) -> tuple[list[str], list[str]]:
    """(persons, agencies-or-organisations) for one structured author entry."""
    name = " ".join(name.split()).strip(" ,;")
    if not name or len(name) > 120 or "@" in name:
        return [], []
    if "/" in name and not _DPA_REGIONAL.match(name):
        return split_byline(name)
    agency = agency_name(name)
    if agency:
        return [], [agency]
    if is_org or _ORG_HINT.search(name):
        return [], [name]
    name = _TRAILING_LABEL.sub("", _strip_prefixes(name))
    if re.search(r",|;|/|\bund\b|&", name):
        persons, agencies = split_byline(name)
        if persons or agencies:
            return persons, agencies
    if len(name.split()) == 1 and (not name[:1].isupper() or name.isupper()):
        return [], [name]  # "redaktion", "LTO": a desk or brand, no person
    return [name], []
