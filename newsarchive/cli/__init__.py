"""Command-line interface: a thin click layer over the library API."""

from __future__ import annotations

import importlib

import click

from newsarchive import __version__

# (module, command attribute) pairs; each module holds one stage's commands.
_COMMANDS = [
    ("newsarchive.cli.parse", "parse"),
    ("newsarchive.cli.ingest", "ingest"),
    ("newsarchive.cli.ingest", "reindex"),
    ("newsarchive.cli.search", "search"),
    ("newsarchive.cli.entities", "entities"),
    ("newsarchive.cli.site", "build_site"),
    ("newsarchive.cli.site", "serve"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsarchive")
def main() -> None:
    """newsarchive — turn saved German news pages into a searchable archive.

    Pipeline: parse → entities → archive → index → search / site.
    """


for _module, _attr in _COMMANDS:
    try:
        _cmd = getattr(importlib.import_module(_module), _attr)
    except (ImportError, AttributeError):  # stage not built yet
        continue
    main.add_command(_cmd)
