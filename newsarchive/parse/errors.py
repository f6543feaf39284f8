"""The error raised for input that cannot become an article record."""

from __future__ import annotations


class ParseError(ValueError):
    """A page could not be parsed; ``source`` names the input, ``reason`` says why."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source or '<input>'}: {reason}")
