"""`newsarchive parse`: print the article record of saved pages."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from newsarchive.parse import ParseError, parse_file
from newsarchive.record import Article


def _summary(article: Article) -> str:
    lines = [f"== {article.source}"]
    if not article.is_article:
        lines.append(f"not an article: {article.not_article_reason}")
    for label, value in (
        ("Kicker", article.kicker),
        ("Title", article.title),
        ("URL", article.url),
        ("Published", article.published),
        ("Modified", article.modified),
        ("Authors", ", ".join(article.authors)),
        ("Agencies", ", ".join(article.agencies)),
        ("Section", article.section),
        ("Tags", ", ".join(article.tags)),
        ("Site", article.site_name),
        ("Language", article.language),
        ("Lead", article.lead),
    ):
        if value:
            lines.append(f"{label + ':':<11}{value}")
    words = len(article.text.split())
    lines.append(
        f"{'Body:':<11}{len(article.paragraphs)} paragraphs, "
        f"{len(article.headings)} headings, {words} words"
    )
    for etype, label in (("PER", "Persons"), ("LOC", "Places"), ("ORG", "Orgs")):
        names = [e.name for e in article.entities if e.type == etype]
        if names:
            lines.append(f"{label + ':':<11}{', '.join(names)}")
    for kind, text in article.blocks[:3]:
        lines.append(f"  {'##' if kind == 'h' else '  '} {text[:160]}")
    if len(article.blocks) > 3:
        lines.append("  …")
    return "\n".join(lines)


#: Pages parsed before their entities are extracted together (spaCy batches them).
BATCH = 32


def _parsed(files: tuple[Path, ...], entities: bool) -> Iterator[Article | ParseError]:
    """Records (or errors) in input order, entities filled in batches."""
    for start in range(0, len(files), BATCH):
        batch: list[Article | ParseError] = []
        for path in files[start : start + BATCH]:
            try:
                batch.append(parse_file(path))
            except ParseError as exc:
                batch.append(exc)
        if entities:
            from newsarchive.entities import extract_entities_many

            articles = [a for a in batch if isinstance(a, Article) and a.is_article]
            for article, found in zip(articles, extract_entities_many(articles), strict=True):
                article.entities = found
        yield from batch


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON record per line instead of a readable summary.",
)
@click.option(
    "--entities/--no-entities",
    default=True,
    show_default=True,
    help="Find persons, places and organisations (the NER model takes a few seconds to load).",
)
def parse(files: tuple[Path, ...], as_json: bool, entities: bool) -> None:
    """Parse saved news pages (.html, .htm, .xhtml, .gz) and print their records."""
    failed = 0
    for result in _parsed(files, entities):
        if isinstance(result, ParseError):
            failed += 1
            click.echo(f"error: {result.source}: {result.reason}", err=True)
        elif as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(_summary(result))
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed", err=True)
        sys.exit(1)
