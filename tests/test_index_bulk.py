"""The bulk segment writer of reindex writes what Whoosh's own writer writes (per-document
files byte for byte, postings block for block), and the parallel build gives the same search
results as a single writer."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from whoosh import index as windex
from whoosh.formats import Positions
from whoosh.qparser import QueryParser
from whoosh.writing import SegmentWriter

from newsarchive.analysis import german_analyzer
from newsarchive.index.bulk import BulkSegmentWriter, build_segments
from newsarchive.index.schema import GermanPositions, build_schema

VOCABULARY = (
    "Regierung Waffenlieferungen Südkorea Bundestag Haushalt Verkehr Bahn Streik Klimaschutz "
    "Energiewende Wärmepumpe Gesundheit Krankenhaus Pflege Schule Lehrer Stadtrat Hallenbad "
    "Feuerwehr Polizei Einsatz Unfall Straße Autobahn Brücke Sanierung Kosten Millionen Euro "
    "Bürgermeister Gemeinderat Wahl Umfrage Partei Koalition Minister Ministerin Gericht Urteil "
    "Kläger Berufung Mieten Wohnungen Neubau Hafen Export Industrie Arbeitsplätze Gewerkschaft"
)
WORDS = VOCABULARY.split()
NAMES = ["Anna Schmidt", "Jonas Weber", "Yoon Suk Yeol", "Olaf Scholz", "Maria Keller"]
PLACES = ["Berlin", "Kiew", "Seoul", "Köln", "Leipzig", "Hamburg"]


def make_docs(n: int, seed: int = 7) -> list[dict]:
    """Documents of the schema; common words reach several posting blocks (> 128 docs)."""
    rng = random.Random(seed)
    start = datetime(2021, 1, 1, 8, 0)
    docs = []
    for i in range(n):
        # Zipf-like: early words in most documents, late ones in few
        words = [WORDS[min(int(rng.paretovariate(0.8)) - 1, len(WORDS) - 1)]
                 for _ in range(rng.randint(20, 400))]
        pub = start + timedelta(hours=rng.randint(0, 30_000))
        persons = rng.sample(NAMES, rng.randint(0, 3))
        places = rng.sample(PLACES, rng.randint(0, 2))
        doc = {
            "id": f"a{i:05d}",
            "title": " ".join(rng.sample(WORDS, 5)),
            "content": " ".join(words) + f". Folge {i}.",
            "author": rng.choice(NAMES),
            "authors": rng.choice(NAMES),
            "person": "\n".join(persons),
            "persons": ",".join(persons),
            "place": "\n".join(places),
            "places": ",".join(places),
            "quelle": "zeitung example.de",
            "source": rng.choice(["Zeitung", "Rundschau", "Kurier"]),
            "tags": ",".join(rng.sample(["Politik", "Sport", "Kultur"], 2)),
            "published": pub,
            "month": pub.strftime("%Y-%m"),
            "date": pub.isoformat(),
            "url": f"https://example.de/{i}",
        }
        docs.append({k: v for k, v in doc.items() if v != ""})
    return docs


def segment_files(path: Path) -> dict[str, bytes]:
    files = {}
    for p in path.iterdir():
        if p.name.startswith("MAIN_") and "." in p.name:  # MAIN_<segment id>.<part>
            ext = p.name.split(".", 1)[1]
            assert ext not in files, "one segment expected"
            files[ext] = p.read_bytes()
    return files


def write_with(cls: type, path: Path, docs: list[dict]) -> None:
    path.mkdir()
    ix = windex.create_in(path, build_schema())
    w = cls(ix, compound=False)
    for d in docs:
        w.add_document(**d)
    w.commit()
    ix.close()


def _postings(path: Path) -> dict[tuple[str, bytes], tuple]:
    """Every term's statistics and posting blocks, as the Whoosh reader decodes them."""
    ix = windex.open_dir(path)
    out = {}
    with ix.reader() as r:
        for field, term in r.all_terms():
            ti = r.term_info(field, term)
            stats = (ti.weight(), ti.doc_frequency(), ti.min_length(), ti.max_length(),
                     ti.max_weight(), ti.min_id(), ti.max_id())
            m = r.postings(field, term)
            blocks, items = [], []
            while m.is_active():
                if getattr(m, "_i", None) == 0:  # the first posting of an on-disk block
                    blocks.append((m._blocklength, m._maxid, m._maxweight, m._minlength,
                                   m._maxlength))
                items.append((m.id(), m.weight(), m.value()))
                m.next()
            out[field, term] = (stats, blocks, items)
    ix.close()
    return out


def test_bulk_writer_writes_what_whoosh_writes(tmp_path: Path) -> None:
    docs = make_docs(700)
    write_with(SegmentWriter, tmp_path / "plain", docs)
    write_with(BulkSegmentWriter, tmp_path / "bulk", docs)
    plain, bulk = segment_files(tmp_path / "plain"), segment_files(tmp_path / "bulk")
    assert set(plain) == set(bulk) and {"trm", "pst"} <= set(plain)
    for ext in set(plain) - {"trm", "pst"}:  # stored fields, lengths, columns
        assert plain[ext] == bulk[ext], f"{ext} differs"
    # postings: the same blocks (their pickles may differ: the bulk writer's share the value
    # objects of single positions, which makes them smaller)
    expected, written = _postings(tmp_path / "plain"), _postings(tmp_path / "bulk")
    assert written == expected
    assert sum(len(b) for _s, b, _i in written.values()) > 200, "on-disk blocks are covered"
    ix = windex.open_dir(tmp_path / "bulk")
    with ix.searcher() as s:
        df = s.doc_frequency("content", "regier")
        assert df > 3 * 128, "a term spanning several posting blocks is covered"
    ix.close()


def _results(path: Path, queries: list[str]) -> list[list[tuple[str, float]]]:
    ix = windex.open_dir(path)
    out = []
    with ix.searcher() as s:
        qp = QueryParser("content", ix.schema)
        for q in queries:
            hits = s.search(qp.parse(q), limit=None)
            out.append([(h["id"], round(h.score, 9)) for h in hits])
    ix.close()
    return out


@pytest.mark.parametrize(("jobs", "segments"), [(1, 4), (2, 4), (3, 6)])
def test_parallel_segments_search_like_one_writer(tmp_path: Path, jobs: int,
                                                  segments: int) -> None:
    docs = make_docs(500, seed=3)
    write_with(SegmentWriter, tmp_path / "plain", docs)

    def source(first: int, count: int):
        part = docs[first:first + count]
        for i in range(0, len(part), 64):
            yield part[i:i + 64]

    seen: list[int] = []
    n = build_segments(tmp_path / "par", build_schema(), len(docs), source, jobs=jobs,
                       progress=seen.append, segment_docs=150)
    assert n == len(docs) and sum(seen) == len(docs)
    ix = windex.open_dir(tmp_path / "par")
    # at most 150 documents each, in a multiple of the jobs (no worker idles in the last
    # round): 4 × 125, or for 3 jobs 5 × 84 + 80
    assert len(ix._segments()) == segments
    with ix.searcher() as s:
        assert [f["id"] for f in s.all_stored_fields()] == [d["id"] for d in docs]
    ix.close()
    queries = ["regierung", "waffenlieferung", "lieferung", "suedkorea", '"folge 42"',
               "person:yoon", "bahn streik", "haushalt OR hafen", "ort:koeln",
               "published:[20220101 TO 20221231]", "source:Kurier", "kosten NOT euro"]
    assert _results(tmp_path / "par", queries) == _results(tmp_path / "plain", queries)


def test_german_positions_equal_the_token_chain(samples_dir: Path) -> None:
    from newsarchive.parse import parse_file

    texts = [
        "Die US-Regierung liefert z. B. Waffen – u.a. an die Ukraine; der 10.000-Euro-Deal.",
        "Café Müller: Straße, Strasse und STRASSE. O'Neill geht's gut. Dr. Nr. 5,5 % am "
        "22.04.2024 — „Zitat“ »Zitat« ‚x‘ und die und der der.",
        "Cafe\u0301 Zu\u0308rich ist sche\u0308n",
        "",
        "und oder aber",
    ]
    texts += [parse_file(p).text for p in sorted(samples_dir.glob("*.html"))[:6]]
    analyzer = german_analyzer()
    for text in texts:
        plain = list(Positions(field_boost=1.5).word_values(text, analyzer, mode="index"))
        fast = list(GermanPositions(field_boost=1.5).word_values(text, analyzer,
                                                                 mode="index"))
        assert fast == plain
