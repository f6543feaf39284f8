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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.entities.germeval import KEPT_LABELS, read_any  # noqa: E402
from newsarchive.entities.model import MODEL_DIR, load_nlp  # noqa: E402


def evaluate(path: Path, model: Path | None = None, batch_size: int = 256) -> dict:
    """Counts and scores of the model on ``path``; returns a dict per label and ``micro``."""
    from spacy.tokens import Doc

    nlp = load_nlp(str(model) if model else None)
    sentences = list(read_any(path))
    if not sentences:
        raise SystemExit(f"{path}: no sentences found")
    docs = (Doc(nlp.vocab, words=toks) for toks, _ in sentences)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_tokens = sum(len(t) for t, _ in sentences)
    t0 = time.perf_counter()
    for (_, gold), doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size), strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in KEPT_LABELS}
        gold_set = set(gold)
        for s in pred & gold_set:
            tp[s[2]] += 1
        for s in pred - gold_set:
            fp[s[2]] += 1
        for s in gold_set - pred:
            fn[s[2]] += 1
    elapsed = time.perf_counter() - t0

    def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1

    scores = {lab: (*prf(tp[lab], fp[lab], fn[lab]), tp[lab] + fn[lab]) for lab in KEPT_LABELS}
    scores["micro"] = (*prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
                       sum(tp.values()) + sum(fn.values()))
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
