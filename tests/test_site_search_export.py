"""The exported browser index reproduces the Whoosh index: terms, postings and BM25F weights."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from whoosh import scoring

from newsarchive.site.export import ALPHABET, FIELDS, export_search_index, term_key, varint


def decode(text: str) -> list[int]:
    """Python twin of search.js decode()."""
    out, v = [], 0
    for ch in text:
        d = ALPHABET.index(ch)
        if d >= 32:
            v = v * 32 + d - 32
        else:
            out.append(v * 32 + d)
            v = 0
    return out


def read_shard(path: Path):
    m = re.fullmatch(r'NewsSearchShard\("([^"]+)",(.*)\);\n', path.read_text("utf-8"), re.S)
    assert m, path
    return m[1], json.loads(m[2])


def test_varint_round_trip():
    values = [0, 1, 31, 32, 33, 1023, 1024, 99999, 2**31]
    assert decode("".join(varint(v) for v in values)) == values
    with pytest.raises(ValueError):
        varint(-1)


@pytest.fixture(scope="module")
def exported(search_site, tmp_path_factory):  # noqa: F811
    from newsarchive.archive import Archive

    out = tmp_path_factory.mktemp("export")
    archive = Archive(search_site[0])
    try:
        stats = export_search_index(archive, out)
    finally:
        archive.close()
    return search_site[0], out, stats


def test_export_layout_and_stats(exported):
    _arch, out, stats = exported
    root = out / "suche" / "_index"
    assert (root / "manifest.js").is_file()
    assert stats["scripts"] == []
    assert len(stats["files"]) == len(list(root.rglob("*.js")))
    assert all(f.startswith("suche/_index/") for f in stats["files"])
    _key, manifest = read_shard(root / "manifest.js")
    assert manifest["docs"] == stats["docs"] >= 16
    assert manifest["shards"] == sorted(manifest["shards"])
    assert "/work" not in (root / "manifest.js").read_text("utf-8")


def test_weights_equal_the_whoosh_scorer(exported):
    """Every exported posting, scored with search.js's formula, equals the Whoosh scorer."""
    from newsarchive.archive import Archive

    arch_dir, out, _stats = exported
    root = out / "suche" / "_index"
    _k, manifest = read_shard(root / "manifest.js")
    shards = {}
    for i in range(len(manifest["shards"])):
        _k, shards[i] = read_shard(root / "t" / f"{i}.js")
    keys = {t: (i, j) for i, sh in shards.items() for j, t in enumerate(sh["terms"])}
    archive = Archive(arch_dir)
    ix = archive.open_index()
    checked = 0
    try:
        with ix.searcher(weighting=scoring.BM25F()) as s:
            reader = s.reader()
            ids = {}
            for n in range(manifest["docs"]):
                _k, doc = read_shard(root / "d" / f"{n}.js")
                ids[n] = doc["id"]
            docnum_of = {reader.stored_fields(d)["id"]: d for d in reader.all_doc_ids()}
            for field in FIELDS:
                info = manifest["fields"][field]
                for term in list(reader.lexicon(field))[::7]:
                    text = term.decode() if isinstance(term, bytes) else term
                    i, j = keys[term_key(field, text)]
                    sh = shards[i]
                    v = decode(sh["post"][j])
                    df = sh["df"][j] or len(v) // 3
                    idf = math.log(manifest["N"] / (df + 1)) + 1
                    want = {}
                    m = reader.postings(field, term)
                    scorer = s.weighting.scorer(s, field, term)
                    while m.is_active():
                        want[m.id()] = scorer.score(m)
                        m.next()
                    d = 0
                    for k in range(0, len(v), 3):
                        d += v[k]
                        tf, fl = v[k + 1], info["fl"][v[k + 2]]
                        K1, B, avgfl = manifest["K1"], manifest["B"], info["avgfl"]
                        got = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
                        assert got == want[docnum_of[ids[d]]], (field, text)
                        checked += 1
    finally:
        ix.close()
        archive.close()
    assert checked > 100


def test_export_is_deterministic(exported, tmp_path):
    from newsarchive.archive import Archive

    arch_dir, out, stats = exported
    archive = Archive(arch_dir)
    try:
        again = export_search_index(archive, tmp_path)
    finally:
        archive.close()
    assert again["files"] == stats["files"]
    for rel in stats["files"][:: max(1, len(stats["files"]) // 50)]:
        assert (tmp_path / rel).read_bytes() == (out / rel).read_bytes(), rel


def test_search_js_declares_each_module_variable_once():
    """Two ``var MONTHS`` in the script's one scope made the second overwrite the first (the
    histogram's month names read "undefined 2024")."""
    import collections

    import newsarchive.site

    src = (Path(newsarchive.site.__file__).parent / "static" / "search.js").read_text(
        encoding="utf-8")
    names = re.findall(r"^  var ([A-Za-z_$][\w$]*)", src, flags=re.M)
    names += re.findall(r"^  function ([A-Za-z_$][\w$]*)", src, flags=re.M)
    assert names and [n for n, c in collections.Counter(names).items() if c > 1] == []
