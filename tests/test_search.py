"""Search: query syntax, filters, order, paging, snippets, facets, suggestions, CLI, reindex."""

from __future__ import annotations

import json
import random
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ingest_corpus import make_corpus, page

from newsarchive.archive import Archive, ingest
from newsarchive.cli import main
from newsarchive.index import QueryError, reindex, search
from newsarchive.index.query import parse_date_range, parse_query


@pytest.fixture(scope="module")
def arch(tmp_path_factory, samples_dir: Path) -> Archive:
    import newsarchive.entities as ents

    saved = ents.extract_entities_many
    ents.extract_entities_many = lambda arts: [[] for _ in arts]
    try:
        root = tmp_path_factory.mktemp("search")
        make_corpus(root / "gen", n=120, dups=0)
        ingest([samples_dir / p for p in sorted(p.name for p in samples_dir.glob("*.html"))]
               + [root / "gen"], root / "a", jobs=1, progress=False)
    finally:
        ents.extract_entities_many = saved
    a = Archive(root / "a")
    yield a
    a.close()


def test_date_formats():
    assert parse_date_range("2024-11-07")[0].isoformat() == "2024-11-07T00:00:00"
    assert parse_date_range("07.11.2024")[1].isoformat().startswith("2024-11-07T23:59:59")
    assert parse_date_range("2024-11")[1].day == 30
    assert parse_date_range("11.2024")[0].month == 11
    assert parse_date_range("2024")[1].month == 12
    with pytest.raises(QueryError, match="cannot read the date"):
        parse_date_range("gestern")
    with pytest.raises(QueryError, match="no such date"):
        parse_date_range("2024-02-30")


def test_dangling_operators_and_open_date_ranges():
    bahn = repr(parse_query("Bahn"))
    for q in ("Bahn UND", "Bahn ODER", "UND Bahn", "Bahn NICHT", "Bahn UND NICHT", "(Bahn ODER)"):
        assert repr(parse_query(q)) == bahn, q
    assert "Not(" in repr(parse_query("Bahn UND NICHT Zug"))
    # a field name typed without its value yet is dropped, too; other "word:" stays a word
    for q in ("Bahn titel:", "ort: Bahn", "(Bahn datum:)"):
        assert repr(parse_query(q)) == bahn, q
    assert "zitat" in repr(parse_query("Zitat: Bahn"))
    assert "person" in repr(parse_query('person:"Olaf Scholz"'))
    with pytest.raises(QueryError, match="no searchable words"):
        parse_query("ODER")
    assert repr(parse_query("datum:[2024 TO]")).startswith("DateRange('published', datetime")
    assert "None" in repr(parse_query("datum:[2024 TO]"))
    assert "None" in repr(parse_query("datum:[TO 2024-06]"))


def test_german_month_dates():
    assert parse_date_range("November 2024")[0].isoformat() == "2024-11-01T00:00:00"
    assert parse_date_range("November 2024")[1].day == 30
    assert parse_date_range("7. Nov. 2024")[0].isoformat() == "2024-11-07T00:00:00"
    assert parse_date_range("Jänner 2025")[0].month == 1
    assert parse_date_range("märz 2025")[1].day == 31
    with pytest.raises(QueryError, match="no such date"):
        parse_date_range("31. April 2024")


def test_dates_in_query_text():
    q = repr(parse_query("Scholz November 2024"))
    assert "DateRange('published'" in q and "Phrase('content', ['novemb', '2024']" in q
    assert "DateRange" in repr(parse_query("7. Nov. 2024")) and "DateRange" in repr(
        parse_query("07.11.2024"))
    assert "DateRange" in repr(parse_query('datum:"November 2024"'))
    assert "DateRange" not in repr(parse_query("Bahn 31. April 2024"))  # no such day: words
    assert "DateRange" not in repr(parse_query('"sagte datum:2024"'))
    for not_a_date in ('"November 2024"', "titel:November 2024", "-November 2024", "2024"):
        assert "DateRange" not in repr(parse_query(not_a_date)), not_a_date


def test_date_in_text_finds_published_and_mentioned(arch: Archive):
    june = search(arch, "Juni 2024", per_page=50)
    assert june.total >= 2
    assert all(h.published.startswith("2024-06") for h in june.hits[:2])
    # the July weather review was published in August and says "Juli 2024"
    july = search(arch, "Juli 2024", per_page=50)
    assert any(h.published.startswith("2024-08") and "Juli" in h.title for h in july.hits)


def test_german_operators_and_aliases():
    assert repr(parse_query("a UND b")) == repr(parse_query("a AND b"))
    assert "Or(" in repr(parse_query("Bahn ODER Zug"))
    assert "Not(" in repr(parse_query("Bahn NICHT Zug"))
    assert "Not(" in repr(parse_query("Bahn -Zug"))
    assert "Term('title'" in repr(parse_query("titel:Bahn"))
    assert "Term('author', 'mueller')" in repr(parse_query("autor:Müller"))
    assert "Phrase('person', ['donald', 'trump']" in repr(parse_query('person:"Donald Trump"'))
    assert "'place'" in repr(parse_query("ort:Berlin"))
    assert "DateRange('published'" in repr(parse_query("Bahn datum:2024-11"))
    # words inside phrases are not operators
    assert "Phrase" in repr(parse_query('"Bahn und Zug"'))


@pytest.mark.parametrize("bad", ['"offen', "(a b", "foo:bar", "datum:morgen", "NICHT Bahn",
                                 "der"])
def test_malformed_queries_raise_clear_errors(arch: Archive, bad: str):
    with pytest.raises(QueryError):
        search(arch, bad)


def test_cli_bad_query_is_a_message_not_a_traceback(arch: Archive):
    res = CliRunner().invoke(main, ["search", "--archive", str(arch.path), "datum:2024-13"])
    assert res.exit_code != 0
    assert "bad query" in res.output and "Traceback" not in res.output


def test_cli_excluded_words_are_not_options(arch: Archive):
    def cli(*args: str):
        return CliRunner().invoke(main, ["search", "--archive", str(arch.path), *args])

    out = cli("Hochwasser", "-Glattalbahn", "--json")
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["total"] == search(arch, "Hochwasser NICHT Glattalbahn").total
    assert json.loads(cli("Hochwasser", "-Söder", "--json").output)["total"] == \
        search(arch, "Hochwasser -Söder").total
    typo = cli("Hochwasser", "--form", "2024")
    assert typo.exit_code == 2 and "No such option '--form'" in typo.output
    assert "--from" in typo.output
    assert "Usage:" in cli("-h").output and "Usage:" in cli("--help").output


def test_plain_words_are_anded_and_inflections_match(arch: Archive):
    both = search(arch, "Hochwasser Söder")
    assert both.total >= 1
    none = search(arch, "Hochwasser Glattalbahn")
    assert none.total == 0
    assert search(arch, "Hochwassers").total >= 1


def test_question_mark_is_punctuation(arch: Archive):
    asked = search(arch, "Was kostet das Deutschlandticket?")
    assert asked.total >= 1
    plain = search(arch, "kostet Deutschlandticket")
    assert [h.id for h in asked.hits] == [h.id for h in plain.hits]
    assert parse_query('"Wärme?"') == parse_query('"Wärme"')


def test_order_key_and_paging(arch: Archive):
    res = search(arch, "Berichtet Redaktion", per_page=200)
    assert res.total >= 100
    rows = []
    for h in res.hits:
        rows.append((-h.score, h.published or "", h.id))
    for a, b in zip(rows, rows[1:], strict=False):
        assert a[0] <= b[0]
        if a[0] == b[0]:
            assert (a[1] > b[1]) or (a[1] == b[1] and a[2] < b[2])
    page2 = search(arch, "Berichtet Redaktion", page=2, per_page=10)
    assert [h.id for h in page2.hits] == [h.id for h in res.hits[10:20]]


def test_sort_by_date(arch: Archive):
    res = search(arch, "Redaktion", sort="date", per_page=50)
    dates = [h.published for h in res.hits]
    assert dates == sorted(dates, reverse=True)


def test_filters(arch: Archive):
    r = search(arch, "Redaktion", date_from="2024-03", date_to="31.03.2024", per_page=100)
    assert r.total > 0 and all(h.published.startswith("2024-03") for h in r.hits)
    assert search(arch, "Redaktion datum:2024-03").total == r.total
    r2 = search(arch, "Redaktion", sources=["nachrichten beispiel"])
    assert r2.total == 120
    assert search(arch, "Redaktion", sources=["Sportkurier"]).total == 0


def test_snippet_highlights_inflected_and_compound_words(arch: Archive):
    res = search(arch, "Finanzpaket")
    assert res.hits and "<mark>" in res.hits[0].snippet
    res = search(arch, "Zug Berlin")
    assert res.hits
    low = res.hits[0].snippet.lower()
    assert "<mark>berlin</mark>" in low


def test_facets(arch: Archive):
    res = search(arch, "Redaktion")
    months = dict(res.facets["months"])
    assert sum(months.values()) == res.total
    assert list(months) == sorted(months)
    assert dict(res.facets["sources"]) == {"Nachrichten Beispiel": 120}


def test_suggestion_when_nothing_matches(arch: Archive):
    res = search(arch, "Glatalbahn")
    assert res.total == 0
    assert res.suggestion == "Glattalbahn"


def test_entity_names_are_highlighted():
    from newsarchive.index.query import content_terms, name_terms
    from newsarchive.index.snippets import snippet

    terms = content_terms(parse_query('Gipfel person:"Olaf Scholz" ort:Südkorea'))
    text = "Beim Gipfel sprach Olaf Scholz über Südkorea und die Gipfelerklärung."
    out = snippet(text, terms)
    for word in ("Gipfel", "Olaf", "Scholz", "Südkorea"):
        assert f"<mark>{word}</mark>" in out
    assert "<mark>über</mark>" not in out
    assert "<mark>Merz</mark>" in snippet("Friedrich Merz sagte", name_terms(["Friedrich Merz"]))


def test_suggestion_keeps_fields_and_operators(arch: Archive):
    year = search(arch, "Glattalbahn").hits[0].published[:4]
    res = search(arch, f"datum:{year} Glatalbahn")
    assert res.total == 0
    assert res.suggestion == f"datum:{year} Glattalbahn"
    assert search(arch, "Glatalbahn ODER Fernwärmme").suggestion == "Glattalbahn ODER Fernwärme"


def test_no_suggestion_that_finds_nothing(arch: Archive):
    # each word has a close known word, but no article holds both corrections
    assert search(arch, "Glattalbahn Fernwaerme").total == 0
    res = search(arch, "Glatalbahn Fernwärmme")
    assert res.total == 0 and res.suggestion is None
    # nor one outside the requested dates
    assert search(arch, "Glatalbahn", date_from="1990", date_to="1990").suggestion is None


def test_cli_page_past_the_end(arch: Archive):
    total = search(arch, "Redaktion").total
    res = CliRunner().invoke(main, ["search", "--archive", str(arch.path), "--per-page", "50",
                                    "--page", "99", "Redaktion"])
    assert res.exit_code == 0, res.output
    pages = -(-total // 50)
    assert f"{total} Treffer; Seite 99 gibt es nicht ({pages} Seite" in res.output


def test_cli_json_shape(arch: Archive):
    res = CliRunner().invoke(main, ["search", "--archive", str(arch.path), "--json",
                                    "Mietpreisbremse"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data) >= {"total", "hits", "facets"}
    assert set(data["hits"][0]) == {"id", "url", "title", "published", "source", "score",
                                    "snippet"}
    assert set(data["facets"]) == {"persons", "places", "orgs", "sources", "months"}
    plain = CliRunner().invoke(main, ["search", "--archive", str(arch.path), "Mietpreisbremse"])
    assert "Mietpreisbremse" in plain.output and "Treffer" in plain.output


def _index_snapshot(a: Archive) -> list[tuple]:
    ix = a.open_index()
    with ix.searcher() as s:
        docs = sorted((f["id"], f.get("title"), f.get("source"), f.get("month"),
                       f.get("persons")) for f in s.all_stored_fields())
    ix.close()
    return docs


def test_reindex_equals_fresh_ingest(tmp_path: Path, samples_dir: Path):
    import newsarchive.entities as ents

    saved = ents.extract_entities_many
    ents.extract_entities_many = lambda arts: [[] for _ in arts]
    try:
        pages = tmp_path / "p"
        shutil.copytree(samples_dir, pages, ignore=shutil.ignore_patterns("_build", "*.py"))
        make_corpus(pages / "gen", n=40, dups=3)
        ingest([pages], tmp_path / "a", jobs=1, progress=False)
        ingest([pages], tmp_path / "b", jobs=1, progress=False)
        with Archive(tmp_path / "a") as a:
            live = search(a, "Redaktion")  # a searcher open across the swap
            rep = reindex(a, progress=False)
            assert rep.documents == a.count()
            after = search(a, "Redaktion")
            assert after.total == live.total
            rep2 = reindex(a, reparse=True, progress=False)
            assert rep2.reparsed == a.count() and not rep2.failed
        with Archive(tmp_path / "a") as a, Archive(tmp_path / "b") as b:
            assert _index_snapshot(a) == _index_snapshot(b)
            for q in ("Redaktion", "Finanzpaket", "Seesterne", "Bahn ODER Wetter"):
                ra, rb = search(a, q, per_page=20), search(b, q, per_page=20)
                assert [h.id for h in ra.hits] == [h.id for h in rb.hits]
                assert ra.total == rb.total
    finally:
        ents.extract_entities_many = saved


def test_search_on_empty_or_missing_archive(tmp_path: Path):
    a = Archive(tmp_path / "empty")
    assert search(a, "Bahn").total == 0
    a.close()
    res = CliRunner().invoke(main, ["search", "--archive", str(tmp_path / "nothing"), "x"])
    assert res.exit_code != 0 and "no archive here" in res.output


def test_update_is_searchable(tmp_path: Path):
    rng = random.Random(5)
    url = "https://nachrichten.example/x/1.html"
    p = tmp_path / "v1.html"
    p.write_text(page(1, rng, url=url, text="Erste Fassung über Kartoffeln " * 8))
    ingest([p], tmp_path / "a", jobs=1, progress=False)
    p2 = tmp_path / "v2.html"
    p2.write_text(page(1, rng, url=url, text="Zweite Fassung über Tomaten " * 8)
                  .replace("2024-01-02T10:00", "2024-01-03T10:00"))
    rep = ingest([p2], tmp_path / "a", jobs=1, progress=False)
    assert rep.updated == 1
    with Archive(tmp_path / "a") as a:
        assert search(a, "Tomaten").total == 1
        assert search(a, "Kartoffeln").total == 0


def test_constant_score_queries_order_by_date_then_id(arch: Archive):
    res = search(arch, "Redak*", per_page=30)
    assert res.total >= 120
    assert {h.score for h in res.hits} == {1.0}
    keys = [(h.published, h.id) for h in res.hits]
    for a, b in zip(keys, keys[1:], strict=False):
        assert a[0] > b[0] or (a[0] == b[0] and a[1] < b[1])
    assert search(arch, "datum:2024-02").total == search(arch, "Redaktion datum:2024-02").total


def test_published_indexed_by_day_sorted_by_time(tmp_path: Path):
    """Date terms are days (articles of one day share them); order uses the full time."""
    from whoosh import index as windex
    from whoosh.query import DateRange, Every

    from newsarchive.index.postings import numeric_column
    from newsarchive.index.schema import build_schema, doc_fields
    from newsarchive.index.search import MISSING
    from newsarchive.record import Article

    times = ["2024-11-07T08:15:00+01:00", "2024-11-07T19:40:00+01:00",
             "2024-11-08T06:00:00+01:00"]

    def index(n: int):
        ix = windex.create_in(tmp_path / str(n), build_schema())
        w = ix.writer()
        for i, when in enumerate(times[:n]):
            art = Article(title=f"Artikel {i}", paragraphs=["Ein Text."], published=when)
            w.add_document(**doc_fields(f"id{i}", art, [], "Quelle"))
        w.commit()
        return ix

    for n in (1, 2, 3):
        (tmp_path / str(n)).mkdir()
    one, two = (set(index(n).reader().lexicon("published")) for n in (1, 2))
    assert one == two  # a second article of the same day adds no date term
    with index(3).searcher() as s:
        hits = s.search(DateRange("published", datetime(2024, 11, 7),
                                  datetime(2024, 11, 7, 23, 59, 59)), limit=None)
        assert sorted(h["id"] for h in hits) == ["id0", "id1"]
        assert [h["id"] for h in s.search(Every(), sortedby="published", reverse=True)] == [
            "id2", "id1", "id0"]
        assert s.stored_fields(1)["published"] == datetime(2024, 11, 7, 19, 40)
        pub = numeric_column(s.reader(), "published", MISSING)  # what search sorts by
        assert pub[0] < pub[1] < pub[2]
