"""`newsarchive build-site` and `newsarchive serve`."""

from __future__ import annotations

from pathlib import Path

import click

from newsarchive.cli.options import archive_option


@click.command("build-site")
@archive_option
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--base-url", default=None, metavar="URL",
              help="Public address of the site (absolute URLs in sitemap.xml and feed.xml).")
@click.option("--title", default=None, metavar="TEXT",
              help="Site title shown in the header [default: Nachrichtenarchiv].")
@click.option("--verbose", "-v", is_flag=True, help="List the files written and removed.")
def build_site(archive_dir: Path, out: Path, base_url: str | None, title: str | None,
               verbose: bool) -> None:
    """Render the archive as a static reader site into OUT (only changed files are written).

    The folder works from file:// and from any web server path; preview it with
    `newsarchive serve OUT`.
    """
    from newsarchive.site.build import SiteBuildError
    from newsarchive.site.build import build_site as run

    try:
        rep = run(archive_dir, out, base_url=base_url, title=title)
    except (SiteBuildError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    if verbose:
        for p in rep.written_paths:
            click.echo(f"written: {p}")
        for p in rep.removed_paths:
            click.echo(f"removed: {p}")
    click.echo(rep.summary())
    click.echo(f"open {(out / 'index.html').resolve().as_uri()}")


@click.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on localhost (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def serve(out: Path, port: int, host: str) -> None:
    """Preview the built site folder OUT over http (Ctrl+C stops)."""
    from newsarchive.site.serve import make_server, server_url

    try:
        server = make_server(out, port=port, host=host)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Serving {out} at {server_url(server)} (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
