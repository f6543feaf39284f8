"""Train the German NER model (PER / LOC / ORG) shipped in newsarchive/entities/model/.

Reproducible from the repository root::

    python scripts/train_ner.py                       # defaults: ../shared/data/ner
    python scripts/train_ner.py --run-name w256d4 --set training.max_epochs=20
    python scripts/train_ner.py --ship training/runs/w256d4/model-best   # copy only

Steps: convert GermEval 2014 (training BIOES, dev TSV) to spaCy DocBins, train with
``training/ner.cfg`` (CPU, no static vectors), then copy ``model-best`` into the package.
Labels OTH, *part and *deriv are outside for the model. Runs and logs go to training/runs/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_DATA = REPO / ".." / "shared" / "data" / "ner"
DEFAULT_CONFIG = REPO / "training" / "ner.cfg"
RUNS = REPO / "training" / "runs"
SHIP_DIR = REPO / "newsarchive" / "entities" / "model"


def to_docbin(sentences, out: Path, nlp) -> int:
    """Write sentences (tokens, spans) to a DocBin, one Doc per sentence."""
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for tokens, spans in sentences:
        spaces = [True] * len(tokens)
        spaces[-1] = False
        doc = Doc(nlp.vocab, words=tokens, spaces=spaces)
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab)
                    for s, e, lab in spans]
        db.add(doc)
        n += 1
    db.to_disk(out)
    return n


def convert(data_dir: Path, corpus_dir: Path) -> tuple[Path, Path]:
    """Convert the GermEval files to ``train.spacy`` and ``dev.spacy`` in ``corpus_dir``."""
    import spacy

    from newsarchive.entities.germeval import read_bioes, read_germeval_tsv

    train_src = data_dir / "germeval2014-train.bioes"
    dev_src = data_dir / "germeval2014-dev.tsv"
    for src in (train_src, dev_src):
        if not src.is_file():
            raise SystemExit(f"{src}: training data not found (pass --data DIR)")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    train_out, dev_out = corpus_dir / "train.spacy", corpus_dir / "dev.spacy"
    n_train = to_docbin(read_bioes(train_src), train_out, nlp)
    n_dev = to_docbin(read_germeval_tsv(dev_src), dev_out, nlp)
    print(f"converted {n_train} training and {n_dev} dev sentences into {corpus_dir}")
    return train_out, dev_out


def ship(model_dir: Path, target: Path = SHIP_DIR) -> None:
    """Copy a trained pipeline into the package, compacted.

    Weights are stored as float16 (newsarchive.entities.model casts them back to float32 on
    load) and the string store keeps only the labels: hash embeddings need no strings, and
    strings met at run time are added as usual. This halves the size without changing
    predictions measurably (check with benchmarks/ner_eval.py).
    """
    import spacy

    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline components)
    from newsarchive.entities.model import cast_weights

    if not (model_dir / "config.cfg").is_file():
        raise SystemExit(f"{model_dir}: not a spaCy pipeline directory (no config.cfg)")
    nlp = spacy.load(model_dir)
    cast_weights(nlp, "float16")
    keep = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    _clear_paths(target / "config.cfg")
    strings_file = target / "vocab" / "strings.json"
    strings = json.loads(strings_file.read_text(encoding="utf-8"))
    strings_file.write_text(json.dumps([s for s in strings if s in keep]), encoding="utf-8")
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"shipped {model_dir} -> {target} ({size / 1e6:.1f} MB)")


def _clear_paths(config_file: Path) -> None:
    """Drop the training corpus paths (this machine's) from a shipped config."""
    from spacy.util import load_config

    config = load_config(config_file, interpolate=False)
    for key in config.get("paths", {}):
        config["paths"][key] = None
    config.to_disk(config_file, interpolate=False)


def finetune(model_dir: Path, out: Path, train_path: Path, dev_path: Path, *,
             learn_rate: float = 0.0002, epochs: int = 3, dropout: float = 0.2,
             batch_words: int = 2000, eval_every: int = 200, seed: int = 0) -> None:
    """Continue training a pipeline with a lower learning rate; keep the best on dev."""
    import random

    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.util import minibatch

    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline components)

    nlp = spacy.load(model_dir)
    feats = [n for n in nlp.pipe_names if n != "ner"]
    train_docs = list(DocBin().from_disk(train_path).get_docs(nlp.vocab))
    dev_docs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    dev = [Example(nlp.make_doc(d.text), d) for d in dev_docs]
    sgd = nlp.resume_training()
    sgd.learn_rate = learn_rate
    best = nlp.evaluate(dev)["ents_f"]
    print(f"start: dev ents_f={best:.4f}", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out / "model-best")
    rng = random.Random(seed)
    step = 0
    for epoch in range(epochs):
        rng.shuffle(train_docs)
        batches = minibatch(train_docs, size=max(1, batch_words // 20))
        for batch in batches:
            examples = [Example(nlp.make_doc(d.text), d) for d in batch]
            nlp.update(examples, sgd=sgd, drop=dropout, annotates=feats)
            step += 1
            if step % eval_every == 0:
                with nlp.use_params(sgd.averages):
                    score = nlp.evaluate(dev)["ents_f"]
                    if score > best:
                        best = score
                        nlp.to_disk(out / "model-best")
                print(f"epoch {epoch} step {step}: dev ents_f={score:.4f} best={best:.4f}",
                      flush=True)


def parse_overrides(items: list[str]) -> dict[str, object]:
    """``a.b=1`` strings to a spaCy overrides dict (values parsed like the spaCy CLI)."""
    from spacy.cli._util import parse_config_overrides

    args: list[str] = []
    for item in items:
        key, _, value = item.partition("=")
        args += [f"--{key}", value]
    return parse_config_overrides(args)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="GermEval data directory")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--run-name", default="default", help="output under training/runs/NAME")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. training.max_epochs=20 (repeatable)")
    ap.add_argument("--init-tok2vec", type=Path, default=None,
                    help="pretrained tok2vec weights from `spacy pretrain`")
    ap.add_argument("--no-ship", action="store_true", help="train only, do not copy the model")
    ap.add_argument("--ship", type=Path, default=None, metavar="MODEL_DIR",
                    help="only copy an already trained pipeline into the package")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--finetune", type=Path, default=None, metavar="MODEL_DIR",
                    help="continue training MODEL_DIR with a lower learning rate instead")
    ap.add_argument("--learn-rate", type=float, default=0.0002)
    ap.add_argument("--epochs", type=int, default=3)
    args = ap.parse_args(argv)

    if args.ship is not None:
        ship(args.ship)
        return

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    from spacy.cli.train import train

    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline component)

    corpus_dir = RUNS / "corpus"
    train_path, dev_path = convert(args.data, corpus_dir)
    out = RUNS / args.run_name
    if args.finetune is not None:
        finetune(args.finetune, out, train_path, dev_path, learn_rate=args.learn_rate,
                 epochs=args.epochs)
        if not args.no_ship:
            ship(out / "model-best")
        return
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if args.init_tok2vec is not None:
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec)
    overrides.update(parse_overrides(args.set))
    train(args.config, out, overrides=overrides, use_gpu=-1)
    if not args.no_ship:
        ship(out / "model-best")


if __name__ == "__main__":
    main()
