"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

archive_option = click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="NEWSARCHIVE_ARCHIVE",
    default="archive",
    show_default=True,
    show_envvar=True,
    help="Archive directory (SQLite database, raw pages, Whoosh index).",
)
