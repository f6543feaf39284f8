"""`newsarchive parse`: print the article record of saved pages."""

from __future__ import annotations

import json
import sys
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
    for kind, text in article.blocks[:3]:
        lines.append(f"  {'##' if kind == 'h' else '  '} {text[:160]}")
    if len(article.blocks) > 3:
        lines.append("  …")
    return "\n".join(lines)


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON record per line instead of a readable summary.",
)
def parse(files: tuple[Path, ...], as_json: bool) -> None:
    """Parse saved news pages (.html, .htm, .xhtml, .gz) and print their records."""
    failed = 0
    for path in files:
        try:
            article = parse_file(path)
        except ParseError as exc:
            failed += 1
            click.echo(f"error: {exc.source}: {exc.reason}", err=True)
            continue
        if as_json:
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        else:
            click.echo(_summary(article))
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed", err=True)
        sys.exit(1)
