"""Unit tests of the German analyzer (newsarchive.analysis)."""

from __future__ import annotations

import pytest

from newsarchive.analysis import analyze, get_splitter, tokens_with_offsets
from newsarchive.analysis.folding import fold
from newsarchive.analysis.stemming import stem
from newsarchive.analysis.stopwords import STOPWORDS
from newsarchive.analysis.tokenizer import iter_tokens, token_pieces


def raw_tokens(text: str) -> list[str]:
    return [raw for raw, _a, _s, _e in iter_tokens(text)]


# ---------------------------------------------------------------- compounds (the case)


def test_waffenlieferungen_has_whole_and_parts() -> None:
    terms = analyze("Waffenlieferungen")
    assert terms[0] == stem("waffenlieferungen")
    assert stem("waffe") in terms and stem("waffen") in terms
    assert stem("lieferung") in terms


@pytest.mark.parametrize("query", ["Lieferung", "Lieferungen", "Waffen", "Waffe"])
def test_compound_found_by_its_parts(query: str) -> None:
    (q,) = analyze(query, "query")
    assert q in analyze("Die Waffenlieferungen an die Ukraine")


def test_query_words_are_not_split() -> None:
    assert analyze("Waffenlieferungen", "query") == [stem("waffenlieferungen")]


def test_partial_compounds_are_indexed() -> None:
    terms = analyze("Bundesverfassungsgericht")
    for q in ("Verfassungsgericht", "Gericht", "Verfassung", "Bund"):
        assert analyze(q, "query")[0] in terms, q


def test_splitter_splits_news_compounds() -> None:
    sp = get_splitter()
    assert sp.split("waffenlieferungen") == ("waffen", "lieferungen")
    assert sp.split(fold("bundesverfassungsgericht")) == ("bundes", "verfassungs", "gericht")
    assert sp.split(fold("klimaschutzgesetz")) == ("klima", "schutz", "gesetz")


@pytest.mark.parametrize(
    "word", ["regierung", "verantwortung", "vorstand", "mitglied", "wirtschaft", "deutschland"]
)
def test_splitter_keeps_non_compounds_whole(word: str) -> None:
    assert get_splitter().split(word) == (word,)


def test_compound_with_umlaut_in_any_spelling() -> None:
    for spelling in ("Flüchtlingskrise", "Fluechtlingskrise", "Fluchtlingskrise"):
        terms = analyze(spelling)
        assert analyze("Flüchtling", "query")[0] in terms
        assert analyze("Krise", "query")[0] in terms


# ---------------------------------------------------------------- folding and inflection


@pytest.mark.parametrize("mode", ["index", "query"])
def test_umlaut_transliteration_and_bare_vowel_agree(mode: str) -> None:
    a = analyze("Südkorea", mode)
    assert analyze("Suedkorea", mode) == a
    assert analyze("Sudkorea", mode) == a
    assert analyze("SÜDKOREA", mode) == a


@pytest.mark.parametrize(
    "a, b",
    [
        ("Straße", "Strasse"),
        ("Ärzte", "Aerzte"),
        ("Österreich", "Oesterreich"),
        ("Bürgermeister", "Buergermeister"),
        ("Grüße", "Gruesse"),
        ("Äußerst", "äusserst"),
    ],
)
def test_spelling_variants_agree(a: str, b: str) -> None:
    assert analyze(a, "query") == analyze(b, "query")


def test_fold() -> None:
    assert fold("südkorea") == fold("suedkorea") == fold("sudkorea") == "sudkorea"
    assert fold("straße") == "strasse"
    # "ue" that is no umlaut: after a vowel (u protected), after q
    assert fold("frauen") == "frauen"
    assert fold("treue") == "treue"
    assert fold("quelle") == "quelle"
    assert fold("bauer") == "bauer"


@pytest.mark.parametrize(
    "forms",
    [
        ("Lieferung", "Lieferungen"),
        ("Frau", "Frauen"),
        ("neu", "neue", "neuen"),
        ("Quelle", "Quellen"),
        ("Haus", "Häuser", "Hauses"),
        ("Regierung", "Regierungen"),
        ("Kenntnis", "Kenntnisse"),
        ("Bürger", "Bürgern", "Buergern"),
    ],
)
def test_inflected_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    stems = {tuple(analyze(f, "query")) for f in forms}
    assert len(stems) == 1, stems


def test_stem_is_pystemmer_german() -> None:
    assert stem("lieferungen") == "liefer"
    assert stem("häuser") == "haus"
    assert stem("system") == "system"  # -em after "syst" stays


# ---------------------------------------------------------------- tokenisation


def test_hyphenated_whole_and_parts() -> None:
    terms = analyze("US-Regierung")
    assert terms[:3] == [stem("usregierung"), "us", stem("regierung")]
    assert analyze("US-Regierung", "query") == [stem("usregierung")]
    # spelling without hyphen finds the hyphenated word, and the other way round
    assert analyze("Ukrainekrieg", "query")[0] in analyze("Ukraine-Krieg")
    assert analyze("Ukraine-Krieg", "query")[0] in analyze("Ukrainekrieg")
    assert analyze("Krieg", "query")[0] in analyze("Ukraine-Krieg")


def test_hyphen_pieces_are_split_as_compounds_and_stop_pieces_dropped() -> None:
    terms = analyze("Rund-um-die-Uhr-Betreuung")
    assert "die" not in terms and "um" not in terms
    assert stem("betreuung") in terms and "uhr" in terms


@pytest.mark.parametrize("number", ["10.000", "1,5", "22.04.2024", "1.000.000,50", "3.5"])
def test_numbers_are_one_token(number: str) -> None:
    assert raw_tokens(f"rund {number} Euro") == ["rund", number, "Euro"]
    assert number in analyze(f"rund {number} Euro")


def test_number_hyphen_compound() -> None:
    assert analyze("10.000-Euro-Grenze")[:4] == [
        stem("10.000eurogrenze"),
        "10.000",
        "euro",
        stem("grenze"),
    ]


@pytest.mark.parametrize(
    "text, token",
    [
        ("z.B.", "zb"),
        ("u.a.", "ua"),
        ("d.h.", "dh"),
        ("z. B.", "zb"),
        ("u.\u00a0a.", "ua"),
        ("U.S.A.", "usa"),
        ("i. d. R.", "idr"),
    ],
)
def test_abbreviations_are_one_token(text: str, token: str) -> None:
    [(raw, abbr, _s, _e)] = list(iter_tokens(text))
    assert abbr and token_pieces(raw, abbr) == [token]


def test_abbreviations_in_text() -> None:
    assert analyze("z.B. Dr. Müller u.a. Nr. 5", "query") == ["dr", "mull", "nr", "5"]
    assert analyze("U.S.A.", "query") == ["usa"]


@pytest.mark.parametrize(
    "quoted",
    [
        "„Panzer“",
        "“Panzer”",
        "»Panzer«",
        "«Panzer»",
        "‚Panzer‘",
        "'Panzer'",
        '"Panzer"',
        "(Panzer)",
    ],
)
def test_quotes_are_stripped(quoted: str) -> None:
    assert analyze(f"Sie fordern {quoted}.", "query") == [stem("fordern"), stem("panzer")]


def test_apostrophes_and_soft_hyphens_inside_words() -> None:
    assert raw_tokens("O'Neill geht’s") == ["O'Neill", "geht’s"]
    assert token_pieces("O'Neill") == ["oneill"]
    assert analyze("Waffen\u00adlieferungen") == analyze("Waffenlieferungen")


def test_lowercase_and_decomposed_umlauts() -> None:
    assert analyze("WAFFEN", "query") == analyze("waffen", "query")
    assert analyze("Su\u0308dkorea", "query") == analyze("Südkorea", "query")


def test_dashes_separate_words() -> None:
    assert raw_tokens("2010–2015 Berlin — Paris") == ["2010", "2015", "Berlin", "Paris"]


# ---------------------------------------------------------------- stop words and positions


def test_stopwords() -> None:
    assert analyze("der die das und über ueber für fuer dass daß", "query") == []
    assert "uber" not in STOPWORDS  # the company Uber stays searchable
    assert analyze("Uber", "query") == ["uber"]


def test_positions_and_offsets() -> None:
    text = "Die Waffenlieferungen nach Südkorea"
    toks = tokens_with_offsets(text)
    positions = {pos for _t, pos, _s, _e in toks}
    assert positions == {0, 1}  # stop words take no position
    for term, pos, start, end in toks:
        word = text[start:end]
        assert word == ("Waffenlieferungen" if pos == 0 else "Südkorea"), term
    assert [t for t, *_ in tokens_with_offsets(text, "query")] == analyze(text, "query")


def test_bad_mode() -> None:
    with pytest.raises(ValueError, match="mode"):
        analyze("x", "search")


# ---------------------------------------------------------------- data files


def test_gold_compound_list_and_split_precision() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from compounds import evaluate, read_gold

    rows = read_gold()
    assert sum(len(parts) > 1 for _w, parts in rows) >= 300
    assert all("".join(parts) == word for word, parts in rows)
    result = evaluate()
    assert result["precision"] >= 0.90 and result["recall"] >= 0.85, result


def test_js_vocabulary_matches_python_vocabulary() -> None:
    import json
    import re
    from pathlib import Path

    from newsarchive.analysis.compounds import load_vocab

    js = (
        Path(__file__).resolve().parents[1]
        / "newsarchive"
        / "site"
        / "static"
        / "analyzer_vocab.js"
    ).read_text(encoding="utf-8")
    groups = json.loads("{" + re.search(r"NewsAnalyzerVocab = \{(.*?)\n  \};", js, re.S)[1] + "}")
    js_vocab = {w: int(z) for z, words in groups.items() for w in words.split()}
    assert js_vocab == load_vocab()


def test_only_capitalised_words_are_split() -> None:
    assert analyze("hinterlegen") == [stem("hinterlegen")]
    assert analyze("umfassende") == [stem("umfassende")]
    assert len(analyze("Klimaschutz")) > 1
    assert len(analyze("KLIMASCHUTZ")) > 1
    assert analyze("Klimaschutz-Gesetz")[:3] == [stem("klimaschutzgesetz"), "klimaschutz", "gesetz"]


@pytest.mark.parametrize(
    "a, b",
    [("Teleskops", "Teleskop"), ("Handys", "Handy"), ("Interviews", "Interview")],
)
def test_final_s_after_p_w_y(a: str, b: str) -> None:
    assert analyze(a, "query") == analyze(b, "query")


@pytest.mark.parametrize(
    "forms",
    [("Seestern", "Seesterne", "Seesternen"), ("Bayern", "Bayerns"), ("Konzern", "Konzerne")],
)
def test_ern_words_find_each_other(forms: tuple[str, ...]) -> None:
    for q in forms:
        for doc in forms:
            assert analyze(q, "query")[0] in analyze(doc), (q, doc)
