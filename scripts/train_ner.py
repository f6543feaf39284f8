"""Train the German NER model (PER / LOC / ORG) shipped in newsarchive/entities/model/.

Reproducible from the repository root::

    python scripts/train_ner.py                       # defaults: ../shared/data/ner
    python scripts/train_ner.py --run-name w256d4 --set training.max_epochs=20
    python scripts/train_ner.py --ship training/runs/w256d4/model-best   # copy only

With a pretrained tok2vec (characters objective of ``spacy pretrain``, run here on the NER's
own tok2vec; weights stay under training/runs and are not shipped)::

    # 16 passes over the raw text (~40 min on one core) -> training/runs/pretrain/model15.bin
    python scripts/train_ner.py --config training/ner_pretrained.cfg --pretrain \
        --run-name pretrain --pretrain-epochs 16
    # 8 more passes, fresh optimizer -> training/runs/pretrain/model23.bin
    python scripts/train_ner.py --config training/ner_pretrained.cfg --pretrain \
        --run-name pretrain --pretrain-epochs 24 \
        --pretrain-resume training/runs/pretrain/model15.bin
    python scripts/train_ner.py --config training/ner_pretrained.cfg --run-name pt24 \
        --init-tok2vec training/runs/pretrain/model23.bin

The shipped model is that last run (seed 42, ~7 min on one core, then ``--ship``): GermEval
dev micro F1 0.807 by benchmarks/ner_eval.py; with ``--set system.seed=1`` the same recipe
gives 0.801.

Pretraining reads raw German text that is not the GermEval dev set: the GermEval training
sentences, the body text of the pages under ../shared/data/extraction-dev and
news-pages-dev, and ../shared/seeds/*.txt (paragraphs sharing an 8-word run with a dev
sentence are dropped). The text is written to training/runs/pretrain_text.jsonl.

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
from collections.abc import Iterator
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
    """Continue training a pipeline with a lower learning rate.

    Writes ``out/model-best`` (best dev F1, the start included) and ``out/model-last``.
    """
    import random

    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.util import minibatch, registry

    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline components)
    from newsarchive.entities.germeval import micro_f1, span_counts
    from newsarchive.entities.model import cast_weights

    nlp = spacy.load(model_dir)
    cast_weights(nlp, "float32")  # a shipped model is stored as float16
    feats = [n for n in nlp.pipe_names if n != "ner"]
    train_docs = list(DocBin().from_disk(train_path).get_docs(nlp.vocab))
    # Scored as benchmarks/ner_eval.py does: exact spans on the gold tokens.
    dev = [([t.text for t in d], [(e.start, e.end, e.label_) for e in d.ents])
           for d in DocBin().from_disk(dev_path).get_docs(nlp.vocab)]
    # The optimizer block of the config, interpolated (a shipped config is stored raw).
    sgd = registry.resolve({"sgd": nlp.config.interpolate()["training"]["optimizer"]})["sgd"]
    nlp.resume_training(sgd=sgd)
    sgd.learn_rate = learn_rate
    best = micro_f1(span_counts(nlp, dev))
    print(f"start: dev F1={best:.4f}", flush=True)
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
                    score = micro_f1(span_counts(nlp, dev))
                    if score > best:
                        best = score
                        nlp.to_disk(out / "model-best")
                print(f"epoch {epoch} step {step}: dev F1={score:.4f} best={best:.4f}",
                      flush=True)
    with nlp.use_params(sgd.averages):
        nlp.to_disk(out / "model-last")


PRETRAIN_PAGES = ("extraction-dev", "news-pages-dev")


def _shingles(words: list[str], n: int = 8) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def pretrain_texts(data_dir: Path) -> Iterator[str]:
    """Raw German paragraphs for pretraining: GermEval train, page bodies, seed texts.

    Nothing from the GermEval dev file: paragraphs that share an 8-word run with a dev
    sentence are skipped.
    """
    import re

    from newsarchive.entities.germeval import read_bioes, read_germeval_tsv
    from newsarchive.parse import ParseError, parse_file

    word = re.compile(r"\w+")
    dev: set[tuple[str, ...]] = set()
    for tokens, _ in read_germeval_tsv(data_dir / "germeval2014-dev.tsv"):
        dev |= _shingles(word.findall(" ".join(tokens)))

    def clean(text: str) -> bool:
        return not (_shingles(word.findall(text)) & dev)

    for tokens, _ in read_bioes(data_dir / "germeval2014-train.bioes"):
        text = " ".join(tokens)
        if clean(text):
            yield text
    shared = data_dir.parent
    files: list[Path] = []
    for name in PRETRAIN_PAGES:
        files += sorted(f for f in (shared / name).rglob("*")
                        if f.suffix.lower() in (".html", ".htm", ".gz"))
    files += sorted((shared.parent / "seeds").glob("*.txt"))
    for f in files:
        if f.suffix == ".txt":
            body = f.read_text(encoding="utf-8", errors="replace")
        else:
            try:
                art = parse_file(f)
            except ParseError:
                continue
            if not art.is_article:
                continue
            body = "\n".join(x for x in (art.title, art.text) if x)
        for para in body.split("\n"):
            para = " ".join(para.split())
            if len(para.split()) >= 5 and clean(para):
                yield para


def build_pretrain_text(data_dir: Path, out: Path) -> int:
    """Write :func:`pretrain_texts` (deduplicated) as JSONL ``{"text": ...}`` lines.

    The file is replaced atomically: a pretraining run that reads it meanwhile (each pass
    reopens it) sees the old or the new text, never a half-written file.
    """
    seen: set[str] = set()
    out.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for text in pretrain_texts(data_dir):
            if text not in seen:
                seen.add(text)
                words += len(text.split())
                fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print(f"pretraining text: {len(seen)} paragraphs, {words:,} words -> {out}")
    return words


def register_pretrain_reader() -> None:
    """Register ``newsarchive.PretrainTexts.v1``: JSONL texts run through word_features.

    spaCy's JsonlCorpus only tokenizes; the tok2vec also reads LEMMA and TAG, which the
    ``word_features`` component writes, so the pretraining docs must carry them too.
    """
    from spacy.training import Example
    from spacy.util import registry

    @registry.readers("newsarchive.PretrainTexts.v1")
    def create_reader(path: Path | None = None, min_length: int = 5, max_length: int = 500):
        def read(nlp) -> Iterator[Example]:
            if path is None:
                raise SystemExit("no pretraining text (paths.raw_text); use --pretrain")
            feats = [proc for name, proc in nlp.pipeline if name != "ner"]
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    doc = nlp.make_doc(json.loads(line)["text"])
                    if not min_length <= len(doc) < max_length:
                        continue
                    for proc in feats:
                        doc = proc(doc)
                    yield Example(doc, doc)
        return read


def ner_tok2vec(nlp):
    """The NER's own Tok2Vec layer.

    The parser model wraps it as ``chain(tok2vec, list2array, Linear)`` under the ref
    ``tok2vec``; spaCy's pretrain/init_tok2vec would address the whole chain, whose output
    is no list of per-token arrays, so both steps are done here on its first layer.
    """
    return nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]


def run_pretrain(config_path: Path, out: Path, raw_text: Path, overrides: dict,
                 resume: Path | None = None) -> None:
    """Pretrain the NER tok2vec per the config's ``[pretraining]`` block.

    Weights (averaged parameters) go to ``out/model<epoch>.bin`` after every pass.
    ``resume`` (a ``model<N>.bin``) continues from those weights with epoch N+1 and a
    fresh optimizer, up to ``max_epochs`` passes in all.
    """
    import time

    from spacy.schemas import ConfigSchemaPretrain
    from spacy.training.pretrain import make_update
    from spacy.util import fix_random_seed, load_config, load_model_from_config, registry
    from thinc.api import set_dropout_rate

    config = load_config(config_path, overrides={"paths.raw_text": str(raw_text),
                                                 **overrides}, interpolate=False)
    config = load_model_from_config(config, auto_fill=True).config.interpolate()
    fix_random_seed(config["training"]["seed"])
    nlp = load_model_from_config(config)
    P = registry.resolve(config["pretraining"], schema=ConfigSchemaPretrain)
    corpus = registry.resolve({"c": config["corpora"]["pretrain"]})["c"]
    tok2vec = ner_tok2vec(nlp)
    sample = [nlp.make_doc("Ein Satz, damit die Formen feststehen.")]
    tok2vec.initialize(X=sample)
    model = P["objective"](nlp.vocab, tok2vec)
    model.initialize(X=sample)  # (re)initialises the tok2vec too: load weights after it
    start = 0
    if resume is not None:
        tok2vec.from_bytes(resume.read_bytes())
        start = int(resume.stem.removeprefix("model")) + 1
        print(f"resuming from {resume} at epoch {start}")
    set_dropout_rate(model, P["dropout"])
    optimizer, objective = P["optimizer"], model.attrs["loss"]
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for epoch in range(start, P["max_epochs"]):
        words = 0
        total = 0.0
        for batch in P["batcher"](corpus(nlp)):
            docs = [eg.reference for eg in batch]
            total += make_update(model, docs, optimizer, objective)
            words += sum(len(d) for d in docs)
        with model.use_params(optimizer.averages):
            (out / f"model{epoch}.bin").write_bytes(tok2vec.to_bytes())
        print(f"epoch {epoch}: {words:,} words, loss {total:,.0f}, "
              f"{time.time() - t0:,.0f} s", flush=True)


def init_and_train(config_path: Path, out: Path, overrides: dict,
                   init_tok2vec: Path | None) -> None:
    """``spacy train`` with optional pretrained weights for the NER tok2vec."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp
    from spacy.util import load_config

    config = load_config(config_path, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    if init_tok2vec is not None:
        if not init_tok2vec.is_file():
            raise SystemExit(f"{init_tok2vec}: pretrained tok2vec weights not found "
                             "(create them with --pretrain)")
        ner_tok2vec(nlp).from_bytes(init_tok2vec.read_bytes())
        print(f"loaded pretrained tok2vec weights from {init_tok2vec}")
    out.mkdir(parents=True, exist_ok=True)
    train_nlp(nlp, out, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)


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
    ap.add_argument("--pretrain", action="store_true",
                    help="pretrain the tok2vec on raw text into training/runs/RUN_NAME "
                         "(config needs a [pretraining] section, e.g. ner_pretrained.cfg)")
    ap.add_argument("--pretrain-epochs", type=int, default=None,
                    help="with --pretrain: number of passes over the raw text")
    ap.add_argument("--pretrain-resume", type=Path, default=None, metavar="MODEL_N_BIN",
                    help="with --pretrain: continue from these weights (model<N>.bin)")
    ap.add_argument("--learn-rate", type=float, default=0.0002)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0, help="seed of --finetune")
    args = ap.parse_args(argv)

    if args.ship is not None:
        ship(args.ship)
        return

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))
    import newsarchive.entities.gazetteer  # noqa: F401  (registers the pipeline component)

    register_pretrain_reader()
    if args.pretrain:
        raw_text = RUNS / "pretrain_text.jsonl"
        build_pretrain_text(args.data, raw_text)
        overrides = parse_overrides(args.set)
        if args.pretrain_epochs is not None:
            overrides["pretraining.max_epochs"] = args.pretrain_epochs
        run_pretrain(args.config, RUNS / args.run_name, raw_text, overrides,
                     args.pretrain_resume)
        return
    corpus_dir = RUNS / "corpus"
    train_path, dev_path = convert(args.data, corpus_dir)
    out = RUNS / args.run_name
    if args.finetune is not None:
        finetune(args.finetune, out, train_path, dev_path, learn_rate=args.learn_rate,
                 epochs=args.epochs, seed=args.seed)
        if not args.no_ship:
            ship(out / "model-best")
        return
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    overrides.update(parse_overrides(args.set))
    init_and_train(args.config, out, overrides, args.init_tok2vec)
    if not args.no_ship:
        ship(out / "model-best")


if __name__ == "__main__":
    main()
