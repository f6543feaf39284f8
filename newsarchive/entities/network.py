"""The NER model's token encoder, computed in numpy without thinc's layer calls.

The shipped model encodes tokens with spaCy's ``Tok2Vec.v2``: ``MultiHashEmbed.v2`` (hash
embeddings of six token attributes, concatenated and mixed by Maxout + LayerNorm), then
``MaxoutWindowEncoder.v2`` (residual blocks of window → Maxout → LayerNorm), then the NER's
``Linear`` projection. Through thinc, prediction spent more time in per-layer bookkeeping,
numpy's reductions over the tiny maxout axis and the mixing layer's matrix product than in
the encoder's own products. :class:`TokenEncoder` computes the same function on the same
weights:

- the mixing product is folded into the embedding tables once at load (each table times its
  slice of the mixing weights), so a token's mixed vector is a sum of precomputed rows;
- maxout weights are stored piece-major, so maxout is an elementwise maximum of contiguous
  slices instead of a reduction over an axis of length 2 or 3;
- the residual blocks run on one array holding all documents, separated by thinc's padding
  rows.

The blocks and the projection repeat thinc's arithmetic exactly; folding the tables changes
the order of additions in the first layer, so the vectors agree with thinc's to about 1e-5
(``tests/test_entities_network.py``).
"""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps

_OPS = NumpyOps(use_blis=False)
#: LayerNorm's variance floor, as in thinc.
_EPS = 1e-08


class UnsupportedModel(ValueError):
    """The tok2vec is not the architecture :class:`TokenEncoder` knows."""


def _child(model, index: int, name: str):
    layers = model.layers
    if index >= len(layers) or not layers[index].name.startswith(name):
        raise UnsupportedModel(f"expected {name!r} at position {index} of {model.name!r}")
    return layers[index]


def piece_major(a: numpy.ndarray, n_o: int, n_p: int) -> numpy.ndarray:
    """``a`` with its first axis, thinc's (output, piece) order, reordered to (piece, output).

    numpy reduces a short last axis slowly; with the pieces in blocks of their own, maxout is
    an elementwise maximum of ``n_p`` contiguous slices (:func:`maxout`).
    """
    rest = a.shape[1:]
    return numpy.ascontiguousarray(
        a.reshape((n_o, n_p, *rest)).swapaxes(0, 1).reshape((n_o * n_p, *rest)))


def maxout(y: numpy.ndarray, n_o: int, n_p: int) -> numpy.ndarray:
    """Maximum over the pieces of ``y`` (rows of ``n_p`` blocks of ``n_o``, piece-major); a
    new array."""
    if n_p == 1:
        return y[..., :n_o].copy()
    best = numpy.maximum(y[..., :n_o], y[..., n_o:2 * n_o])
    for p in range(2, n_p):
        numpy.maximum(best, y[..., p * n_o:(p + 1) * n_o], out=best)
    return best


def _maxout_ln(block) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray,
                               int, int]:
    """Weights (nO*nP, nI) and bias (piece-major), LayerNorm gain and bias, nO, nP of a
    maxout>>layernorm>>… block."""
    inner = _child(block, 0, "maxout>>layernorm")
    layer, norm = _child(inner, 0, "maxout"), _child(inner, 1, "layernorm")
    n_o, n_p, n_i = (layer.get_dim(d) for d in ("nO", "nP", "nI"))
    w = piece_major(layer.get_param("W").reshape((n_o * n_p, n_i)), n_o, n_p)
    b = piece_major(layer.get_param("b").reshape(n_o * n_p), n_o, n_p)
    return w, b, norm.get_param("G"), norm.get_param("b"), n_o, n_p


def _maxout_norm(y: numpy.ndarray, n_o: int, n_p: int, gain: numpy.ndarray,
                 bias: numpy.ndarray) -> numpy.ndarray:
    """Maxout over pieces, then LayerNorm (thinc's order of operations)."""
    best = maxout(y, n_o, n_p)
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True) + _EPS
    best -= mu
    best *= var ** (-1.0 / 2.0)
    best *= gain
    best += bias
    return best


class TokenEncoder:
    """Token vectors of spaCy's ``Tok2Vec.v2`` + ``Linear`` (the NER model's ``tok2vec``)."""

    def __init__(self, tok2vec) -> None:
        core = _child(tok2vec, 0, "extract_features")
        _child(tok2vec, 1, "list2array")
        linear = _child(tok2vec, 2, "linear")
        embed, encode = _child(core, 0, "extract_features"), _child(core, 1, "with_array")
        extract = _child(embed, 0, "extract_features")
        concat = _child(_child(embed, 2, "with_array"), 0, "ints-getitem")
        self.columns = list(extract.attrs["columns"])
        w, self.mix_b, self.mix_g, self.mix_nb, self.n_o, self.n_p = _maxout_ln(
            _child(_child(embed, 3, "with_array"), 0, "maxout"))
        tables, self.seeds, self.sizes, self.offsets = [], [], [], []
        start = offset = 0
        for i, part in enumerate(concat.layers):
            if part.attrs.get("column") != i:
                raise UnsupportedModel("embedding columns out of order")
            hashed = _child(part, 1, "hashembed")
            table = hashed.get_param("E").astype(numpy.float64)
            width = table.shape[1]
            tables.append(table @ w[:, start:start + width].T.astype(numpy.float64))
            self.seeds.append(int(hashed.attrs["seed"]))
            self.sizes.append(table.shape[0])
            self.offsets.append(offset)
            start += width
            offset += table.shape[0]
        if start != w.shape[1] or len(self.columns) != len(tables):
            raise UnsupportedModel("embeddings do not fill the mixing layer's input")
        #: every table already multiplied by its slice of the mixing weights
        self.table = numpy.ascontiguousarray(numpy.concatenate(tables), dtype=numpy.float32)
        self.pad = int(encode.attrs.get("pad", 0))
        self.blocks = []
        for res in _child(encode, 0, "residual").layers:
            if not res.name.startswith("residual"):
                raise UnsupportedModel(f"unexpected encoder block {res.name!r}")
            inner = _child(res, 0, "expand_window")
            window = _child(inner, 0, "expand_window").attrs["window_size"]
            bw, bb, bg, bnb, n_o, n_p = _maxout_ln(_child(inner, 1, "maxout"))
            self.blocks.append((window, numpy.ascontiguousarray(bw.T), bb, bg, bnb, n_o, n_p))
        self.out_w = numpy.ascontiguousarray(linear.get_param("W").T)
        self.out_b = linear.get_param("b")

    def embed(self, docs: list) -> numpy.ndarray:
        """Mixed and normalised embeddings of all tokens of ``docs``, one row per token."""
        ids = numpy.concatenate([d.to_array(self.columns) for d in docs]).astype(numpy.uint64)
        keys = numpy.empty((len(ids), 4 * len(self.seeds)), dtype=numpy.uint32)
        for i, (seed, size, offset) in enumerate(zip(self.seeds, self.sizes, self.offsets,
                                                     strict=True)):
            column = numpy.ascontiguousarray(ids[:, i])
            keys[:, 4 * i:4 * i + 4] = _OPS.hash(column, seed) % size + offset
        mixed = _OPS.gather_add(self.table, keys)
        mixed += self.mix_b
        return _maxout_norm(mixed, self.n_o, self.n_p, self.mix_g, self.mix_nb)

    def __call__(self, docs: list) -> numpy.ndarray:
        """Vectors of all tokens of ``docs`` (concatenated in order; empty docs add none)."""
        docs = [d for d in docs if len(d)]
        if not docs:
            return numpy.zeros((0, self.out_w.shape[1]), dtype=numpy.float32)
        lengths = numpy.array([len(d) for d in docs], dtype="i")
        # thinc's padding: ``pad`` zero rows before each document and after the last
        x = _OPS.flatten(numpy.split(self.embed(docs), numpy.cumsum(lengths)[:-1]),
                         pad=self.pad)
        for window, w, b, gain, bias, n_o, n_p in self.blocks:
            y = _OPS.seq2col(x, window) @ w
            y += b
            x = x + _maxout_norm(y, n_o, n_p, gain, bias)
        out = numpy.concatenate(_OPS.unflatten(x, lengths, pad=self.pad)) @ self.out_w
        out += self.out_b
        return out
