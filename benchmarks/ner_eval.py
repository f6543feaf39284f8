"""Evaluate the shipped NER model on a GermEval-style file (exact spans, PER/LOC/ORG).

Usage::

    python benchmarks/ner_eval.py ../shared/data/ner/germeval2014-dev.tsv
    python benchmarks/ner_eval.py FILE --model training/runs/NAME/model-best

FILE is in the format of germeval2014-dev.tsv (``#`` source line, then
``index<TAB>token<TAB>outer<TAB>inner``; blank line between sentences); a ``token TAG``
BIOES file also works. The outer level is scored; OTH, *part and *deriv count as outside.
Prints precision/recall/F1 per type and ends with ``micro F1=0.xxx``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.entities.germeval import (  # noqa: E402
    KEPT_LABELS,
    prf,
    read_any,
    span_counts,
    total_counts,
)
from newsarchive.entities.model import MODEL_DIR, load_nlp  # noqa: E402


def evaluate(path: Path, model: Path | None = None, batch_size: int = 256) -> dict:
    """Scores of the model on ``path``: ``(P, R, F1, gold)`` per label and ``micro``."""
    nlp = load_nlp(str(model) if model else None)
    sentences = list(read_any(path))
    if not sentences:
        raise SystemExit(f"{path}: no sentences found")
    n_tokens = sum(len(t) for t, _ in sentences)
    t0 = time.perf_counter()
    counts = span_counts(nlp, sentences, batch_size)
    elapsed = time.perf_counter() - t0
    scores = {lab: (*prf(tp, fp, fn), tp + fn) for lab, (tp, fp, fn) in counts.items()}
    tp, fp, fn = total_counts(counts)
    scores["micro"] = (*prf(tp, fp, fn), tp + fn)
    scores["_speed"] = (n_tokens / elapsed if elapsed else 0.0, len(sentences))
    return scores


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Exact-span P/R/F1 of the NER model")
    ap.add_argument("file", type=Path, help="GermEval-format file (TSV or token TAG)")
    ap.add_argument("--model", type=Path, default=None,
                    help=f"pipeline directory (default: shipped {MODEL_DIR.name}/)")
    args = ap.parse_args(argv)
    if not args.file.is_file():
        raise SystemExit(f"{args.file}: file not found")
    scores = evaluate(args.file, args.model)
    speed, n_sent = scores.pop("_speed")
    print(f"{args.file.name}: {n_sent} sentences, model "
          f"{args.model or 'shipped'}, {speed:,.0f} tokens/s")
    print(f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for lab in (*KEPT_LABELS, "micro"):
        p, r, f, n = scores[lab]
        print(f"{lab:<6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    print(f"micro F1={scores['micro'][2]:.3f}")


if __name__ == "__main__":
    main()
