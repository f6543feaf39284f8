"""Write the sample pages and ``samples/expected.json`` from :mod:`articles` and :mod:`pages`.

Run from the repository root: ``.venv/bin/python samples/_build/build.py``. The script also
checks its own output: every expected paragraph is in the page, every boilerplate string is in
the page but not in the expected text.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES, FINANZPAKET_V2  # noqa: E402
from pages import STYLES, blocks, iso, liveblog_blocks  # noqa: E402

SAMPLES = HERE.parent


def expected_record(art: dict, boilerplate: list[str]) -> dict:
    body = liveblog_blocks(art) if art["style"] == "liveblog" else blocks(art)
    paragraphs = [text for kind, text in body if kind == "p"]
    if art["lead_in_body"]:
        paragraphs.insert(0, art["lead"])
    return {
        "file": art["file"],
        "url": art["url"],
        "title": art["title"],
        "kicker": art["kicker"],
        "lead": art["lead"],
        "authors": art["authors"],
        "agencies": art["agencies"],
        "published": iso(art["published"]),
        "modified": iso(art["modified"]),
        "section": art["section"],
        "tags": art["tags"],
        "site_name": art["site_name"],
        "language": "de",
        "headings": [text for kind, text in body if kind == "h"],
        "body_paragraphs": paragraphs,
        "body_must_not_contain": boilerplate,
        "entities": art["entities"],
    }


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def check(rec: dict, page: str) -> list[str]:
    problems = []
    shown = visible_text(page)
    raw = htmllib.unescape(page)
    text = "\n".join([rec["title"], rec["lead"], *rec["headings"], *rec["body_paragraphs"]])
    for para in [rec["title"], rec["lead"], *rec["headings"], *rec["body_paragraphs"]]:
        if " ".join(para.split()) not in shown:
            problems.append(f"not shown in page: {para[:60]!r}")
    for bad in rec["body_must_not_contain"]:
        if bad not in raw and bad not in shown:
            problems.append(f"boilerplate not in page: {bad!r}")
        if bad in text:
            problems.append(f"boilerplate collides with article text: {bad!r}")
    for kind, names in rec["entities"].items():
        if len(set(names)) != len(names):
            problems.append(f"duplicate {kind} entity")
    return problems


def main() -> int:
    expected: dict[str, dict] = {}
    failed = False
    for art in [*ARTICLES, FINANZPAKET_V2]:
        page, boilerplate = STYLES[art["style"]](art)
        rec = expected_record(art, boilerplate)
        for problem in check(rec, page):
            print(f"{art['file']}: {problem}")
            failed = True
        path = SAMPLES / art["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.encode(art.get("encoding", "utf-8")))
        expected[art["file"]] = rec
    (SAMPLES / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} pages and expected.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
