"""`newsarchive search`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsarchive.cli.options import archive_option


# "Zug -Bahn": "-Bahn" is a query word (NICHT Bahn), not the options -B -a -h -n; the
# command has no short options, and a lone "-h" still shows the help
@click.command(context_settings={"help_option_names": ["--help"],
                                 "ignore_unknown_options": True})
@archive_option
@click.argument("query", nargs=-1, required=True)
@click.option("--from", "date_from", metavar="DATE",
              help="Published on or after (2024-11-07, 07.11.2024, 2024-11, "
                   "\"November 2024\", 2024).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before (same formats).")
@click.option("--person", "persons", multiple=True, help="Only articles naming this person.")
@click.option("--place", "places", multiple=True, help="Only articles naming this place.")
@click.option("--org", "orgs", multiple=True, help="Only articles naming this organisation.")
@click.option("--source", "sources", multiple=True, help="Only this publication.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance",
              show_default=True)
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--per-page", type=click.IntRange(min=1, max=1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--no-facets", is_flag=True, help="Do not print facet counts.")
def search(archive_dir: Path, query: tuple[str, ...], date_from: str | None,
           date_to: str | None, persons: tuple[str, ...], places: tuple[str, ...],
           orgs: tuple[str, ...], sources: tuple[str, ...], sort: str, page: int,
           per_page: int, as_json: bool, no_facets: bool) -> None:
    """Search the archive. Whoosh syntax with UND / ODER / NICHT, "phrases" and fields
    titel: autor: person: ort: org: quelle: datum: (e.g. datum:2024-11). A date in the
    text ("Scholz November 2024", "07.11.2024") finds articles of that time or naming it."""
    from newsarchive.index import QueryError
    from newsarchive.index import search as run
    from newsarchive.index.snippets import to_terminal

    _options_among_words(query)
    if not (archive_dir / "archive.sqlite").exists():
        raise click.ClickException(f"{archive_dir}: no archive here (run `newsarchive ingest`)")
    text = " ".join(query)
    try:
        res = run(archive_dir, text, date_from=date_from, date_to=date_to, persons=persons,
                  places=places, orgs=orgs, sources=sources, sort=sort, page=page,
                  per_page=per_page, facets=not no_facets or as_json)
    except QueryError as exc:
        raise click.ClickException(f"bad query: {exc}") from None
    if as_json:
        click.echo(json.dumps(res.to_json(), ensure_ascii=False, indent=2))
        return
    color = sys.stdout.isatty()
    bold = (lambda s: click.style(s, bold=True)) if color else (lambda s: s)
    if not res.total:
        click.echo("Keine Treffer.")
        kinds = {"PER": "Person", "LOC": "Ort", "ORG": "Organisation"}
        for u in res.unknown_names:
            hint = f" Meinten Sie „{u['suggestion']}“?" if u["suggestion"] else ""
            click.echo(f"{kinds[u['type']]} „{u['name']}“ kommt in keinem Artikel vor.{hint}")
        if res.suggestion:
            click.echo(f"Meinten Sie: {res.suggestion}?")
        return
    first = (page - 1) * per_page + 1
    if not res.hits:  # a page past the last one
        pages = -(-res.total // per_page)
        click.echo(f"{res.total} Treffer; Seite {page} gibt es nicht "
                   f"({pages} {'Seite' if pages == 1 else 'Seiten'} zu je {per_page}).")
        return
    click.echo(f"{res.total} Treffer (Seite {page}, {first}–{first + len(res.hits) - 1}):\n")
    for i, h in enumerate(res.hits, first):
        date = (h.published or "ohne Datum")[:10]
        click.echo(f"{i:>3}. {bold(h.title or '(ohne Titel)')}")
        click.echo(f"     {date} · {h.source or '?'} · {h.score:.3f} · {h.id}")
        if h.url:
            click.echo(f"     {h.url}")
        if h.snippet:
            click.echo(f"     {to_terminal(h.snippet, color)}")
        click.echo()
    if not no_facets:
        labels = {"persons": "Personen", "places": "Orte", "orgs": "Organisationen",
                  "sources": "Quellen", "months": "Monate"}
        for key, label in labels.items():
            vals = res.facets.get(key) or []
            if vals:
                shown = ", ".join(f"{v} ({n})" for v, n in vals[:10])
                click.echo(f"{label}: {shown}")


def _options_among_words(query: tuple[str, ...]) -> None:
    """Show the help for a lone ``-h``; a word starting with ``--`` is a mistyped option
    (a query word never starts so), reported as click reports unknown options."""
    import difflib

    ctx = click.get_current_context()
    if query == ("-h",):
        click.echo(ctx.get_help())
        ctx.exit()
    known = [o for p in ctx.command.params for o in p.opts if o.startswith("--")]
    for word in query:
        name = word.split("=", 1)[0]
        if name.startswith("--") and len(name) > 2:
            close = difflib.get_close_matches(name, known, n=3)
            hint = f" (Did you mean {' / '.join(close)}?)" if close else ""
            raise click.UsageError(f"No such option {name!r}.{hint}", ctx)
