"""Duplicate detection: exact (content hash) and near (MinHash over word shingles, LSH bands)."""

from __future__ import annotations

import re
import sqlite3
import struct

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
THRESHOLD = 0.8
MIN_WORDS = 20  # shorter texts are only checked for exact duplicates

_WORD = re.compile(r"\w+", re.UNICODE)
_PERMS = MinHash(num_perm=NUM_PERM, seed=1).permutations  # shared, deterministic


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return []
    return [" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


def signature(text: str) -> bytes | None:
    """MinHash signature (NUM_PERM uint32 values) of ``text``, or None if too short."""
    sh = shingles(text)
    if not sh:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMS, scheme="affine32")
    mh.update_batch(sh)
    return mh.hashvalues.astype(np.uint32).tobytes()


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """(band, 63-bit key) for each LSH band of a signature."""
    vals = np.frombuffer(sig, dtype=np.uint32)
    out = []
    for b in range(BANDS):
        chunk = vals[b * ROWS:(b + 1) * ROWS].tobytes()
        key = struct.unpack("<q", _fold(chunk))[0]
        out.append((b, key))
    return out


def _fold(chunk: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(chunk, digest_size=8).digest()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va = np.frombuffer(a, dtype=np.uint32)
    vb = np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(va == vb)) / len(va)


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of the word-shingle sets of two texts."""
    sa, sb = set(shingles(a)), set(shingles(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def find_near(db: sqlite3.Connection, sig: bytes, text: str, exclude: str | None = None
              ) -> tuple[str, float] | None:
    """Best stored article whose text has Jaccard ≥ THRESHOLD with ``text``.

    LSH bands over the MinHash signatures give the candidates; each candidate is then
    checked exactly against its stored text.
    """
    import json

    from newsarchive.record import Article

    cands: set[str] = set()
    for band, key in band_keys(sig):
        for (aid,) in db.execute("SELECT article_id FROM lsh WHERE band=? AND key=?",
                                 (band, key)):
            cands.add(aid)
    cands.discard(exclude or "")
    best: tuple[str, float] | None = None
    for aid in sorted(cands):
        row = db.execute("SELECT sig, record FROM minhash JOIN articles ON id = article_id "
                         "WHERE article_id=?", (aid,)).fetchone()
        if row is None or similarity(sig, row[0]) < THRESHOLD - 0.25:
            continue
        sim = jaccard(text, Article.from_dict(json.loads(row[1])).text)
        if sim >= THRESHOLD and (best is None or sim > best[1]):
            best = (aid, round(sim, 3))
    return best


def store_signature(db: sqlite3.Connection, article_id: str, sig: bytes | None) -> None:
    db.execute("DELETE FROM lsh WHERE article_id=?", (article_id,))
    db.execute("DELETE FROM minhash WHERE article_id=?", (article_id,))
    if sig is None:
        return
    db.execute("INSERT INTO minhash(article_id, sig) VALUES (?, ?)", (article_id, sig))
    db.executemany("INSERT INTO lsh(band, key, article_id) VALUES (?, ?, ?)",
                   [(b, k, article_id) for b, k in band_keys(sig)])
