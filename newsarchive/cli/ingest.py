"""`newsarchive ingest` and `newsarchive reindex`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from newsarchive.cli.options import archive_option


def _waiting(pid: str) -> None:
    click.echo(f"waiting for another ingest (pid {pid})...", err=True)


@click.command()
@archive_option
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel workers for parsing and entities [default: all cores].")
@click.option("--no-wait", is_flag=True, help="Fail at once if another ingest is running.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar [default: only on a terminal].")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def ingest(archive_dir: Path, paths: tuple[str, ...], jobs: int | None, no_wait: bool,
           progress: bool | None, as_json: bool) -> None:
    """Add saved pages to the archive: files, directories, globs, .gz and WARC files.

    Idempotent and safe to interrupt: run the same command again to finish.
    """
    import json

    from newsarchive.archive import ArchiveBusy
    from newsarchive.archive import ingest as run

    try:
        rep = run(paths, archive_dir, jobs=jobs or os.cpu_count(), progress=progress,
                  wait=not no_wait, on_wait=_waiting)
    except ArchiveBusy as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2))
    else:
        noun = "page" if rep.pages == 1 else "pages"
        click.echo(rep.summary() + f" ({rep.pages} {noun} in {rep.seconds:.1f} s)")
        for file, reason in rep.failed:
            click.echo(f"failed: {file}: {reason}", err=True)
    if rep.failed and not (rep.added or rep.updated or rep.unchanged or rep.duplicates
                           or rep.not_articles):
        sys.exit(1)


@click.command()
@archive_option
@click.option("--reparse", is_flag=True,
              help="Parse the stored raw pages again with the current parser first.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel workers writing the index (and parsing, with --reparse) "
                   "[default: all cores].")
@click.option("--no-wait", is_flag=True, help="Fail at once if an ingest is running.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar [default: only on a terminal].")
def reindex(archive_dir: Path, reparse: bool, jobs: int | None, no_wait: bool,
            progress: bool | None) -> None:
    """Rebuild the search index from the archive and swap it in (searches keep working)."""
    from newsarchive.archive import ArchiveBusy
    from newsarchive.index import reindex as run

    if not (archive_dir / "archive.sqlite").exists():
        raise click.ClickException(f"{archive_dir}: no archive here (run `newsarchive ingest`)")
    try:
        rep = run(archive_dir, reparse=reparse, jobs=jobs, progress=progress,
                  wait=not no_wait, on_wait=_waiting)
    except ArchiveBusy as exc:
        raise click.ClickException(str(exc)) from None
    extra = f", reparsed {rep.reparsed}" if reparse else ""
    click.echo(f"indexed {rep.documents} articles{extra} in {rep.seconds:.1f} s "
               f"({rep.docs_per_second:.0f} docs/s) → {rep.generation}")
    for file, reason in rep.failed:
        click.echo(f"warning: {file}: {reason}", err=True)
