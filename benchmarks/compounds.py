"""Compound-split precision/recall on tests/data/compounds.tsv, and analyzer speed.

    .venv/bin/python benchmarks/compounds.py [--errors] [--text FILE ...]

Split quality is measured on split points (boundaries between pieces, in the folded
spelling): precision = correct predicted boundaries / predicted boundaries, recall = correct
predicted boundaries / gold boundaries; word accuracy = words split exactly as the gold.
Speed: tokens/s of ``analyze(text, "index")`` and ``"query"`` over the GermEval training text
(../shared/data/ner, when present) or the given files, with cold and warm caches.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "compounds.tsv"
GERMEVAL = REPO.parent / "shared" / "data" / "ner" / "germeval2014-train.bioes"


def read_gold(path: Path = GOLD) -> list[tuple[str, list[str]]]:
    """(word, gold pieces) pairs."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, split = line.split("\t")
            rows.append((word, split.split("+")))
    return rows


def boundaries(pieces: list[str] | tuple[str, ...]) -> set[int]:
    out, pos = set(), 0
    for p in pieces[:-1]:
        pos += len(p)
        out.add(pos)
    return out


def evaluate(show_errors: bool = False) -> dict[str, float]:
    from newsarchive.analysis import get_splitter
    from newsarchive.analysis.folding import fold

    splitter = get_splitter()
    tp = fp = fn = exact = 0
    rows = read_gold()
    for word, gold in rows:
        folded = fold(word.lower())
        gold_f = [fold(p.lower()) for p in gold]
        if "".join(gold_f) != folded:  # folding across a boundary: fall back to raw pieces
            gold_f = [p.lower() for p in gold]
            folded = word.lower()
        pred = splitter.split(folded)
        g, p = boundaries(gold_f), boundaries(pred)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        exact += g == p
        if show_errors and g != p:
            print(f"  {word:32} gold {'+'.join(gold_f):36} got {'+'.join(pred)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "words": len(rows),
        "compounds": sum(len(g) > 1 for _, g in rows),
        "precision": precision,
        "recall": recall,
        "word_accuracy": exact / len(rows),
    }


def corpus_text(files: list[Path]) -> str:
    if files:
        return "\n".join(f.read_text(encoding="utf-8") for f in files)
    if GERMEVAL.is_file():
        sents, cur = [], []
        for line in GERMEVAL.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cur.append(line.rsplit(" ", 1)[0])
            elif cur:
                sents.append(" ".join(cur))
                cur = []
        return "\n".join(sents)
    gold = " ".join(w for w, _ in read_gold())
    return (gold + " Die US-Regierung liefert z.B. 10.000 Waffen nach Südkorea. ") * 200


def speed(text: str) -> None:
    from newsarchive.analysis import analyze, clear_caches, german_analyzer

    for mode in ("index", "query"):
        clear_caches()
        for label in ("cold", "warm"):
            t0, c0 = time.perf_counter(), time.process_time()
            n = len(analyze(text, mode))
            dt, ct = time.perf_counter() - t0, time.process_time() - c0
            print(
                f"analyze({mode!r}) {label:4}: {n} tokens in {dt:.2f} s = {n / dt:,.0f} tokens/s"
                f" (CPU {ct:.2f} s = {n / ct:,.0f} tokens/s)"
            )
    # The Whoosh path (Token objects with positions and chars) on "articles" of 30
    # consecutive lines: what indexing costs per document, first with empty caches (every
    # word new), then again (the steady state of a large reindex, where most words recur).
    lines = text.splitlines()
    docs = [" ".join(lines[i : i + 30]) for i in range(0, len(lines), 30)]
    clear_caches()
    ana = german_analyzer()
    for label in ("cold", "warm"):
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for doc in docs:
            for _t in ana(doc, positions=True, chars=True, mode="index"):
                n += 1
        dt, ct = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"whoosh german_analyzer() {label}: {len(docs)} docs ({n / len(docs):.0f} terms "
            f"each) in {dt:.2f} s = {len(docs) / dt:,.0f} docs/s, {n / dt:,.0f} terms/s"
            f" (CPU {ct:.2f} s = {len(docs) / ct:,.0f} docs/s)"
        )
    print("(wall-clock figures depend on the machine's load; CPU figures less so)")


def main() -> None:
    ap = argparse.ArgumentParser(description="compound split quality and analyzer speed")
    ap.add_argument("--errors", action="store_true", help="list words split differently")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    ap.add_argument("--text", type=Path, nargs="*", default=[], help="text files for speed")
    args = ap.parse_args()
    from newsarchive.analysis import get_splitter

    t0 = time.perf_counter()
    get_splitter()
    print(f"vocabulary load: {time.perf_counter() - t0:.2f} s (once per process)")
    r = evaluate(args.errors)
    print(
        f"compound splits on {GOLD.relative_to(REPO)}: {r['words']} words "
        f"({r['compounds']} compounds)\n"
        f"  precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
        f"word accuracy {r['word_accuracy']:.3f}"
    )
    if not args.no_speed:
        speed(corpus_text(args.text))


if __name__ == "__main__":
    main()
