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
        nlp = spacy.load(where)
    except Exception as exc:  # corrupted or incompatible model files
        raise ModelNotFoundError(f"{where}: cannot load the NER model: {exc}") from exc
    cast_weights(nlp, "float32")
    return nlp


def cast_weights(nlp, dtype: str) -> None:
    """Cast every parameter of the pipeline's models to ``dtype`` (in place).

    The shipped weights are stored as float16 (scripts/train_ner.py) and computed in float32.
    """
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or model in (True, False):
            continue
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    value = node.get_param(name)
                    if value.dtype != dtype:
                        node.set_param(name, value.astype(dtype))
