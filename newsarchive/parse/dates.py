"""Dates: ISO 8601 and German date/time phrases to ISO strings with offset (Europe/Berlin)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jaenner": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    # English month names appear in some German CMS templates.
    "january": 1,
    "february": 2,
    "march": 3,
    "mar": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "oct": 10,
    "december": 12,
    "dec": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAYS = (
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"mo|di|mi|do|fr|sa|so)\.?,?\s+)?"
)
_TIME = r"(?:\s*(?:,|um|-|–|\|)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:uhr|h)?)?"

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC = re.compile(_WEEKDAYS + r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)" + _TIME, re.I)
_WORDS = re.compile(
    _WEEKDAYS + r"(\d{1,2})\.?\s*(" + _MONTH_RE + r")\.?\s+(\d{4})(?!\d)" + _TIME, re.I
)
# English order as WordPress themes print it: "Feb 18 2009", "February 18, 2009".
_MONTH_FIRST = re.compile(
    r"\b(" + _MONTH_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I
)
# Day, month and year with slashes or bars, as some templates print them ("26/01/2022",
# "26 | 01 | 2022"); the same separator both times. Day first (German order) unless the
# first number cannot be a month's day order (then month first, as in US templates).
_SEPARATED = re.compile(
    _WEEKDAYS + r"(?<!\d)(\d{1,2})\s?([/|])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)" + _TIME, re.I
)
_RELATIVE_HINT = re.compile(r"\b(?:vor\s+\d+\s+(?:min|std|stunden|tagen))", re.I)


def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def format_local(dt: datetime) -> str:
    """ISO string of ``dt`` in Europe/Berlin time (naive datetimes are taken as local time)."""
    dt = dt.replace(tzinfo=BERLIN) if dt.tzinfo is None else dt.astimezone(BERLIN)
    return dt.isoformat(timespec="seconds")


def _make(
    y: int,
    mo: int,
    d: int,
    h: str | None,
    mi: str | None,
    s: str | None,
    tz: timezone | None,
) -> str | None:
    if y < 100:
        y += 2000
    try:
        if h is None:
            return date(y, mo, d).isoformat()
        dt = datetime(y, mo, d, int(h), int(mi or 0), int(s or 0), tzinfo=tz)
    except ValueError:
        return None
    if not 1990 <= y <= 2100:
        return None
    return format_local(dt)


def parse_iso(value: str) -> str | None:
    """An ISO 8601 timestamp (as in JSON-LD and meta tags) as ISO with offset, or None."""
    m = _ISO.search(value or "")
    if not m:
        return None
    y, mo, d, h, mi, s, tz = m.groups()
    return _make(int(y), int(mo), int(d), h, mi, s, _offset(tz))


def parse_german(text: str) -> str | None:
    """A German date phrase ("Donnerstag, 7. Nov. 2024, 12:04 Uhr", "07.11.2024") or None."""
    if not text:
        return None
    m = _WORDS.search(text)
    if m:
        d, mon, y, h, mi, s = m.groups()
        return _make(int(y), MONTHS[mon.lower()], int(d), h, mi, s, None)
    m = _NUMERIC.search(text)
    if m:
        d, mo, y, h, mi, s = m.groups()
        return _make(int(y), int(mo), int(d), h, mi, s, None)
    m = _SEPARATED.search(text)
    if m:
        d, _sep, mo, y, h, mi, s = m.groups()
        if int(mo) > 12 >= int(d):
            d, mo = mo, d
        return _make(int(y), int(mo), int(d), h, mi, s, None)
    m = _MONTH_FIRST.search(text)
    if m:
        mon, d, y = m.groups()
        return _make(int(y), MONTHS[mon.lower()], int(d), None, None, None, None)
    return None


def parse_date(value: str | None) -> str | None:
    """Parse a machine or German human date; ISO first."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return parse_iso(value)
    if re.match(r"^\d{10}(\d{3})?$", value):  # epoch seconds / milliseconds
        secs = int(value[:10])
        return format_local(datetime.fromtimestamp(secs, tz=BERLIN))
    return parse_german(value) or parse_iso(value)


def has_time(value: str | None) -> bool:
    return bool(value) and "T" in value  # type: ignore[operator]
