"""German date formatting for the site: ``7. November 2024, 12:04 Uhr``."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def parse_iso(value: str | None) -> datetime | date | None:
    """A ``datetime`` for an ISO timestamp, a ``date`` for a bare date, ``None`` if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) <= 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp, as written (no time-zone shift)."""
    parsed = parse_iso(value)
    if isinstance(parsed, datetime):
        return parsed.date()
    return parsed


def german_date(d: date) -> str:
    """``7. November 2024``."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def german_datetime(value: str | None) -> str:
    """``7. November 2024, 12:04 Uhr`` (date only when no time is known, ``""`` if none)."""
    parsed = parse_iso(value)
    if parsed is None:
        return ""
    if isinstance(parsed, datetime):
        return f"{german_date(parsed.date())}, {parsed:%H:%M} Uhr"
    return german_date(parsed)


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def weekday_name(d: date) -> str:
    return WEEKDAYS[d.weekday()]


def atom_timestamp(value: str | None, fallback: str = "1970-01-01T00:00:00Z") -> str:
    """RFC 3339 timestamp for Atom; a bare date becomes midnight UTC."""
    parsed = parse_iso(value)
    if parsed is None:
        return fallback
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None:
            return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")
        return parsed.isoformat(timespec="seconds")
    return f"{parsed.isoformat()}T00:00:00Z"
