"""German-aware URL slugs: ``"Über Straßen"`` → ``"ueber-strassen"``."""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
        "&": " und ",
    }
)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_len: int = 60, fallback: str = "x") -> str:
    """Lower-case ASCII slug with hyphens; German umlauts and ß are transliterated.

    Other accented letters lose their accents (``é`` → ``e``); the result is cut at a
    hyphen so that it is at most ``max_len`` characters, and ``fallback`` is returned when
    nothing is left.
    """
    s = unicodedata.normalize("NFC", text).translate(_GERMAN)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = _NON_WORD.sub("-", s).strip("-")
    if len(s) > max_len:
        cut = s[:max_len]
        s = cut.rsplit("-", 1)[0] if "-" in cut[max_len // 2 :] else cut
        s = s.strip("-")
    return s or fallback


class SlugRegistry:
    """Hands out unique slugs within one namespace (e.g. one entity type)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, base: str) -> str:
        """``base`` if free, else ``base-2``, ``base-3`` … (first free)."""
        slug, n = base, 1
        while slug in self._used:
            n += 1
            slug = f"{base}-{n}"
        self._used.add(slug)
        return slug
