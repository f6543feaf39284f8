"""Build newsarchive/entities/data/word_clusters.tsv.gz from spacy-lookups-data (MIT).

Each line is ``word<TAB>cluster<TAB>band``: the word's Brown cluster and a band of its log
probability (0 = very rare … 4 = frequent), both from spaCy's German lexeme tables. The NER
reads them as features (see newsarchive/entities/gazetteer.py). Words seen only once in the
source corpus (the lowest probability) are left out to keep the file small.

    pip install spacy-lookups-data && python scripts/build_word_clusters.py
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "newsarchive" / "entities" / "data" / "word_clusters.tsv.gz"

#: Upper bounds of the log-probability bands 0..3; above the last is band 4.
BANDS = (-16.5, -14.0, -11.0, -8.0)


def band(logprob: float) -> int:
    for i, bound in enumerate(BANDS):
        if logprob < bound:
            return i
    return len(BANDS)


def main() -> None:
    data = resources.files("spacy_lookups_data") / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as fh:
        clusters = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        probs = json.load(fh)
    floor = min(probs.values())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for word in sorted(clusters):
            p = probs.get(word, floor)
            if p <= floor or "\t" in word or "\n" in word or not word.strip():
                continue
            fh.write(f"{word}\t{clusters[word]}\t{band(p)}\n")
            n += 1
    print(f"wrote {n} words to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
