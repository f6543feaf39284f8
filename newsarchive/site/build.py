"""Render the static reader site: ``build_site(archive, out_dir) -> BuildReport``."""

from __future__ import annotations

import importlib
import inspect
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

import newsarchive
from newsarchive.site.dates import german_date, german_datetime, weekday_name
from newsarchive.site.feeds import absolute, feed_page, sitemap_page
from newsarchive.site.incremental import IncrementalWriter
from newsarchive.site.model import SiteModel, SourceRecord, build_model
from newsarchive.site.numbers import german_number
from newsarchive.site.pages import Page, build_pages, day_path
from newsarchive.site.records import records_from_archive

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_TITLE = "Nachrichtenarchiv"


class SiteBuildError(Exception):
    """A problem the user can fix (names the file or setting and the reason)."""


@dataclass
class BuildReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0  # rendered pages (HTML + XML)
    articles: int = 0
    seconds: float = 0.0
    #: Seconds per phase: "load" (archive → records), "model", "export", "render".
    timings: dict[str, float] = field(default_factory=dict)
    written_paths: list[str] = field(default_factory=list)
    removed_paths: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.pages} pages from {self.articles} articles in {self.seconds:.1f} s: "
            f"{self.written} written, {self.unchanged} unchanged, {self.removed} removed"
        )


def templates_dir() -> Path:
    """The installed package's templates, else the repository's top-level ``templates/``."""
    pkg = Path(newsarchive.__file__).resolve().parent
    for candidate in (pkg / "templates", pkg.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate
    raise SiteBuildError(f"templates not found: neither {pkg / 'templates'} nor {pkg.parent}")


def http_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL, else ``None`` (no javascript: etc.)."""
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
        c in value for c in "\x00\r\n\t <>\"'`"
    ):
        return value
    return None


def host_of(value: str | None) -> str:
    url = http_url(value)
    host = (urlsplit(url).hostname or "") if url else ""
    return host[4:] if host.startswith("www.") else host


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _finalize(value: Any) -> Any:
    """Drop characters that are invalid in XML/HTML from plain strings before escaping."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _XML_INVALID.sub("", value)
    return "" if value is None else value


def make_env(template_dir: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        finalize=_finalize,
        loader=jinja2.FileSystemLoader(str(template_dir or templates_dir())),
        autoescape=True,  # everywhere, XML included: article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    teasers: dict[tuple[int, str, int, bool, bool], Markup] = {}
    teaser_template = env.get_template("_teaser.html")

    def teaser_html(a: Any, root: str, level: int, show_lead: bool, show_source: bool) -> Markup:
        """An article teaser; the same article appears on many list pages, render it once."""
        key = (id(a), root, level, show_lead, show_source)
        html = teasers.get(key)
        if html is None:
            ctx = {"a": a, "root": root, "level": level, "show_lead": show_lead,
                   "show_source": show_source}
            html = teasers[key] = Markup(teaser_template.render(ctx).strip())
        return html

    env.globals["teaser_html"] = teaser_html
    env.filters.update(
        de_datetime=german_datetime,
        de_date=german_date,
        zahl=german_number,
        weekday=weekday_name,
        http_url=http_url,
        host=host_of,
        day_path=day_path,
    )
    return env


def _call_export(
    archive: Any, out_dir: Path, paths: dict[str, str], writer: IncrementalWriter
) -> list[str]:
    """Run the search helper's index export; its files join the manifest.

    Returns the scripts the search page must load before ``static/search.js``.
    """
    if archive is None:
        return []
    try:
        export = importlib.import_module("newsarchive.site.export")
    except ImportError:
        return []
    func: Callable[..., Any] | None = getattr(export, "export_search_index", None)
    if func is None:
        return []
    params = inspect.signature(func).parameters
    kwargs = {"article_paths": paths} if "article_paths" in params else {}
    try:
        result = func(archive, out_dir, **kwargs) or {}
    except Exception as exc:
        if type(exc).__name__ == "SearchExportError":
            raise SiteBuildError(str(exc)) from exc
        raise
    if isinstance(result, dict):
        files, scripts = result.get("files", []), result.get("scripts", [])
    else:
        files = list(result)
        scripts = [f for f in files if str(f).endswith(".js")]
    root = out_dir.resolve()
    for f in files:
        p = Path(f)
        if p.is_absolute():
            try:
                p = p.relative_to(root)
            except ValueError:
                continue
        writer.adopt(p.as_posix())
    return [Path(s).as_posix() for s in scripts]


def render_site(
    model: SiteModel,
    out_dir: str | Path,
    *,
    base_url: str | None = None,
    title: str | None = None,
    archive: Any = None,
    env: jinja2.Environment | None = None,
) -> BuildReport:
    """Render ``model`` into ``out_dir`` (write-if-changed, stale pages removed)."""
    started = time.perf_counter()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise SiteBuildError(f"{out}: exists and is not a folder")
    if base_url is not None and base_url.strip() and not http_url(base_url):
        raise SiteBuildError(f"--base-url {base_url!r}: must be an absolute http(s) URL")
    base_url = base_url.strip().rstrip("/") + "/" if base_url and base_url.strip() else None
    env = env or make_env()
    writer = IncrementalWriter(out)
    for f in sorted(STATIC_DIR.glob("*")):
        if f.is_file() and not f.name.startswith("."):
            writer.write(f"static/{f.name}", f.read_bytes())
    paths = {a.key: a.path for a in model.articles}
    t_export = time.perf_counter()
    scripts = _call_export(archive, out, paths, writer)
    t_render = time.perf_counter()
    site = {"title": (title or DEFAULT_TITLE).strip() or DEFAULT_TITLE, "base_url": base_url,
            "search_scripts": scripts}
    report = BuildReport(articles=len(model.articles))
    html_paths: list[str] = []

    def emit(page: Page) -> None:
        depth = page.path.count("/")
        ctx = {"site": site, "root": "../" * depth, "page_path": page.path, "nav": ""}
        ctx["canonical"] = absolute(base_url, page.path) if base_url else None
        ctx.update(page.context)
        try:
            text = env.get_template(page.template).render(ctx)
        except jinja2.TemplateError as exc:
            raise SiteBuildError(f"template {page.template} for {page.path}: {exc}") from exc
        writer.write(page.path, text)
        report.pages += 1
        if page.in_sitemap:
            html_paths.append(page.path)

    for page in build_pages(model):
        emit(page)
    # 404 is served for any missing path, so its links cannot be relative to its own folder:
    # absolute with a base URL, else relative to the site root.
    emit(Page("404.html", "404.html", {"root": base_url or "", "nav": ""}, in_sitemap=False))
    emit(feed_page(model, base_url))
    emit(sitemap_page(html_paths, base_url))
    stats = writer.finish()
    report.written, report.unchanged, report.removed = stats.written, stats.unchanged, stats.removed
    report.written_paths, report.removed_paths = stats.written_paths, stats.removed_paths
    now = time.perf_counter()
    report.seconds = now - started
    report.timings.update(export=t_render - t_export, render=now - t_render)
    return report


def build_site(
    archive: Any,
    out_dir: str | Path,
    *,
    base_url: str | None = None,
    title: str | None = None,
) -> BuildReport:
    """Render the whole site for ``archive`` (an :class:`newsarchive.archive.Archive` or a
    path to one) into ``out_dir``; a rebuild writes only pages whose bytes changed."""
    opened = None
    if isinstance(archive, str | Path):
        from newsarchive.archive import Archive

        path = Path(archive)
        if not path.is_dir():
            raise SiteBuildError(f"{path}: no archive folder (run `newsarchive ingest` first)")
        archive = opened = Archive(path, create=False)
    try:
        from newsarchive.archive.registry import aliases

        root = Path(archive.path).resolve()
        target = Path(out_dir).resolve()
        if target == root or root in target.parents:
            raise SiteBuildError(f"{out_dir}: the site folder would lie inside the archive "
                                 f"{archive.path}; choose a folder outside it")

        t0 = time.perf_counter()
        records = list(records_from_archive(archive))
        t1 = time.perf_counter()
        model = build_model(records, aliases(archive.db))
        t2 = time.perf_counter()
        report = render_site(model, out_dir, base_url=base_url, title=title, archive=archive)
        report.timings.update(load=t1 - t0, model=t2 - t1)
        report.seconds += t2 - t0
        return report
    finally:
        if opened is not None:
            opened.close()


def build_site_from_records(
    records: Iterable[SourceRecord],
    out_dir: str | Path,
    *,
    base_url: str | None = None,
    title: str | None = None,
) -> BuildReport:
    """Render a site from loose records (no archive, so no search index)."""
    return render_site(build_model(records), out_dir, base_url=base_url, title=title)
