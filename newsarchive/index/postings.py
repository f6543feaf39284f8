"""Whole posting lists and per-document field lengths as numpy arrays.

Whoosh's matchers hand out one posting per Python call; for counting, facets and ranking a
large result set it is much cheaper to read a term's posting blocks whole. This module reads
whoosh 3 posting blocks (``W3LeafMatcher``) block by block, handles segments with deleted
documents and multi-segment readers, and falls back to plain matcher iteration for anything
else (inlined single postings, other codecs), so the arrays always equal what the matcher
would yield.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

EMPTY_IDS = np.zeros(0, dtype=np.int64)
EMPTY_WEIGHTS = np.zeros(0, dtype=np.float64)


def _iterate(m, values: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    ids: list[int] = []
    weights: list[float] = []
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        if values is not None:
            values.append(m.value())
        m.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)


def _blocks(m: W3LeafMatcher, values: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Every posting of a fresh leaf matcher, read a block at a time (with ``values``: their
    encoded values appended to it, one per posting)."""
    if getattr(m, "_byteids", False):
        return _iterate(m, values)
    id_parts: list[np.ndarray] = []
    w_parts: list[np.ndarray] = []
    while not m._atend:
        if m._data is None:
            m._read_data()
        n = m._blocklength
        ids, weights = m._data[0], m._data[1]
        if values is not None:
            block_values = m._data[2]
            if not isinstance(block_values, tuple) or len(block_values) != n:
                raise ValueError("postings without one value each")
            values.extend(block_values)
        id_parts.append(np.cumsum(np.asarray(ids, dtype=np.int64)))
        if weights is None:
            w_parts.append(np.ones(n, dtype=np.float64))
        elif isinstance(weights, float):
            w_parts.append(np.full(n, weights, dtype=np.float64))
        else:  # array("f"): the float32 values the matcher returns
            w_parts.append(np.asarray(weights, dtype=np.float32).astype(np.float64))
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    if not id_parts:
        return EMPTY_IDS, EMPTY_WEIGHTS
    return np.concatenate(id_parts), np.concatenate(w_parts)


def _segment_matcher(segreader, fieldname: str, text):
    """``(matcher, deleted docnums)`` of a term in one segment, the matcher not wrapped in
    the filter that hides deleted documents; ``(None, None)`` if the term is absent."""
    try:
        m = segreader.postings(fieldname, text)
    except TermNotFound:
        return None, None
    if isinstance(m, FilterMatcher) and m._exclude:
        deleted = m._ids
        m = m.child
        m.reset()
        return m, deleted
    return m, None


def _leaf(segreader, fieldname: str, text, values: list | None = None
          ) -> tuple[np.ndarray, np.ndarray]:
    m, deleted = _segment_matcher(segreader, fieldname, text)
    if m is None:
        return EMPTY_IDS, EMPTY_WEIGHTS
    got: list | None = None if values is None else []
    ids, weights = _blocks(m, got) if type(m) is W3LeafMatcher else _iterate(m, got)
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
        ids, weights = ids[keep], weights[keep]
        if got is not None:
            got = [v for v, k in zip(got, keep.tolist(), strict=True) if k]
    if got is not None:
        values.extend(got)
    return ids, weights


def term_postings(reader, fieldname: str, text, values: list | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """``(docnums, weights)`` of a term over all segments, docnums sorted and global. With
    ``values``, the postings' encoded values (positions) are appended to it in the same
    order; raises ``ValueError`` if the field's blocks do not hold one value per posting."""
    ids_parts, w_parts = [], []
    for seg, offset in reader.leaf_readers():
        ids, weights = _leaf(seg, fieldname, text, values)
        if len(ids):
            ids_parts.append(ids + offset)
            w_parts.append(weights)
    if not ids_parts:
        return EMPTY_IDS, EMPTY_WEIGHTS
    if len(ids_parts) == 1:
        return ids_parts[0], w_parts[0]
    return np.concatenate(ids_parts), np.concatenate(w_parts)


def _positions(segreader, fieldname: str, text, local: np.ndarray) -> dict[int, list[int]]:
    """Positions of a term in the given sorted segment docnums (those that have it)."""
    m, _deleted = _segment_matcher(segreader, fieldname, text)  # ``local`` are live docs
    if m is None:
        return {}
    out: dict[int, list[int]] = {}
    if type(m) is not W3LeafMatcher or getattr(m, "_byteids", False):
        for d in local.tolist():
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = list(m.value_as("positions"))
        return out
    decode = m.format.decode_positions
    i, n = 0, len(local)
    while not m._atend and i < n:
        if local[i] <= m._maxid:  # this block may hold wanted documents
            if m._data is None:
                m._read_data()
            ids = np.cumsum(np.asarray(m._data[0], dtype=np.int64))
            j = int(np.searchsorted(local, m._maxid, side="right"))
            want = local[i:j]
            at = np.searchsorted(ids, want)
            values = m._data[2]
            for d, k in zip(want.tolist(), at.tolist(), strict=True):
                if k < len(ids) and ids[k] == d:
                    out[d] = decode(values[k])
            i = j
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    return out


def _in_order(positions: Iterable[list[int] | None]) -> bool:
    """Whether the words whose positions come one list per word (taken lazily) stand one
    right after the other somewhere."""
    starts: set[int] | None = None
    for k, ps in enumerate(positions):
        if not ps:
            return False
        shifted = {p - k for p in ps}
        starts = shifted if starts is None else starts & shifted
        if not starts:
            return False
    return bool(starts)


def phrase_docs(reader, fieldname: str, words: list, docnums: np.ndarray) -> np.ndarray:
    """Of ``docnums`` (sorted global docnums), those where ``words`` stand one right after the
    other (Whoosh's ``Phrase`` with slop 1)."""
    keep: list[int] = []
    for seg, offset in reader.leaf_readers():
        n = seg.doc_count_all()
        local = docnums[(docnums >= offset) & (docnums < offset + n)] - offset
        if not len(local):
            continue
        by_word: dict = {}
        for w in words:
            if w not in by_word:
                by_word[w] = _positions(seg, fieldname, w, local)
        for d in local.tolist():
            if _in_order(by_word[w].get(d) for w in words):
                keep.append(d + offset)
    return np.array(keep, dtype=np.int64)


def phrase_docs_from(words: list, postings: dict, docnums: np.ndarray, decode
                     ) -> np.ndarray:
    """Like :func:`phrase_docs`, from postings already read: ``postings[word]`` is
    ``(sorted docnums, encoded values)`` and ``docnums`` are documents holding every word."""
    at = {w: np.searchsorted(postings[w][0], docnums).tolist() for w in set(words)}
    keep = [d for i, d in enumerate(docnums.tolist())
            if _in_order(decode(postings[w][1][at[w][i]]) for w in words)]
    return np.array(keep, dtype=np.int64)


@cache
def _length_table() -> np.ndarray:
    table = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
    table[0] = np.nan  # no length stored: the document has no terms in the field
    return table


def _numeric_column(col) -> np.ndarray | None:
    """A whoosh ``NumericColumn`` reader read whole (None if it is another kind)."""
    try:
        typecode, count, size = col._typecode, col._count, col._fixedlen
        raw = col._dbfile.get(col._basepos, count * size)
    except AttributeError:
        return None
    values = np.frombuffer(raw, dtype=np.dtype(typecode).newbyteorder(">"))
    n = col._doccount
    if count < n:
        values = np.concatenate([values, np.full(n - count, col._default, dtype=values.dtype)])
    return values[:n]


def field_lengths(reader, fieldname: str) -> np.ndarray:
    """Per global docnum, the field length Whoosh's scorer uses (NaN where none is stored)."""
    parts = []
    for seg, _offset in reader.leaf_readers():
        n = seg.doc_count_all()
        codes = None
        perdoc = getattr(seg, "_perdoc", None)
        if perdoc is not None and hasattr(perdoc, "_cached_reader"):
            from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

            col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            codes = np.zeros(n, dtype=np.uint8) if col is None else _numeric_column(col)
        if codes is not None:
            parts.append(_length_table()[codes.astype(np.int64)])
        else:
            parts.append(np.array([seg.doc_field_length(d, fieldname, 0) or np.nan
                                   for d in range(n)], dtype=np.float64))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)


def numeric_column(reader, fieldname: str, missing: int) -> np.ndarray:
    """A sortable numeric field's column per global docnum (``missing`` where unset)."""
    parts = []
    for seg, _offset in reader.leaf_readers():
        n = seg.doc_count_all()
        values = None
        if fieldname in seg.schema and seg.has_column(fieldname):
            col = seg.column_reader(fieldname, translate=False)
            values = _numeric_column(col)
            if values is None:
                values = np.fromiter((col[i] for i in range(n)), dtype=np.uint64, count=n)
        parts.append(np.full(n, missing, dtype=np.uint64) if values is None
                     else values.astype(np.uint64))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
