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
def load_nlp(path: str | None = None, greedy: bool = True):
    """The NER pipeline (cached). ``path`` overrides the shipped model directory.

    Honours ``NEWSARCHIVE_NER_MODEL`` (a pipeline directory) for experiments. With ``greedy``
    (the default) the NER runs on :class:`newsarchive.entities.decode.GreedyNER`, which gives
    spaCy's entities faster; ``greedy=False`` keeps spaCy's own component.
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
    use_numpy_blas(nlp)
    if greedy and "ner" in nlp.pipe_names:
        from newsarchive.entities.decode import use_greedy_ner

        use_greedy_ner(nlp)
    return nlp


def _models(nlp):
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and model not in (True, False):
            yield model


def use_numpy_blas(nlp) -> None:
    """Compute the pipeline's matrix products with numpy's BLAS on one thread.

    numpy's OpenBLAS multiplies the NER's matrices about 10 % faster than the blis that thinc
    uses by default (``benchmarks/entity_speed.py``). One thread: ingest already runs one
    process per core.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for model in _models(nlp):
        for node in model.walk():
            node.ops = ops


def cast_weights(nlp, dtype: str) -> None:
    """Cast every parameter of the pipeline's models to ``dtype`` (in place).

    The shipped weights are stored as float16 (scripts/train_ner.py) and computed in float32.
    """
    for model in _models(nlp):
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    value = node.get_param(name)
                    if value.dtype != dtype:
                        node.set_param(name, value.astype(dtype))
