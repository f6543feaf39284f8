"""Load the shipped spaCy NER pipeline (newsarchive/entities/model/), offline and once."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "model"
#: Entity labels the model predicts.
LABELS = ("PER", "LOC", "ORG")


class ModelNotFoundError(RuntimeError):
    """The shipped model directory is missing or unreadable."""


@cache
def load_nlp(path: str | None = None):
    """The NER pipeline (cached). ``path`` overrides the shipped model directory.

    Honours ``NEWSARCHIVE_NER_MODEL`` (a pipeline directory) for experiments.
    """
    import spacy

    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline component)

    where = Path(path or os.environ.get("NEWSARCHIVE_NER_MODEL") or MODEL_DIR)
    if not (where / "config.cfg").is_file():
        raise ModelNotFoundError(
            f"{where}: NER model not found (no config.cfg); train it with "
            "`python scripts/train_ner.py`"
        )
    try:
        return spacy.load(where)
    except Exception as exc:  # corrupted or incompatible model files
        raise ModelNotFoundError(f"{where}: cannot load the NER model: {exc}") from exc
