"""Static reader site: Jinja templates rendered from the archive, with in-browser search.

``build_site(archive, out_dir, base_url=None, title=None) -> BuildReport`` is the entry point
(:mod:`newsarchive.site.build`); the CLI is ``newsarchive build-site`` / ``newsarchive serve``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BuildReport", "build_site"]


def __getattr__(name: str) -> Any:  # lazy: importing the package stays cheap
    if name in __all__:
        from newsarchive.site import build

        return getattr(build, name)
    raise AttributeError(name)
