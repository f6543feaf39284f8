"""The German analyzer inside Whoosh: indexing, query parsing, phrases, highlighting."""

from __future__ import annotations

import pytest
from whoosh import fields, highlight
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import QueryParser

from newsarchive.analysis import (
    GermanTermFilter,
    GermanTokenizer,
    analyze,
    german_analyzer,
    german_query_analyzer,
)

DOCS = {
    "a": "Südkorea prüft Waffenlieferungen an die Ukraine.",
    "b": "Die US-Regierung kündigt 10.000 neue Stellen an, z.B. in der Straße der Einheit.",
    "c": "Das Bundesverfassungsgericht entscheidet über die Klage der Frauen.",
    "d": "Der Ukraine-Krieg und die Quellen der Nachrichten.",
}


@pytest.fixture(scope="module")
def index():
    schema = fields.Schema(
        id=fields.ID(stored=True), body=fields.TEXT(analyzer=german_analyzer(), stored=True)
    )
    ix = RamStorage().create_index(schema)
    with ix.writer() as w:
        for k, text in DOCS.items():
            w.add_document(id=k, body=text)
    return ix


def search(ix, q: str) -> set[str]:
    with ix.searcher() as s:
        query = QueryParser("body", ix.schema).parse(q)
        return {hit["id"] for hit in s.search(query, limit=None)}


@pytest.mark.parametrize(
    "q, expected",
    [
        ("Lieferung", {"a"}),
        ("Waffen", {"a"}),
        ("Waffenlieferung", {"a"}),
        ("Sudkorea", {"a"}),
        ("Suedkorea", {"a"}),
        ("Strasse", {"b"}),
        ("Regierung", {"b"}),
        ("US-Regierung", {"b"}),
        ("10.000", {"b"}),
        ("Verfassungsgericht", {"c"}),
        ("Frau", {"c"}),
        ("Ukrainekrieg", {"d"}),
        ("Krieg", {"d"}),
        ("Quelle", {"d"}),
        ("Ukraine", {"a", "d"}),
        ('"Waffenlieferungen Ukraine"', {"a"}),  # phrase across a stop word
    ],
)
def test_search(index, q: str, expected: set[str]) -> None:
    assert search(index, q) == expected


def test_query_parser_uses_query_mode(index) -> None:
    text = index.schema["body"].process_text("Waffenlieferungen", mode="query")
    assert list(text) == analyze("Waffenlieferungen", "query")


def test_analyzer_tokens_have_positions_and_chars() -> None:
    text = "Die Waffenlieferungen nach Südkorea"
    toks = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in german_analyzer()(text, positions=True, chars=True)
    ]
    assert [t[0] for t in toks] == analyze(text)
    assert {(p, text[s:e]) for _t, p, s, e in toks} == {(0, "Waffenlieferungen"), (1, "Südkorea")}


def test_query_analyzer_never_splits() -> None:
    assert [t.text for t in german_query_analyzer()("Waffenlieferungen", mode="index")] == analyze(
        "Waffenlieferungen", "query"
    )


def test_removestops_false_marks_stopped() -> None:
    toks = [(t.text, t.stopped) for t in german_analyzer()("die Waffen", removestops=False)]
    assert toks[0][1] is True and ("waff", False) in toks


def test_analyzer_is_composable_and_comparable() -> None:
    assert german_analyzer() == GermanTokenizer() | GermanTermFilter()
    assert german_analyzer() != german_query_analyzer()


@pytest.mark.parametrize("q, word", [("Lieferung", "Waffenlieferungen"), ("Sudkorea", "Südkorea")])
def test_highlight_inflected_and_compound_matches(index, q: str, word: str) -> None:
    with index.searcher() as s:
        results = s.search(QueryParser("body", index.schema).parse(q))
        results.fragmenter = highlight.WholeFragmenter()
        results.formatter = highlight.HtmlFormatter(tagname="b")
        out = results[0].highlights("body")
    assert "<b" in out and f">{word}</b>" in out


def test_removestops_false_keeps_later_tokens_unstopped() -> None:
    toks = [
        (t.text, t.stopped, t.pos)
        for t in german_analyzer()("die Waffen und die Panzer", removestops=False, positions=True)
    ]
    assert [x for x in toks if not x[1]] == [("waff", False, 0), ("panz", False, 1)]
    assert [x[0] for x in toks if x[1]] == ["die", "und", "die"]


def test_start_pos_and_start_char() -> None:
    toks = [
        (t.text, t.pos, t.startchar)
        for t in german_analyzer()(
            "Die Waffen", positions=True, chars=True, start_pos=10, start_char=100
        )
    ]
    assert toks == [("waff", 10, 104)]


def test_analyzer_pickles_with_the_schema(tmp_path) -> None:
    import pickle

    from whoosh import index

    a = pickle.loads(pickle.dumps(german_analyzer()))
    assert [t.text for t in a("Waffenlieferungen")] == analyze("Waffenlieferungen")
    schema = fields.Schema(body=fields.TEXT(analyzer=german_analyzer()))
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        w.add_document(body="Südkorea prüft Waffenlieferungen")
    ix2 = index.open_dir(str(tmp_path))
    with ix2.searcher() as s:
        q = QueryParser("body", ix2.schema).parse("Lieferung")
        assert len(s.search(q)) == 1
