"""Inline SVG bar chart of mentions over time, rendered at build time (no scripts)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from newsarchive.site.dates import MONTHS

#: Chart geometry in SVG user units; the chart scales to its container's width.
WIDTH, HEIGHT = 640, 200
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 8, 12, 34
BAR_COLOR = "#0a4b8c"
AXIS_COLOR = "#595959"


def months_between(first: str, last: str) -> list[str]:
    """``YYYY-MM`` labels from ``first`` to ``last`` inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _label(period: str) -> str:
    if len(period) == 4:
        return period
    return f"{MONTHS[int(period[5:7]) - 1][:3]} {period[2:4]}"


def _long_label(period: str) -> str:
    if len(period) == 4:
        return period
    return f"{MONTHS[int(period[5:7]) - 1]} {period[:4]}"


def mentions_chart(name: str, series: Sequence[tuple[str, int]], chart_id: str) -> Markup:
    """Bar chart for ``series`` of ``(period, count)``; periods are ``YYYY-MM`` or ``YYYY``.

    The SVG has ``role="img"`` with a ``<title>`` and a ``<desc>`` that states the figures in
    words, so screen readers get the same information as sighted readers.
    """
    series = list(series)
    if not series:
        return Markup("")
    peak = max(c for _, c in series) or 1
    total = sum(c for _, c in series)
    n = len(series)
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.72)
    label_every = max(1, -(-n // 7))  # at most 7 axis labels (readable on phones)
    nonzero = [(p, c) for p, c in series if c]
    busiest = max(series, key=lambda pc: pc[1])
    desc = (
        f"{total} Artikel zwischen {_long_label(series[0][0])} und {_long_label(series[-1][0])}, "
        f"die meisten im {_long_label(busiest[0])} ({busiest[1]}). "
        + "; ".join(f"{_long_label(p)}: {c}" for p, c in nonzero[:24])
        + ("." if len(nonzero) <= 24 else " …")
    )
    tid, did = f"{chart_id}-titel", f"{chart_id}-beschreibung"
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{tid} {did}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{tid}">Erwähnungen von {escape(name)} im Zeitverlauf</title>',
        f'<desc id="{did}">{escape(desc)}</desc>',
    ]
    base_y = PAD_TOP + plot_h
    for tick in sorted({0, peak // 2, peak}) if peak > 1 else (0, 1):
        y = base_y - plot_h * tick / peak
        parts.append(
            f'<line x1="{PAD_LEFT}" y1="{y:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{y:.1f}" '
            f'stroke="#d9d9d9" stroke-width="1"/>'
            f'<text class="tick" x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'font-size="12" '
            f'fill="{AXIS_COLOR}">{tick}</text>'
        )
    for i, (period, count) in enumerate(series):
        x = PAD_LEFT + i * slot + (slot - bar_w) / 2
        h = plot_h * count / peak
        if count:
            parts.append(
                f'<rect x="{x:.1f}" y="{base_y - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{BAR_COLOR}"><title>{escape(_long_label(period))}: {count}</title></rect>'
            )
        if i % label_every == 0:
            cx = PAD_LEFT + i * slot + slot / 2
            parts.append(
                f'<text class="tick" x="{cx:.1f}" y="{HEIGHT - 12}" text-anchor="middle" '
                f'font-size="12" fill="{AXIS_COLOR}">{escape(_label(period))}</text>'
            )
    parts.append(
        f'<line x1="{PAD_LEFT}" y1="{base_y}" x2="{WIDTH - PAD_RIGHT}" y2="{base_y}" '
        f'stroke="{AXIS_COLOR}" stroke-width="1"/></svg>'
    )
    return Markup("".join(parts))


def monthly_series(months: Sequence[str], span: Sequence[str]) -> list[tuple[str, int]]:
    """Counts per month over ``span`` (a list of ``YYYY-MM``); yearly when it is long."""
    counts: dict[str, int] = {}
    for m in months:
        counts[m] = counts.get(m, 0) + 1
    if len(span) > 48:
        years: dict[str, int] = {}
        for p in span:
            years.setdefault(p[:4], 0)
        for m, c in counts.items():
            years[m[:4]] = years.get(m[:4], 0) + c
        return sorted(years.items())
    return [(p, counts.get(p, 0)) for p in span]
