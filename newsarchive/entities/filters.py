"""Reject mentions that are not names (ordinary words the model tagged by mistake)."""

from __future__ import annotations

import re

#: Capitalised words that start sentences or headlines and are never names on their own.
COMMON_WORDS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ihr Ich Man Angesichts
Beide Beiden Nach Laut Wie Was Wer Wo Wann Warum Auch Aber Und Oder Doch Denn Im In Am An Auf
Aus Bei Mit Von Vom Zum Zur Für Gegen Ohne Um Über Unter Vor Hinter Neben Zwischen Seit Bis
Durch Trotz Wegen Während Dabei Damit Dazu Daher Dort Hier Heute Gestern Morgen Jetzt Nun Noch
Schon Nur Sehr Mehr Weniger Viele Einige Alle Jeder Jede Dieser Diese Dieses Jener Kein Keine
Nicht Ja Nein Herr Frau Präsident Präsidentin Kanzler Kanzlerin Minister Ministerin Regierung
Polizei Staat Land Stadt Länder Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
Januar Februar März April Mai Juni Juli August September Oktober November Dezember Foto Video
Bild Anzeige Update Krieg Ukraine-Krieg Corona Euro Dollar Prozent Millionen Milliarden
""".split())  # noqa: SIM905


_DECIMAL = re.compile(r"\d[,.]\d\d(?!\d)")

#: Names written in lower case.
LOWERCASE_NAMES = frozenset({"dpa", "epd", "taz", "sda", "afp"})


def is_plausible_name(text: str, label: str) -> bool:
    """False for mentions that cannot be a name: lower-case, digits, common words."""
    text = text.strip()
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return False
    words = text.split()
    # names start with a capital or contain one ("iPhone"); a few agencies are lower-case
    if (not words[0][:1].isupper() and not words[0][:1].isdigit()
            and not any(c.isupper() for c in text) and text not in LOWERCASE_NAMES):
        return False
    if _DECIMAL.search(text):
        return False  # a result or a price ("LSG Aalen II 54,34"), not a name
    return not (len(words) == 1 and text in COMMON_WORDS)
