"""Which pages the site has: paths, templates and template contexts from a :class:`SiteModel`."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsarchive.site.chart import mentions_chart, monthly_series, months_between
from newsarchive.site.dates import german_date, month_name
from newsarchive.site.model import ENTITY_TYPES, SiteArticle, SiteEntity, SiteGroup, SiteModel

PER_PAGE = 20
INDEX_PER_PAGE = 120  # entries on entity / tag / source overview pages
LATEST_ON_START = 12
TOP_ENTITIES_ON_START = 15


@dataclass
class Page:
    """One HTML or XML file to render."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    in_sitemap: bool = True


@dataclass
class Pager:
    number: int
    count: int
    paths: list[str]  # page paths, index 0 = page 1

    stable = False

    @property
    def first(self) -> bool:
        return self.number == 1

    @property
    def title_suffix(self) -> str:
        return f", Seite {self.number}" if self.number > 1 else ""

    @property
    def info(self) -> str:
        return f"Seite {self.number} von {self.count}" if self.count > 1 else ""

    @property
    def prev_path(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next_path(self) -> str | None:
        return self.paths[self.number] if self.number < self.count else None

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to show, ``None`` for a gap: ``1 … 4 5 [6] 7 8 … 20``."""
        keep = {1, self.count} | set(range(self.number - around, self.number + around + 1))
        out: list[int | None] = []
        last = 0
        for n in sorted(k for k in keep if 1 <= k <= self.count):
            if n - last > 1:
                out.append(None)
            out.append(n)
            last = n
        return out


@dataclass
class StablePager:
    """Pager of a newest-first list whose older pages never change when articles are added.

    The list is cut into parts of ``per_page`` from its oldest end: part 1 holds the oldest
    articles. The first page (``dir/index.html``) shows the newest full part plus the newer
    remainder; part ``c`` below it lives at ``dir/teil-c/index.html`` and keeps its content
    for good, so a new article rewrites the first page and at most one link of the next.
    """

    part: int  # 0 for the first page
    newer_path: str | None
    older_path: str | None
    info: str = ""
    stable = True

    @property
    def first(self) -> bool:
        return self.part == 0

    @property
    def title_suffix(self) -> str:
        return f", Teil {self.part}" if self.part else ""

    @property
    def count(self) -> int:  # for templates that only ask "is there more than one page?"
        return 2 if self.newer_path or self.older_path else 1


def part_path(dir_: str, part: int) -> str:
    return f"{dir_}teil-{part}/index.html" if part else f"{dir_}index.html"


def _date_range(chunk: Sequence[Any]) -> str:
    days = [a.day for a in chunk if getattr(a, "day", None)]
    if not days:
        return ""
    lo, hi = min(days), max(days)
    if lo == hi:
        return german_date(lo)
    return f"{german_date(lo)} bis {german_date(hi)}"


def paginate_stable(items: Sequence[Any], dir_: str, per_page: int = PER_PAGE) -> Iterator[
    tuple[str, Sequence[Any], StablePager]
]:
    """Pages of a newest-first list (see :class:`StablePager`)."""
    n = len(items)
    parts = n // per_page  # full parts, counted from the oldest
    first_len = n - (parts - 1) * per_page if parts >= 1 else n
    older = part_path(dir_, parts - 1) if parts >= 2 else None
    yield part_path(dir_, 0), items[:first_len], StablePager(0, None, older)
    for c in range(parts - 1, 0, -1):
        chunk = items[n - c * per_page : n - (c - 1) * per_page]
        newer = part_path(dir_, c + 1 if c + 1 < parts else 0)
        pager = StablePager(c, newer, part_path(dir_, c - 1) if c > 1 else None,
                            _date_range(chunk))
        yield part_path(dir_, c), chunk, pager


def page_paths(dir_: str, count: int) -> list[str]:
    """``dir/index.html``, ``dir/seite-2/index.html`` …"""
    return [f"{dir_}index.html"] + [f"{dir_}seite-{n}/index.html" for n in range(2, count + 1)]


def paginate(items: Sequence[Any], dir_: str, per_page: int = PER_PAGE) -> Iterator[
    tuple[str, Sequence[Any], Pager]
]:
    count = max(1, -(-len(items) // per_page))
    paths = page_paths(dir_, count)
    for n in range(1, count + 1):
        yield paths[n - 1], items[(n - 1) * per_page : n * per_page], Pager(n, count, paths)


def _month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_calendar(year: int, month: int, days: dict[date, list[SiteArticle]]) -> dict[str, Any]:
    """Weeks of a month for a calendar table; cells are ``None`` or ``(day, count, path)``."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        row = []
        for d in week:
            if d.month != month:
                row.append(None)
            else:
                n = len(days.get(d, ()))
                row.append((d, n, f"archiv/{d:%Y/%m/%d}/index.html" if n else None))
        weeks.append(row)
    return {
        "year": year,
        "month": month,
        "label": f"{month_name(month)} {year}",
        "path": f"archiv/{year:04d}/{month:02d}/index.html",
        "weeks": weeks,
    }


def entity_series(ent: SiteEntity, min_months: int = 6) -> list[tuple[str, int]]:
    """Articles per month over the entity's own span (at least ``min_months`` months)."""
    months = [_month_key(a.day) for a in ent.articles if a.day]
    if not months:
        return []
    first, last = min(months), max(months)
    span = months_between(first, last)
    while len(span) < min_months:
        y, m = int(span[0][:4]), int(span[0][5:7])
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        span.insert(0, f"{y:04d}-{m:02d}")
    return monthly_series(months, span)


def build_pages(model: SiteModel) -> Iterator[Page]:
    """Every page of the site except 404, feed and sitemap (see :mod:`newsarchive.site.build`)."""
    days = model.by_day()
    yield from _start_page(model, days)
    for a in model.articles:
        yield Page(a.path, "article.html", {"a": a, "nav": ""})
    yield from _entity_pages(model)
    yield from _archive_pages(model, days)
    yield from _group_pages(model.sources, "quellen", "Quellen", "source.html")
    yield from _group_pages(model.tags, "schlagworte", "Schlagworte", "tag.html")
    yield Page("suche/index.html", "suche/index.html", {"nav": "suche"})


def _start_page(model: SiteModel, days: dict[date, list[SiteArticle]]) -> Iterator[Page]:
    latest = model.articles[:LATEST_ON_START]
    dated = [a for a in model.articles if a.day]
    top: list[tuple[SiteEntity, int]] = []
    cal = None
    month_label = None
    if dated:
        newest = dated[0].day
        assert newest is not None
        key = _month_key(newest)
        counts: Counter[SiteEntity] = Counter()
        for a in dated:
            if a.day is None or _month_key(a.day) != key:
                break
            for ent, _ in a.entities:
                counts[ent] += 1
        top = sorted(counts.items(), key=lambda p: (-p[1], p[0].name))[:TOP_ENTITIES_ON_START]
        cal = month_calendar(newest.year, newest.month, days)
        month_label = f"{month_name(newest.month)} {newest.year}"
    yield Page(
        "index.html",
        "start.html",
        {
            "nav": "start",
            "latest": latest,
            "top_entities": top,
            "top_month": month_label,
            "calendar": cal,
            "years": _year_summary(days),
            "article_count": len(model.articles),
            "entity_count": len(model.entities),
            "source_count": len(model.sources),
        },
    )


def _year_summary(days: dict[date, list[SiteArticle]]) -> list[dict[str, Any]]:
    """Newest year first: ``{"year", "count", "path", "months": [{month, label, count, path}]}``."""
    per_month: Counter[tuple[int, int]] = Counter()
    for d, arts in days.items():
        per_month[(d.year, d.month)] += len(arts)
    years: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (y, m), n in per_month.items():
        years[y].append((m, n))
    out = []
    for y in sorted(years, reverse=True):
        months = [
            {
                "month": m,
                "label": month_name(m),
                "count": n,
                "path": f"archiv/{y:04d}/{m:02d}/index.html",
            }
            for m, n in sorted(years[y])
        ]
        out.append(
            {
                "year": y,
                "count": sum(mm["count"] for mm in months),
                "path": f"archiv/{y:04d}/index.html",
                "months": months,
            }
        )
    return out


def _entity_pages(model: SiteModel) -> Iterator[Page]:
    by_type: dict[str, list[SiteEntity]] = defaultdict(list)
    for ent in model.entities:
        by_type[ent.type].append(ent)
    for t, (_, plural, folder) in ENTITY_TYPES.items():
        ents = by_type.get(t, [])
        for path, chunk, pager in paginate(ents, f"{folder}/", INDEX_PER_PAGE):
            yield Page(
                path,
                "group_index.html",
                {"nav": folder, "heading": plural, "groups": chunk, "pager": pager,
                 "total": len(ents)},
            )
    for ent in model.entities:
        chart, unit = None, "Monat"
        first = True
        for path, chunk, pager in paginate_stable(ent.articles, ent.dir):
            if first:
                series = entity_series(ent)
                chart = mentions_chart(ent.name, series, f"verlauf-{ent.slug}")
                unit = "Jahr" if series and len(series[0][0]) == 4 else "Monat"
            yield Page(
                path,
                "entity.html",
                {
                    "nav": ent.folder,
                    "e": ent,
                    "articles": chunk,
                    "pager": pager,
                    "chart": chart if first else None,
                    "chart_unit": unit,
                },
            )
            first = False


def _archive_pages(model: SiteModel, days: dict[date, list[SiteArticle]]) -> Iterator[Page]:
    years = _year_summary(days)
    yield Page("archiv/index.html", "archive_index.html", {"nav": "archiv", "years": years})
    by_month: dict[tuple[int, int], list[SiteArticle]] = defaultdict(list)
    for a in model.articles:
        if a.day:
            by_month[(a.day.year, a.day.month)].append(a)
    for y in years:
        cals = [month_calendar(y["year"], m["month"], days) for m in y["months"]]
        yield Page(
            y["path"],
            "archive_year.html",
            {"nav": "archiv", "y": y, "calendars": list(zip(y["months"], cals, strict=True))},
        )
        for m in y["months"]:
            arts = by_month[(y["year"], m["month"])]
            cal = month_calendar(y["year"], m["month"], days)
            dir_ = m["path"][: -len("index.html")]
            for path, chunk, pager in paginate_stable(arts, dir_):
                yield Page(
                    path,
                    "archive_month.html",
                    {"nav": "archiv", "y": y, "mo": m, "calendar": cal, "articles": chunk,
                     "pager": pager},
                )
    ordered = sorted(days)
    for i, d in enumerate(ordered):
        prev_day = ordered[i - 1] if i > 0 else None
        next_day = ordered[i + 1] if i + 1 < len(ordered) else None
        for path, chunk, pager in paginate_stable(days[d], f"archiv/{d:%Y/%m/%d}/"):
            yield Page(
                path,
                "archive_day.html",
                {
                    "nav": "archiv",
                    "day": d,
                    "articles": chunk,
                    "pager": pager,
                    "total": len(days[d]),
                    "month_path": f"archiv/{d:%Y/%m}/index.html",
                    "month_label": f"{month_name(d.month)} {d.year}",
                    "year_path": f"archiv/{d:%Y}/index.html",
                    "prev_day": prev_day,
                    "next_day": next_day,
                },
            )


def day_path(d: date) -> str:
    return f"archiv/{d:%Y/%m/%d}/index.html"


def _group_pages(
    groups: list[SiteGroup], folder: str, heading: str, template: str
) -> Iterator[Page]:
    for path, chunk, pager in paginate(groups, f"{folder}/", INDEX_PER_PAGE):
        yield Page(
            path,
            "group_index.html",
            {"nav": folder, "heading": heading, "groups": chunk, "pager": pager,
             "total": len(groups)},
        )
    for g in groups:
        for path, chunk, pager in paginate_stable(g.articles, g.dir):
            yield Page(path, template, {"nav": folder, "g": g, "articles": chunk, "pager": pager})


__all__ = [
    "Page", "Pager", "StablePager", "build_pages", "day_path", "month_calendar", "paginate",
    "paginate_stable",
]
