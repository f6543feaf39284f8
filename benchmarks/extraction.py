"""Extraction benchmark: newsarchive's parser against trafilatura, side by side in one run.

Usage:
    .venv/bin/python benchmarks/extraction.py [EXTRACTION_DIR] [NEWS_PAGES_DIR] [--details FILE]

Defaults are ../shared/data/extraction-dev and ../shared/data/news-pages-dev next to the repo.

extraction-dev (expectations.json: per file `with` / `without` segments, title, date, author):
segment precision/recall/F1 (a `with` segment found in the extracted text is a TP, missing an
FN; a `without` segment found is an FP; whitespace-normalised), and title/date/author accuracy
where the expectation is known. Two gold dates there are not ISO dates but year-day-month
("2022-29-11"; the page's own URL says 2022/11/29): a gold date whose month is impossible and
whose day-month swap is a real date is read that way (:func:`gold_date`), for every extractor.

news-pages-dev (expected.json: title, authors, published, lead, headings, body_paragraphs):
headline exact match, author set equality (case-insensitive), publication time to the minute
(as UTC instants), paragraph recall (gold paragraph found in the text) and precision (share of
extracted paragraphs that occur in the gold lead/headings/paragraphs), F1 of the two.

Throughput: documents per second of process (one core) time, extraction calls only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Extracted:
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None  # ISO date or datetime
    authors: list[str] = field(default_factory=list)


#: Invisible characters (soft hyphen, zero-width space/joiners, BOM), dropped before comparing:
#: gold texts copied from pages keep some, extractors drop them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def norm(text: str | None) -> str:
    """Whitespace-normalised text without invisible characters, as both sides are compared."""
    return " ".join((text or "").translate(_INVISIBLE).split())


def ours(data: bytes) -> Extracted:
    from newsarchive.parse import ParseError, parse_html

    try:
        a = parse_html(data)
    except ParseError:
        return Extracted()
    paras = [t for _, t in a.blocks] or a.paragraphs
    if a.lead and (not paras or norm(paras[0]) != norm(a.lead)):
        paras = [a.lead, *paras]
    return Extracted(a.text, paras, a.title, a.published, [*a.authors, *a.agencies])


def trafilatura_extract(data: bytes) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True)
    if doc is None:
        return Extracted()
    text = doc.text or ""
    authors = [s.strip() for s in re.split(r";", doc.author or "") if s.strip()]
    return Extracted(text, [p for p in text.split("\n") if p.strip()], doc.title, doc.date, authors)


EXTRACTORS: dict[str, Callable[[bytes], Extracted]] = {
    "newsarchive": ours,
    "trafilatura": trafilatura_extract,
}


def run(files: list[Path], fn: Callable[[bytes], Extracted]) -> tuple[list[Extracted], float]:
    """Extract every file; returns the results and docs/s of process time (extraction only)."""
    datas = [f.read_bytes() for f in files]
    out: list[Extracted] = []
    spent = 0.0
    for data in datas:
        t0 = time.process_time()
        out.append(fn(data))
        spent += time.process_time() - t0
    return out, len(datas) / spent if spent else 0.0


def _author_set(names: list[str]) -> set[str]:
    parts: set[str] = set()
    for n in names:
        for p in re.split(r"\s*(?:;|,|&|\bund\b)\s*", n):
            if p.strip():
                parts.add(norm(p).casefold())
    return parts


def _canon_names(names: list[str]) -> set[str]:
    """Case-folded names; agency spellings ("Deutsche Presse-Agentur") folded to one form."""
    from newsarchive.parse.bylines import agency_name

    return {(agency_name(n) or norm(n)).casefold() for n in names}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def eval_extraction(directory: Path, details: list[str]) -> dict[str, dict[str, float]]:
    exp = json.loads((directory / "expectations.json").read_text(encoding="utf-8"))
    items = [v for v in exp.values() if (directory / v["file"]).is_file()]
    files = [directory / v["file"] for v in items]
    results: dict[str, dict[str, float]] = {}
    for name, fn in EXTRACTORS.items():
        extracted, speed = run(files, fn)
        tp = fn_ = fp = 0
        title_ok = title_n = date_ok = date_n = auth_ok = auth_n = 0
        for item, ex in zip(items, extracted, strict=True):
            text = norm(ex.text)
            for seg in item.get("with", []):
                if norm(seg) in text:
                    tp += 1
                else:
                    fn_ += 1
                    details.append(f"{name}\textraction\t{item['file']}\tmissing\t{seg}")
            for seg in item.get("without", []):
                if norm(seg) in text:
                    fp += 1
                    details.append(f"{name}\textraction\t{item['file']}\tunwanted\t{seg}")
            if item.get("title"):
                title_n += 1
                ok = norm(ex.title).casefold() == norm(item["title"]).casefold()
                title_ok += ok
                if not ok:
                    details.append(
                        f"{name}\textraction\t{item['file']}\ttitle\t"
                        f"{ex.title!r} != {item['title']!r}"
                    )
            if item.get("date"):
                date_n += 1
                ok = (ex.date or "")[:10] == gold_date(item["date"])
                date_ok += ok
                if not ok:
                    details.append(
                        f"{name}\textraction\t{item['file']}\tdate\t{ex.date!r} != {item['date']!r}"
                    )
            if item.get("author"):
                auth_n += 1
                ok = _author_set(ex.authors) == _author_set([item["author"]])
                auth_ok += ok
                if not ok:
                    details.append(
                        f"{name}\textraction\t{item['file']}\tauthor\t"
                        f"{ex.authors!r} != {item['author']!r}"
                    )
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn_) if tp + fn_ else 0.0
        results[name] = {
            "docs": len(files),
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "title": title_ok / title_n if title_n else 0.0,
            "date": date_ok / date_n if date_n else 0.0,
            "author": auth_ok / auth_n if auth_n else 0.0,
            "docs_per_s": speed,
        }
    return results


def gold_date(value: str) -> str:
    """The ``YYYY-MM-DD`` of a gold date; an impossible month with a valid day-month swap
    (``2022-29-11``) is read as year-day-month."""
    day = value[:10]
    try:
        date.fromisoformat(day)
    except ValueError:
        y, a, b = (day.split("-") + ["", ""])[:3]
        swapped = f"{y}-{b}-{a}"
        with contextlib.suppress(ValueError):
            date.fromisoformat(swapped)
            return swapped
    return day


def _instant(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=BERLIN)
    return dt.replace(second=0, microsecond=0)


def eval_news(directory: Path, details: list[str]) -> dict[str, dict[str, float]]:
    exp = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    items = [v for v in exp.values() if (directory / v["file"]).is_file()]
    files = [directory / v["file"] for v in items]
    results: dict[str, dict[str, float]] = {}
    for name, fn in EXTRACTORS.items():
        extracted, speed = run(files, fn)
        title_ok = auth_ok = date_ok = 0
        found = gold_n = ours_ok = ours_n = 0
        for item, ex in zip(items, extracted, strict=True):
            f = item["file"]
            ok = norm(ex.title) == norm(item["title"])
            title_ok += ok
            if not ok:
                details.append(f"{name}\tnews\t{f}\ttitle\t{ex.title!r} != {item['title']!r}")
            ok = _canon_names(ex.authors) == _canon_names(item["authors"])
            auth_ok += ok
            if not ok:
                details.append(f"{name}\tnews\t{f}\tauthors\t{ex.authors!r} != {item['authors']!r}")
            got, want = _instant(ex.date), _instant(item["published"])
            ok = got is not None and want is not None and got == want
            date_ok += ok
            if not ok:
                details.append(
                    f"{name}\tnews\t{f}\tpublished\t{ex.date!r} != {item['published']!r}"
                )
            text = norm(ex.text)
            for para in item["body_paragraphs"]:
                gold_n += 1
                if norm(para) in text:
                    found += 1
                else:
                    details.append(f"{name}\tnews\t{f}\tmissing\t{norm(para)[:200]}")
            gold_blob = "\n".join(
                norm(p)
                for p in [item.get("lead") or "", *item["headings"], *item["body_paragraphs"]]
            )
            for para in ex.paragraphs:
                if not norm(para):
                    continue
                ours_n += 1
                if norm(para) in gold_blob:
                    ours_ok += 1
                else:
                    details.append(f"{name}\tnews\t{f}\tunwanted\t{norm(para)[:200]}")
        n = len(items) or 1
        p = ours_ok / ours_n if ours_n else 0.0
        r = found / gold_n if gold_n else 0.0
        results[name] = {
            "docs": len(items),
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "title": title_ok / n,
            "date": date_ok / n,
            "author": auth_ok / n,
            "docs_per_s": speed,
        }
    return results


def print_table(label: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{label}")
    print(
        f"{'extractor':<13}{'docs':>5}{'prec':>7}{'recall':>8}{'F1':>7}{'title':>7}"
        f"{'date':>7}{'author':>8}{'docs/s':>8}"
    )
    for name, r in results.items():
        print(
            f"{name:<13}{r['docs']:>5}{r['precision']:>7.3f}{r['recall']:>8.3f}{r['f1']:>7.3f}"
            f"{r['title']:>7.3f}{r['date']:>7.3f}{r['author']:>8.3f}{r['docs_per_s']:>8.1f}"
        )
    if "newsarchive" in results and results.get("trafilatura", {}).get("docs_per_s"):
        ratio = results["newsarchive"]["docs_per_s"] / results["trafilatura"]["docs_per_s"]
        delta = results["newsarchive"]["f1"] - results["trafilatura"]["f1"]
        print(f"speed ratio newsarchive/trafilatura: {ratio:.2f}x   F1 delta: {delta:+.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extraction_dir", nargs="?", type=Path, default=DATA / "extraction-dev")
    ap.add_argument("news_dir", nargs="?", type=Path, default=DATA / "news-pages-dev")
    ap.add_argument("--details", type=Path, help="write per-file misses (TSV) to this file")
    ap.add_argument("--only", choices=sorted(EXTRACTORS), help="run one extractor only")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.WARNING)
    if args.only:
        for other in list(EXTRACTORS):
            if other != args.only:
                del EXTRACTORS[other]
    details: list[str] = []
    for label, directory, fn in (
        ("extraction-dev (segments)", args.extraction_dir, eval_extraction),
        ("news-pages-dev (paragraphs)", args.news_dir, eval_news),
    ):
        if not directory.is_dir():
            print(f"\n{label}: {directory} not found, skipped")
            continue
        print_table(f"{label}: {directory.name}", fn(directory, details))
    if args.details:
        args.details.write_text("\n".join(details) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
