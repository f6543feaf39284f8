"""`newsarchive entities`: list the registry, merge and rename entities."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsarchive.cli.options import archive_option

TYPE_CHOICE = click.Choice(["PER", "LOC", "ORG"], case_sensitive=False)


def _open(archive_dir: Path):
    from newsarchive.archive import Archive

    if not (archive_dir / "archive.sqlite").exists():
        raise click.ClickException(f"{archive_dir}: no archive here (run `newsarchive ingest`)")
    return Archive(archive_dir, create=False)


@click.group()
def entities() -> None:
    """The archive's entity registry (persons, places, organisations)."""


@entities.command("list")
@archive_option
@click.option("--type", "etype", type=TYPE_CHOICE, default=None, help="Only this type.")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Only the N most frequent.")
@click.option("--json", "as_json", is_flag=True)
def list_(archive_dir: Path, etype: str | None, top: int | None, as_json: bool) -> None:
    """Entities with their article counts, aliases and first/last dates."""
    with _open(archive_dir) as arch:
        rows = arch.entity_list(type=etype.upper() if etype else None, top=top)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no entities" + (f" of type {etype.upper()}" if etype else ""))
        return
    click.echo(f"{'id':>6}  type  {'articles':>8}  {'first – last':<23}  name (aliases)")
    for r in rows:
        alias = f"  ({', '.join(r['aliases'])})" if r["aliases"] else ""
        span = f"{r['first'] or '?'} – {r['last'] or '?'}"
        click.echo(f"{r['id']:>6}  {r['type']:<4}  {r['articles']:>8}  {span:<23}  "
                   f"{r['name']}{alias}")


def _change(archive_dir: Path, op: str, a: str, b: str, etype: str | None) -> None:
    from newsarchive.archive.registry import EntityError, add_override
    from newsarchive.index.writer import index_pending

    with _open(archive_dir) as arch:
        from newsarchive.archive.lock import WriterLock

        lock = WriterLock(arch.lock_path)
        lock.acquire(on_wait=lambda pid: click.echo(
            f"waiting for another ingest (pid {pid})...", err=True))
        try:
            add_override(arch, op, a, b, etype.upper() if etype else None)
            n = index_pending(arch)
        except EntityError as exc:
            raise click.ClickException(str(exc)) from None
        finally:
            lock.release()
    click.echo(f"{op}d; re-indexed {n} articles" if op == "merge"
               else f"renamed; re-indexed {n} articles")


@entities.command()
@archive_option
@click.argument("a")
@click.argument("b")
@click.option("--type", "etype", type=TYPE_CHOICE, default=None)
def merge(archive_dir: Path, a: str, b: str, etype: str | None) -> None:
    """Merge entity B into A (B becomes an alias of A). Kept across reindex."""
    _change(archive_dir, "merge", a, b, etype)


@entities.command()
@archive_option
@click.argument("old")
@click.argument("new")
@click.option("--type", "etype", type=TYPE_CHOICE, default=None)
def rename(archive_dir: Path, old: str, new: str, etype: str | None) -> None:
    """Give entity OLD the canonical name NEW. Kept across reindex."""
    _change(archive_dir, "rename", old, new, etype)
