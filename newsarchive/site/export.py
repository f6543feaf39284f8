"""Export of the Whoosh index as sharded script files for the in-browser search.

Everything the browser needs to reproduce ``newsarchive search`` is read from the Whoosh index
itself (terms, postings, term frequencies, field lengths, document counts, stored fields), so
tokens, folding, stems and compound parts are the index's own. Each file is a small script
that calls the global ``NewsSearchShard(key, data)`` with a JSON ``data``; the page fetches
them over http(s) and parses the JSON part, and loads them with dynamic ``<script>`` tags from
``file://`` (where fetch/XHR do not work).

Layout under ``OUT/suche/_index/``:

* ``manifest.js`` — counts, BM25F parameters, per field the average length and the table of
  field lengths, the boundary key of every term shard, the day table (documents are numbered
  in the contract's tie-break order: newest first, then id — so a date range is a range of
  document numbers and equal rounded scores fall back to the document number) and the groups
  of equal publication times;
* ``t/<n>.js`` — a range of sorted term keys (``content`` terms bare, the other scored fields
  as ``field:term``) with their postings (document number gaps, term frequency, field-length
  code); search.js computes each weight with Whoosh's own BM25F expression from these numbers,
  so a query scores exactly as ``newsarchive search`` does;
* ``d/<docnum>.js`` — what a hit shows: title, page link, date, source, text for the snippet
  and the compound parts the index holds for its words (for highlighting);
* ``m/<n>.js`` — per document the ids of its persons, places and organisations (facets);
* ``e/<n>.js`` — entity names by id; ``n/<n>.js`` — name filters (``person=Scholz``): hashed
  keys (every run of words of a canonical name) → document numbers.

Numbers are written as self-delimiting base-32 varints over a 64-letter alphabet
(:func:`varint`), decoded by ``static/search.js``.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import scoring

from newsarchive.analysis import analyze, tokens_with_offsets
from newsarchive.index.postings import term_postings
from newsarchive.index.schema import name_analyzer

INDEX_DIR = "suche/_index"
FIELD = "content"
#: Scored fields exported; terms of fields other than ``content`` are keyed ``field:term``.
FIELDS = ("content", "title", "author", "person", "place", "org", "quelle")
#: Target size of a term shard (bytes of postings) and its maximum number of terms.
SHARD_BYTES = 12_000
SHARD_TERMS = 400
META_CHUNK = 64
#: Most entity-metadata files (``m/``) one result list loads for its facet counts; beyond
#: that the browser estimates the counts from the best-ranked hits (see search.js).
FACET_CHUNKS = 48
ENTITY_CHUNK = 256
NAME_KEYS_PER_SHARD = 150
#: Characters of article text kept for the snippet of a hit.
SNIPPET_SOURCE_CHARS = 1500
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ENTITY_TYPES = (("persons", "P"), ("places", "L"), ("orgs", "O"))
MISSING = 1 << 63


class SearchExportError(RuntimeError):
    """The archive has no index to export (the message says what to run)."""


def varint(n: int) -> str:
    """``n >= 0`` as base-32 digits, most significant first; all but the last are marked."""
    if n < 0:
        raise ValueError(f"varint of negative number {n}")
    digits = [ALPHABET[n & 31]]
    n >>= 5
    while n:
        digits.append(ALPHABET[32 + (n & 31)])
        n >>= 5
    return "".join(reversed(digits))


def varints(values: Iterable[int]) -> str:
    return "".join(varint(v) for v in values)


_ALPHABET_CODES = np.frombuffer(ALPHABET.encode("ascii"), dtype=np.uint8)


def varints_array(values: np.ndarray) -> str:
    """:func:`varints` of a non-negative integer array, computed on the whole array."""
    v = np.asarray(values, dtype=np.int64)
    if not len(v):
        return ""
    if v.min() < 0:
        raise ValueError("varint of a negative number")
    ndig = np.ones(len(v), dtype=np.int64)
    rest = v >> 5
    while rest.any():
        ndig += rest > 0
        rest >>= 5
    ends = np.cumsum(ndig)  # one past each value's last (least significant) digit
    out = np.empty(int(ends[-1]), dtype=np.uint8)
    for d in range(int(ndig.max())):
        has = ndig > d
        digit = (v[has] >> (5 * d)) & 31
        out[ends[has] - 1 - d] = _ALPHABET_CODES[digit + (32 if d else 0)]
    return out.tobytes().decode("ascii")


def gaps(sorted_values: Iterable[int]) -> list[int]:
    out, prev = [], 0
    for v in sorted_values:
        out.append(v - prev)
        prev = v
    return out


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over code points (``search.js`` computes the same)."""
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def term_key(field: str, term: str) -> str:
    """The key of a term in the shards: bare for ``content``, else ``field:term``."""
    return term if field == FIELD else f"{field}:{term}"


def separator(prev_last: str, first: str) -> str:
    """Shortest prefix of ``first`` that sorts after ``prev_last`` (a shard's boundary)."""
    for k in range(1, len(first) + 1):
        if first[:k] > prev_last:
            return first[:k]
    return first


def name_tokens(name: str) -> list[str]:
    """Tokens of a name as the index's name fields see them."""
    return [t.text for t in name_analyzer()(name)]


def _script(key: str, data: Any) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</" and U+2028/9 are harmless in a .js file but escape them anyway (defence in depth).
    body = body.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"NewsSearchShard({json.dumps(key)},{body});\n"


def _day_ordinal(ticks: int) -> int:
    """Whoosh's sortable DATETIME value → proleptic day number of the wall-clock date."""
    from whoosh.util.times import long_to_datetime

    return long_to_datetime(ticks).date().toordinal()


class _Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: list[str] = []
        self.bytes = 0

    def write(self, rel: str, key: str, data: Any) -> None:
        text = _script(key, data)
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        self.files.append(f"{INDEX_DIR}/{rel}")
        self.bytes += len(text.encode("utf-8"))


def _documents(reader) -> list[int]:
    """Live Whoosh docnums in contract order (published desc, missing last, id asc)."""
    pub_col = reader.column_reader("published", translate=False)
    id_col = reader.column_reader("id")
    live = [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)]

    def key(d: int) -> tuple[int, int, str]:
        p = pub_col[d]
        return (1, 0, id_col[d]) if p >= MISSING else (0, -p, id_col[d])

    live.sort(key=key)
    return live


def export_search_index(archive, out_dir: str | os.PathLike[str],
                        article_paths: dict[str, str] | None = None) -> dict[str, Any]:
    """Write the browser search index for ``archive`` under ``OUT/suche/_index/``.

    Returns stats: ``files`` (paths relative to ``out_dir``), ``scripts`` (what a page must
    load before ``static/search.js``: none, search.js loads the manifest itself), ``docs``,
    ``terms``, ``shards``, ``bytes``.
    """
    ix_dir = archive.index_dir()
    if ix_dir is None:
        raise SearchExportError(f"{archive.path}: the archive has no search index "
                                "(run `newsarchive reindex`)")
    out = Path(out_dir)
    final = out / INDEX_DIR
    tmp = out / (INDEX_DIR + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    w = _Writer(tmp)
    ix = archive.open_index()
    try:
        with ix.searcher(weighting=scoring.BM25F()) as searcher:
            stats = _export(archive, searcher, w, article_paths or {})
    finally:
        ix.close()
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    stats["files"] = list(w.files)
    stats["scripts"] = []
    stats["bytes"] = w.bytes
    return stats


def _encode_postings(ids: np.ndarray, weights: np.ndarray, num_of: np.ndarray,
                     codes: np.ndarray) -> tuple[str, int]:
    """A term's postings as (number gap, term frequency, length code) varints, in exported
    document order; returns the text and the number of postings."""
    dn = num_of[ids]
    keep = dn >= 0
    if len(ids) <= 64:  # short lists: plain Python is cheaper than array set-up
        rows = sorted((n, int(t), c) for n, t, c, k in zip(
            dn.tolist(), weights.tolist(), codes[ids].tolist(), keep.tolist(), strict=True) if k)
        flat: list[int] = []
        prev = 0
        for n, t, c in rows:
            flat += (n - prev, t, c)
            prev = n
        return varints(flat), len(rows)
    dn, tf, code = dn[keep], weights[keep].astype(np.int64), codes[ids[keep]]
    o = np.argsort(dn, kind="stable")
    out = np.empty(3 * len(dn), dtype=np.int64)
    out[0::3] = np.diff(dn[o], prepend=0)
    out[1::3] = tf[o]
    out[2::3] = code[o]
    return varints_array(out), len(dn)


def _export(archive, searcher, w: _Writer, article_paths: dict[str, str]) -> dict[str, Any]:
    reader = searcher.reader()
    order = _documents(reader)
    n_all = reader.doc_count_all()
    weighting = searcher.weighting

    # Field lengths exactly as the scorer reads them, coded by frequency (common = short);
    # code_of[field][docnum] is the code of the document's length.
    fields: dict[str, dict[str, Any]] = {}
    code_of: dict[str, np.ndarray] = {}
    for field in FIELDS:
        fl_of = {d: searcher.doc_field_length(d, field, 1) for d in order}
        table = [v for v, _ in Counter(fl_of.values()).most_common()]
        code = {v: i for i, v in enumerate(table)}
        code_of[field] = np.zeros(n_all, dtype=np.int64)
        for d, v in fl_of.items():
            code_of[field][d] = code[v]
        fields[field] = {"avgfl": searcher.avg_field_length(field) or 1, "fl": table}

    # -- term shards: every (field, term) under its key, sorted -------------------------
    entries: list[tuple[str, str, bytes | str]] = []
    for field in FIELDS:
        for term in reader.lexicon(field):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            entries.append((term_key(field, text), field, term))
    entries.sort(key=lambda e: e[0])
    shards: list[dict[str, Any]] = []
    cur: dict[str, Any] = {"terms": [], "df": [], "post": [], "bad": []}
    size = 0
    n_terms = 0

    def flush() -> None:
        nonlocal cur, size
        if cur["terms"]:
            shards.append(cur)
        cur = {"terms": [], "df": [], "post": [], "bad": []}
        size = 0

    num_of = np.full(n_all, -1, dtype=np.int64)  # Whoosh docnum → exported document number
    num_of[np.array(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int64)
    for key, field, term in entries:
        ids, weights = term_postings(reader, field, term)
        if (weights != np.floor(weights)).any():
            raise SearchExportError(f"non-integer term weight for {key!r}")
        post, n_post = _encode_postings(ids, weights, num_of, code_of[field])
        if not n_post:
            continue
        df = reader.doc_frequency(field, term)
        if size and (size + len(post) > SHARD_BYTES or len(cur["terms"]) >= SHARD_TERMS):
            flush()
        cur["terms"].append(key)
        cur["df"].append(df if df != n_post else 0)  # 0: df = number of postings
        cur["post"].append(post)
        # Terms a query cannot produce from their own spelling are never suggested.
        if field != FIELD or analyze(key, "query") != [key]:
            cur["bad"].append(len(cur["terms"]) - 1)
        size += len(post) + len(key) + 4
        n_terms += 1
    flush()
    firsts: list[str] = []
    for i, sh in enumerate(shards):
        firsts.append(separator(shards[i - 1]["terms"][-1], sh["terms"][0]) if i else "")
        w.write(f"t/{i}.js", f"t{i}", {"terms": sh["terms"], "df": sh["df"],
                                       "post": sh["post"], "bad": sh["bad"]})

    # -- documents: fragments, dates, entities -----------------------------------------
    pub_col = reader.column_reader("published", translate=False)
    days: list[list[int]] = []  # [day ordinal, count], newest first
    same_pub: list[int] = []  # docnums published at the same moment as the one before
    undated = len(order)
    prev_pub = None
    ent_ids: dict[tuple[str, str], int] = {}
    ent_docs: Counter[tuple[str, str]] = Counter()
    doc_ents: list[list[tuple[str, str]]] = []
    for i, d in enumerate(order):
        sf = reader.stored_fields(d)
        p = pub_col[d]
        if p >= MISSING:
            if undated == len(order):
                undated = i
        else:
            if prev_pub == p:
                same_pub.append(i)
            day = _day_ordinal(p)
            if days and days[-1][0] == day:
                days[-1][1] += 1
            else:
                days.append([day, 1])
        prev_pub = p
        ents = []
        for fieldname, letter in ENTITY_TYPES:
            for name in (sf.get(fieldname) or "").split(","):
                if name.strip():
                    key = (letter, name.strip())
                    ents.append(key)
                    ent_docs[key] += 1
        doc_ents.append(ents)
        aid = sf["id"]
        got = archive.text_of(aid)
        text = got[1] if got else ""
        path = article_paths.get(aid)
        if path is None:
            art = archive.article(aid)
            if art is not None:
                from newsarchive.site.model import article_path

                path = article_path(aid, art)
        title = sf.get("title") or ""
        snippet_text = _cut(text, SNIPPET_SOURCE_CHARS)
        w.write(f"d/{i}.js", f"d{i}", {
            "id": aid, "t": title, "u": path or "", "url": sf.get("url") or "",
            "d": sf.get("date"), "s": sf.get("source") or "", "x": snippet_text,
            "c": compound_parts(title + "\n" + snippet_text)})
    for rank, (key, _n) in enumerate(sorted(ent_docs.items(), key=lambda kv: (-kv[1], kv[0]))):
        ent_ids[key] = rank
    names = sorted(ent_ids, key=ent_ids.get)
    for c in range(0, len(names), ENTITY_CHUNK):
        w.write(f"e/{c // ENTITY_CHUNK}.js", f"e{c // ENTITY_CHUNK}",
                [[t, n, ent_docs[(t, n)]] for t, n in names[c:c + ENTITY_CHUNK]])
    for c in range(0, len(order), META_CHUNK):
        flat: list[int] = []
        for ents in doc_ents[c:c + META_CHUNK]:
            ids = sorted({ent_ids[k] for k in ents})
            flat.append(len(ids))
            flat.extend(gaps(ids))
        w.write(f"m/{c // META_CHUNK}.js", f"m{c // META_CHUNK}", varints(flat))

    # Name filters: every run of words of a canonical name → the documents naming it.
    keyed: dict[str, set[int]] = defaultdict(set)
    for i, ents in enumerate(doc_ents):
        for letter, name in ents:
            toks = name_tokens(name)
            for a in range(len(toks)):
                for b in range(a + 1, len(toks) + 1):
                    keyed[letter + ":" + " ".join(toks[a:b])].add(i)
    aliases = _aliases(archive)
    n_name_shards = max(1, math.ceil((len(keyed) + len(aliases)) / NAME_KEYS_PER_SHARD))
    name_shards: list[dict[str, str]] = [{} for _ in range(n_name_shards)]
    for key, docs in keyed.items():
        name_shards[fnv1a(key) % n_name_shards][key] = varints(gaps(sorted(docs)))
    for key, canonical in aliases.items():
        name_shards[fnv1a(key) % n_name_shards][key] = canonical
    for i, sh in enumerate(name_shards):
        w.write(f"n/{i}.js", f"n{i}", sh)

    day_flat: list[int] = []
    prev_day = days[0][0] if days else 0
    for day, count in days:
        day_flat += (prev_day - day, count)
        prev_day = day
    manifest = {
        "version": 1, "docs": len(order), "N": n_all,
        "K1": weighting.K1, "B": weighting.B, "fields": fields,
        "shards": firsts, "firstDay": days[0][0] if days else 0,
        "days": varints(day_flat), "samePub": varints(gaps(same_pub)), "undated": undated,
        "metaChunk": META_CHUNK, "facetChunks": FACET_CHUNKS, "entityChunk": ENTITY_CHUNK,
        "entities": len(names),
        "nameShards": n_name_shards, "epoch": date(1970, 1, 1).toordinal(),
    }
    w.write("manifest.js", "manifest", manifest)
    return {"docs": len(order), "terms": n_terms, "shards": len(shards),
            "entities": len(names)}


def _aliases(archive) -> dict[str, str]:
    """``=L:name`` (lower case) → canonical name, for every raw entity name that the registry
    maps to another canonical name (``newsarchive search --person`` looks filters up there)."""
    from newsarchive.archive.registry import alias_rows

    letters = {"PER": "P", "LOC": "L", "ORG": "O"}
    out: dict[str, str] = {}
    for typ, name, canonical in alias_rows(archive.db):
        if typ in letters:
            out.setdefault(f"={letters[typ]}:{name.lower()}", canonical)
    return out


def compound_parts(text: str) -> dict[str, str]:
    """Words of ``text`` that the index also holds under other terms (compound parts,
    hyphen pieces): lower-cased word → those terms, space-separated. The page highlights a
    word when a query term is among them (``Stellenabbau`` for ``Abbau``)."""
    by_word: dict[tuple[int, int], list[str]] = {}
    for term, _pos, start, end in tokens_with_offsets(text, "index"):
        by_word.setdefault((start, end), []).append(term)
    out: dict[str, str] = {}
    for (start, end), terms in by_word.items():
        if len(terms) > 1:
            out[text[start:end].lower()] = " ".join(terms[1:])
    return out


def _cut(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at a space and then marked `` …``."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit] + " …"
