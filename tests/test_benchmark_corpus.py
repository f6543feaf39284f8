"""The benchmark corpus generator writes real-size pages the parser reads correctly."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from newsarchive.parse import parse_file

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
FURNITURE = ("Meistgelesen", "Kommentare (", "Alle akzeptieren", "Mehr zum Thema",
             "Jetzt kostenlos anmelden", "Zum Inhalt springen", "Antworten Melden")


def test_generated_pages_weigh_like_real_ones_and_parse_cleanly(tmp_path, shared_data):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_corpus import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    out = tmp_path / "corpus"
    counts = generate(out, 40, seed=3, data_dir=shared_data)
    assert counts["pages"] == 40
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    sizes = [(out / r["file"]).stat().st_size for r in rows]
    assert 60_000 < statistics.median(sizes) < 300_000  # dev pages: 98 KB / 240 KB medians
    for r in rows:
        art = parse_file(out / r["file"])
        assert art.is_article, r["file"]
        assert art.title == r["title"], r["file"]
        for phrase in FURNITURE:
            assert phrase not in art.text, (r["file"], phrase)

    lean = tmp_path / "lean"
    generate(lean, 5, seed=3, data_dir=shared_data, lean=True)
    assert max(p.stat().st_size for p in lean.rglob("*.html")) < 30_000
