"""Greedy decoding of the shipped NER model, vectorised over the tokens outside entities.

spaCy's transition-based NER takes one step per token: it gathers the state's features (the
next token; while an entity is open, also its first token and the previous token), scores the
14 actions (``B/I/L/U`` per label, ``O``), checks each action's validity and applies the best
valid one. On news articles that loop took over 40 % of the model's time.

Outside an entity the two entity features are the model's padding vectors, so the state's
scores depend on the token alone: :class:`GreedyNER` computes them for every token in one
matrix product and picks the best valid action per token at once. Only the tokens after a
``B`` action need a step of their own, and there the choice is between ``I`` and ``L`` of the
open label. The arithmetic follows spaCy's (same weights, same order of additions, same
validity rules for documents without preset entities). The token vectors come from
:class:`~newsarchive.entities.network.TokenEncoder`, which agrees with thinc to about 1e-5;
the entities equal those of spaCy's own greedy parse (``tests/test_entities_decode.py``; also
on all 327 dev pages and the 2,200 GermEval dev sentences).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from newsarchive.entities.network import TokenEncoder, UnsupportedModel, maxout, piece_major

#: Documents scored together (the tok2vec's matrices stay in cache for small batches).
BATCH_SIZE = 8


class GreedyNER:
    """Prediction-only stand-in for a loaded spaCy ``EntityRecognizer`` (same weights)."""

    def __init__(self) -> None:
        self.ner = None

    def bind(self, ner) -> GreedyNER:
        """Take the weights and the action table of the spaCy component ``ner``."""
        tok2vec, lower, upper = ner.model.layers
        if ner.cfg.get("beam_width", 1) != 1 or not ner.model.attrs["has_upper"]:
            raise ValueError("GreedyNER decodes greedy models with an upper layer only")
        if lower.get_dim("nF") != 3:
            raise ValueError("GreedyNER needs the NER state features (nF=3)")
        self.ner = ner
        n_f, n_o, n_p = lower.get_dim("nF"), lower.get_dim("nO"), lower.get_dim("nP")
        self.n_o, self.n_p = n_o, n_p
        try:
            self.encode = TokenEncoder(tok2vec)
        except UnsupportedModel:  # another tok2vec architecture: thinc computes it
            self.encode = tok2vec.predict
        # the hidden layer's pieces piece-major (network.maxout), per state feature
        weights = lower.get_param("W").reshape((n_f, n_o, n_p, -1)).swapaxes(1, 2)
        self.lower_w = weights.reshape((n_f * n_o * n_p, -1)).T.copy()
        self.lower_b = piece_major(lower.get_param("b").reshape(n_o * n_p), n_o, n_p)
        self.pad = lower.get_param("pad").reshape((n_f, n_o, n_p)).swapaxes(1, 2).reshape(
            (n_f, n_o * n_p))
        self.upper_w = upper.get_param("W").T.copy()  # (hidden, actions)
        self.upper_b = upper.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        unseen = ner.model.attrs.get("unseen_classes", set())
        labels = sorted({n[2:] for n in names if n[:2] in ("B-", "U-") and len(n) > 2})
        self.labels = labels
        strings = ner.vocab.strings
        self.label_ids = [strings.add(lab) for lab in labels]
        col = {n: i for i, n in enumerate(names)}
        self.out = col["O"]
        self.begin = numpy.array([col[f"B-{lab}"] for lab in labels])
        self.unit = numpy.array([col[f"U-{lab}"] for lab in labels])
        #: closed-state action column -> ("B" or "U", label index)
        self.action = {col[f"{kind}-{lab}"]: (kind, k)
                       for k, lab in enumerate(labels) for kind in ("B", "U")}
        self.inside = [col[f"I-{lab}"] for lab in labels]
        self.last = [col[f"L-{lab}"] for lab in labels]
        # actions never valid outside an entity in a document without preset entities
        closed_never = [i for i, n in enumerate(names)
                        if n[:2] in ("I-", "L-") or n in ("U-", "B-")]
        self.closed_never = numpy.array(closed_never, dtype=numpy.intp)
        self.unseen = numpy.array(sorted(unseen), dtype=numpy.intp)
        return self

    @property
    def model(self):
        """The spaCy component's model (its weights are the ones decoded here)."""
        return self.ner.model

    # -- spaCy pipeline protocol ----------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.annotate(batch)
            yield from batch

    # -- decoding -------------------------------------------------------------------------
    def annotate(self, docs: list[Doc]) -> None:
        """Set ``doc.ents`` of every document in ``docs``."""
        for doc, spans in zip(docs, self.predict(docs), strict=True):
            ents = [Span(doc, s, e, label=self.label_ids[k]) for s, e, k in spans]
            doc.set_ents(ents, default="outside")

    def predict(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """``(start, end, label index)`` spans per document."""
        sized = [d for d in docs if len(d)]
        if not sized:
            return [[] for _ in docs]
        tokvecs = self.encode(sized)
        feats = (tokvecs @ self.lower_w).reshape((len(tokvecs), 3, -1))
        # the state outside an entity: token feature, two padding vectors, bias (spaCy's order)
        closed = feats[:, 0] + self.pad[1]
        closed += self.pad[2]
        closed += self.lower_b
        scores = self._scores(closed)
        scores[:, self.closed_never] = -numpy.inf
        out: list[list[tuple[int, int, int]]] = []
        offset = 0
        for doc in docs:
            n = len(doc)
            if not n:
                out.append([])
                continue
            out.append(self._decode_doc(doc, feats[offset:offset + n],
                                        scores[offset:offset + n]))
            offset += n
        return out

    def _scores(self, unmaxed: numpy.ndarray) -> numpy.ndarray:
        hidden = maxout(unmaxed, self.n_o, self.n_p)
        scores = hidden @ self.upper_w
        scores += self.upper_b
        if len(self.unseen):
            scores[:, self.unseen] = -numpy.inf
        return scores

    def _decode_doc(self, doc: Doc, feats: numpy.ndarray, scores: numpy.ndarray
                    ) -> list[tuple[int, int, int]]:
        n = len(doc)
        flags = doc.to_array([IS_SPACE, SENT_START])
        space = flags[:, 0].astype(bool)
        # B needs a next token that does not start a sentence; B and U need a non-space token
        begin_ok = ~space
        begin_ok[-1] = False
        next_starts = numpy.zeros(n, dtype=bool)
        next_starts[:-1] = flags[1:, 1] == 1
        begin_ok &= ~next_starts
        scores[numpy.ix_(~begin_ok, self.begin)] = -numpy.inf
        scores[numpy.ix_(space, self.unit)] = -numpy.inf
        choice = scores.argmax(axis=1)
        spans: list[tuple[int, int, int]] = []
        t = 0
        for s in numpy.flatnonzero(choice != self.out).tolist():
            if s < t:
                continue  # inside the entity decoded last
            kind, k = self.action[int(choice[s])]
            t = s + 1 if kind == "U" else self._close(feats, s, k, n, next_starts)
            spans.append((s, t, k))
        return spans

    def _close(self, feats: numpy.ndarray, start: int, k: int, n: int,
               next_starts: numpy.ndarray) -> int:
        """End (exclusive) of the entity of label ``k`` opened at ``start``."""
        cols = [self.inside[k], self.last[k]]
        w, b = self.upper_w[:, cols], self.upper_b[cols]
        first = feats[start, 1]
        t = start + 1
        while True:
            # I needs a following token that does not start a sentence; L is always valid
            if t >= n - 1 or next_starts[t]:
                return t + 1
            unmaxed = feats[t, 0] + first
            unmaxed += feats[t - 1, 2]
            unmaxed += self.lower_b
            hidden = maxout(unmaxed, self.n_o, self.n_p)
            s_in, s_last = hidden @ w + b
            if len(self.unseen):
                if cols[0] in self.unseen:
                    return t + 1
                if cols[1] in self.unseen:
                    s_last = -numpy.inf
            if s_last > s_in:  # spaCy takes the first best action, and I comes before L
                return t + 1
            t += 1


@Language.factory("newsarchive_greedy_ner")
def make_greedy_ner(nlp: Language, name: str) -> GreedyNER:
    return GreedyNER()


def use_greedy_ner(nlp: Language, name: str = "ner") -> GreedyNER:
    """Replace the pipeline's spaCy NER ``name`` by a :class:`GreedyNER` on its weights."""
    ner = nlp.get_pipe(name)
    fast = nlp.replace_pipe(name, "newsarchive_greedy_ner")
    return fast.bind(ner)
