"""Numbers as German readers write them."""

from __future__ import annotations


def german_number(n: int | float) -> str:
    """``94390`` → ``94.390`` (thousands separated by points; whole numbers only)."""
    return f"{int(n):,}".replace(",", ".")
