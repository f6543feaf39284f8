"""Command-line interface: a thin click layer over the library API."""

from __future__ import annotations

import click

from newsarchive import __version__
from newsarchive.cli.entities import entities
from newsarchive.cli.ingest import ingest, reindex
from newsarchive.cli.parse import parse
from newsarchive.cli.search import search
from newsarchive.cli.site import build_site, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsarchive")
def main() -> None:
    """newsarchive — turn saved German news pages into a searchable archive.

    Pipeline: parse → entities → archive → index → search / site.
    """


for _command in (parse, ingest, reindex, search, entities, build_site, serve):
    main.add_command(_command)
