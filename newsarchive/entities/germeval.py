"""Readers for the GermEval 2014 NER files (training BIOES and official TSV format).

Both readers yield sentences as ``(tokens, spans)`` where ``spans`` holds
``(start_token, end_token_exclusive, label)`` on the outer level, with labels restricted
to :data:`KEPT_LABELS` (OTH and the *part / *deriv subtypes count as outside unless
listed in ``keep``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

KEPT_LABELS = ("PER", "LOC", "ORG")

Sentence = tuple[list[str], list[tuple[int, int, str]]]


def _norm_label(raw: str, keep: Iterable[str]) -> str | None:
    label = raw.upper()
    return label if label in keep else None


def read_bioes(path: str | Path, keep: Iterable[str] = KEPT_LABELS) -> Iterator[Sentence]:
    """Sentences of a ``token TAG`` file with BIOES tags, blank line between sentences."""
    keep = {k.upper() for k in keep}
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, _spans_from_tags(tags, keep)
                tokens, tags = [], []
                continue
            token, _, tag = line.rpartition(" ")
            if not token:
                # A lone token without a tag cannot be used; keep it as outside.
                token, tag = tag, "O"
            tokens.append(token)
            tags.append(tag)
    if tokens:
        yield tokens, _spans_from_tags(tags, keep)


def read_germeval_tsv(path: str | Path, keep: Iterable[str] = KEPT_LABELS) -> Iterator[Sentence]:
    """Sentences of the official GermEval TSV (``#`` source line, ``idx tok outer inner``)."""
    keep = {k.upper() for k in keep}
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):  # "# source" or official "#\tsource\tdate" lines
                continue
            if not line.strip():
                if tokens:
                    yield tokens, _spans_from_tags(tags, keep)
                tokens, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError(f"{path}: malformed line (need index, token, tag): {line!r}")
            tokens.append(cols[1])
            tags.append(cols[2])
    if tokens:
        yield tokens, _spans_from_tags(tags, keep)


def _spans_from_tags(tags: list[str], keep: set[str]) -> list[tuple[int, int, str]]:
    """Decode BIO or BIOES tags into spans; unknown labels become outside."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    cur: str | None = None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, raw = tag.partition("-")
        label = _norm_label(raw, keep) if raw else None
        continues = prefix in ("I", "E") and label is not None and label == cur
        if cur is not None and not continues:
            spans.append((start, i, cur))  # type: ignore[arg-type]
            cur, start = None, None
        opens = prefix in ("B", "S") or (prefix in ("I", "E") and not continues)
        if opens and label is not None:
            cur, start = label, i
        if prefix in ("E", "S") and cur is not None:
            spans.append((start, i + 1, cur))  # type: ignore[arg-type]
            cur, start = None, None
    return spans


def read_any(path: str | Path, keep: Iterable[str] = KEPT_LABELS) -> Iterator[Sentence]:
    """Pick the reader from the file's shape (TSV with tabs, else ``token TAG``)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                tsv = "\t" in line
                break
        else:
            return iter(())
    return read_germeval_tsv(path, keep) if tsv else read_bioes(path, keep)


def span_counts(nlp, sentences: list[Sentence],
                batch_size: int = 256) -> dict[str, tuple[int, int, int]]:
    """True positives, false positives and false negatives per label of ``nlp``.

    Exact spans on the gold tokens: each sentence becomes a Doc of its own tokens, and only
    :data:`KEPT_LABELS` are counted.
    """
    from spacy.tokens import Doc

    counts = {lab: [0, 0, 0] for lab in KEPT_LABELS}
    docs = (Doc(nlp.vocab, words=tokens) for tokens, _ in sentences)
    for (_, gold), doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size), strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in counts}
        gold_set = {s for s in gold if s[2] in counts}
        for i, spans in enumerate((pred & gold_set, pred - gold_set, gold_set - pred)):
            for span in spans:
                counts[span[2]][i] += 1
    return {lab: (tp, fp, fn) for lab, (tp, fp, fn) in counts.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def total_counts(counts: dict[str, tuple[int, int, int]]) -> tuple[int, int, int]:
    """The counts of :func:`span_counts` summed over the labels (micro averaging)."""
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return tp, fp, fn


def micro_f1(counts: dict[str, tuple[int, int, int]]) -> float:
    """Micro-averaged F1 over the labels of :func:`span_counts`."""
    return prf(*total_counts(counts))[2]
