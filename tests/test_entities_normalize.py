"""Unit tests of entity normalisation (no model needed)."""

from __future__ import annotations

from newsarchive.entities.demonyms import country_of_adjective, country_of_demonym
from newsarchive.entities.germeval import _spans_from_tags
from newsarchive.entities.normalize import (
    Mention,
    canonicalize_mentions,
    clean_mention,
    join_person_names,
    remap_entities,
    resolve_surnames,
)
from newsarchive.entities.places import country_names
from newsarchive.record import Entity


def canon(*mentions: tuple[str, str]) -> dict[str, tuple[str, int]]:
    return {n: (t, c) for n, t, c in canonicalize_mentions(Mention(*m) for m in mentions)}


def test_partial_and_genitive_person_names_join_the_fullest_name():
    got = canon(("Yoon Suk Yeol", "PER"), ("Suk Yeol", "PER"), ("Yoon", "PER"),
                ("Yoons", "PER"), ("Kim Tae Hyo", "PER"), ("Kim", "PER"))
    assert got == {"Yoon Suk Yeol": ("PER", 4), "Kim Tae Hyo": ("PER", 2)}


def test_a_genitive_full_name_does_not_make_a_partial_name_ambiguous():
    got = canon(("Judy Lybke", "PER"), ("Judy Lybkes", "PER"), ("Judy", "PER"), ("Judy", "PER"))
    assert got == {"Judy Lybke": ("PER", 4)}


def test_a_shared_surname_joins_the_clearly_dominant_full_name():
    many = [("Judy Lybke", "PER")] * 12
    got = canon(*many, ("Gerd Harry Lybke", "PER"), ("Lybke", "PER"), ("Lybke", "PER"))
    assert got == {"Judy Lybke": ("PER", 14), "Gerd Harry Lybke": ("PER", 1)}
    # two people of one family, neither dominant: the bare surname stays apart
    got = canon(("Boris Becker", "PER"), ("Boris Becker", "PER"), ("Noah Becker", "PER"),
                ("Becker", "PER"), ("Becker", "PER"))
    assert got == {"Boris Becker": ("PER", 2), "Noah Becker": ("PER", 1), "Becker": ("PER", 2)}


def test_a_short_first_name_joins_the_one_longer_first_name():
    got = canon(("Alexander Wynaendts", "PER"), ("Alex Wynaendts", "PER"),
                ("Wynaendts", "PER"), ("Wynaendts", "PER"))
    assert got == {"Alexander Wynaendts": ("PER", 4)}
    names = {"Alex Müller", "Alexander Müller", "Alexandra Müller"}
    assert join_person_names(names)["Alex Müller"] == "Alex Müller"  # which one is unclear


def test_person_genitive_that_swallowed_a_noun():
    got = canon(("Trumps Autozölle", "PER"), ("Donald Trump", "PER"), ("Thomas Müller", "PER"))
    assert got == {"Donald Trump": ("PER", 2), "Thomas Müller": ("PER", 1)}


def test_ambiguous_surname_stays_unjoined():
    mapping = join_person_names(["Thomas Müller", "Gerd Müller", "Müller"])
    assert mapping["Müller"] == "Müller"
    assert mapping["Thomas Müller"] == "Thomas Müller"


def test_well_known_fallback_only_when_article_does_not_explain_the_surname():
    assert canon(("Trump", "PER")) == {"Donald Trump": ("PER", 1)}
    # An article naming another Trump keeps that person.
    assert canon(("Melania Trump", "PER"), ("Trump", "PER")) == {"Melania Trump": ("PER", 2)}


def test_archive_surname_resolution_needs_an_unambiguous_full_name():
    counts = {"Trump": 9, "Donald Trump": 4, "Müller": 3, "Thomas Müller": 2,
              "Gerd Müller": 2, "Suk Yeol": 1, "Yoon Suk Yeol": 5, "Scholz": 2}
    assert resolve_surnames(counts) == {"Trump": "Donald Trump", "Suk Yeol": "Yoon Suk Yeol"}
    # A dominant full name wins over a rare namesake.
    assert resolve_surnames({"Merz": 5, "Friedrich Merz": 50, "Anna Merz": 1}) == {
        "Merz": "Friedrich Merz"}


def test_inflected_places_and_organisations():
    got = canon(("Nordkoreas", "LOC"), ("Russlands", "LOC"), ("des Kremls", "ORG"),
                ("Pjöngjangs", "LOC"), ("Paris", "LOC"), ("Deutschlands", "LOC"))
    assert got == {"Nordkorea": ("LOC", 1), "Russland": ("LOC", 1), "Kreml": ("ORG", 1),
                   "Pjöngjang": ("LOC", 1), "Paris": ("LOC", 1), "Deutschland": ("LOC", 1)}


def test_genitive_country_tagged_as_person_becomes_the_place():
    assert canon(("Nordkoreas", "PER"), ("Nordkorea", "LOC")) == {"Nordkorea": ("LOC", 2)}


def test_acronyms_and_long_forms_of_organisations():
    got = canon(("Vereinte Nationen", "ORG"), ("UN", "ORG"), ("Vereinten Nationen", "ORG"),
                ("Europäische Union", "ORG"), ("der Europäischen Union", "ORG"), ("EU", "ORG"),
                ("NATO", "ORG"), ("Nato", "ORG"))
    assert got == {"Vereinte Nationen": ("ORG", 3), "Europäische Union": ("ORG", 3),
                   "Nato": ("ORG", 2)}


def test_declined_organisation_names_become_nominative():
    got = canon(("Deutschen Wetterdienst", "ORG", "dem"), ("Technische Hilfswerk", "ORG", "Das"),
                ("Landesamts für Umwelt", "ORG", "des"), ("Deutschen Kanu-Verband", "ORG", "den"),
                ("Verbands der Automobilindustrie", "ORG", "des"), ("DWD", "ORG"))
    assert got == {"Deutscher Wetterdienst": ("ORG", 2), "Technisches Hilfswerk": ("ORG", 1),
                   "Landesamt für Umwelt": ("ORG", 1), "Deutscher Kanu-Verband": ("ORG", 1),
                   "Verband der Automobilindustrie": ("ORG", 1)}



def test_place_adjectives_in_names_are_not_declined():
    """"Leipziger", "Danziger" come from places and keep their -er after any article."""
    got = canon(("Leipziger Hochschule für Grafik und Buchkunst", "ORG", "der"),
                ("Danziger Werft", "ORG", "die"), ("Deutschen Bank", "ORG", "der"))
    assert got == {"Leipziger Hochschule für Grafik und Buchkunst": ("ORG", 1),
                   "Danziger Werft": ("ORG", 1), "Deutsche Bank": ("ORG", 1)}


def test_short_organisation_names_join_the_longer_one_of_the_article():
    got = canon(("Deutschen Bahn", "ORG", "der"), ("Bahn", "ORG"), ("Stadtwerke", "ORG"),
                ("Stadtwerke Gütersloh", "ORG"))
    assert got == {"Deutsche Bahn": ("ORG", 2), "Stadtwerke Gütersloh": ("ORG", 2)}
    assert canon(("Union", "ORG"), ("SPD", "ORG")) == {"CDU/CSU": ("ORG", 1), "SPD": ("ORG", 1)}
    assert canon(("Bahn", "ORG"), ("Deutsche Bahn", "ORG"), ("Pro Bahn", "ORG")) == {
        "Deutsche Bahn": ("ORG", 1), "Pro Bahn": ("ORG", 1)}
    assert canon(("Verbraucherzentrale Bundesverband", "ORG", "der")) == {
        "Verbraucherzentrale Bundesverband": ("ORG", 1)}
    assert canon(("Union", "ORG"), ("1. FC Union Berlin", "ORG")) == {
        "1. FC Union Berlin": ("ORG", 2)}


def test_region_prefixes_and_compass_forms():
    got = canon(("Freistaat Thüringen", "LOC"), ("Ostdeutschlands", "LOC", "des"))
    assert got == {"Thüringen": ("LOC", 1), "Ostdeutschland": ("LOC", 1)}


def test_country_long_forms_and_aliases():
    got = canon(("Vereinigten Staaten", "LOC"), ("USA", "LOC"), ("Bundesrepublik", "LOC"))
    assert got == {"USA": ("LOC", 2), "Deutschland": ("LOC", 1)}


def test_country_adjectives_and_demonyms():
    assert country_of_adjective("südkoreanische") == "Südkorea"
    assert country_of_adjective("russischen") == "Russland"
    assert country_of_adjective("nordkoreanischer") == "Nordkorea"
    assert country_of_adjective("US-amerikanischen") == "USA"
    assert country_of_adjective("Regierung") is None
    assert country_of_demonym("Russen") == "Russland"
    assert country_of_demonym("Ukrainerin") == "Ukraine"
    assert country_of_demonym("Franzosen") == "Frankreich"


def test_country_names_come_from_cldr_with_news_forms():
    names = country_names()
    assert names["KR"] == "Südkorea"
    assert names["US"] == "USA"
    assert names["RU"] == "Russland"


def test_clean_mention_strips_quotes_articles_and_apostrophes():
    assert clean_mention("„Tagesspiegel“") == "Tagesspiegel"
    assert clean_mention("des Kremls") == "Kremls"
    assert clean_mention("Merz'") == "Merz"


def test_bio_and_bioes_decoding():
    assert _spans_from_tags(["B-PER", "I-PER", "E-PER", "O", "S-LOC"], {"PER", "LOC"}) == [
        (0, 3, "PER"), (4, 5, "LOC")]
    assert _spans_from_tags(["B-ORG", "I-ORG", "B-ORG", "O", "B-OTH"], {"ORG"}) == [
        (0, 2, "ORG"), (2, 3, "ORG")]
    assert _spans_from_tags(["B-LOCderiv", "B-LOC"], {"LOC"}) == [(1, 2, "LOC")]


def test_remap_entities_merges_renamed_persons():
    ents = [Entity("Trump", "PER", 3), Entity("Donald Trump", "PER", 1), Entity("USA", "LOC", 2),
            Entity("Trump", "ORG", 1)]
    got = remap_entities(ents, {"Trump": "Donald Trump"})
    assert got == [Entity("Donald Trump", "PER", 4), Entity("USA", "LOC", 2),
                   Entity("Trump", "ORG", 1)]


def test_germeval_tsv_reader_skips_source_lines(tmp_path):
    from newsarchive.entities.germeval import read_any

    f = tmp_path / "mini.tsv"
    f.write_text("#\thttp://example.org/x\t[2014-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n"
                 "3\t#\tO\tO\n\n# plain comment\n1\tdeutsche\tB-LOCderiv\tO\n2\tSPD\tB-ORG\tO\n",
                 encoding="utf-8")
    assert list(read_any(f)) == [(["Angela", "Merkel", "#"], [(0, 2, "PER")]),
                                 (["deutsche", "SPD"], [(1, 2, "ORG")])]


def test_full_name_tagged_as_organisation_is_the_person_of_the_article():
    got = canon(("Chelsea Manning", "ORG"), ("Manning", "PER"), ("Manning", "PER"))
    assert got == {"Chelsea Manning": ("PER", 3)}
    # no person "Chelsea" of that surname in the article: the club stays a club
    assert canon(("FC Chelsea", "ORG"), ("Chelsea", "ORG")) == {"FC Chelsea": ("ORG", 2)}


def test_slashed_places_are_split_and_credit_topics_dropped():
    got = canon(("München/Hamburg", "LOC"), ("Japan/Eiskunstlauf", "LOC"), ("CDU/CSU", "ORG"))
    assert got == {"München": ("LOC", 1), "Hamburg": ("LOC", 1), "Japan": ("LOC", 1),
                   "CDU/CSU": ("ORG", 1)}


def test_ki_is_no_organisation():
    assert canon(("KI", "ORG"), ("OpenAI", "ORG")) == {"OpenAI": ("ORG", 1)}


def test_a_person_tagged_once_as_a_place_stays_a_person():
    got = canon(("Aviv", "PER"), ("Aviv", "PER"), ("Aviv", "LOC"), ("Avivs", "PER"),
                ("Tel Aviv", "LOC"))
    assert got == {"Aviv": ("PER", 4), "Tel Aviv": ("LOC", 1)}
    # a country stays a country however often it was tagged as a person
    assert canon(("Nordkorea", "PER"), ("Nordkorea", "PER"), ("Nordkorea", "LOC")) == {
        "Nordkorea": ("LOC", 3)
    }


def test_hyphen_and_space_spellings_are_one_entity():
    got = canon(("Tel-Aviv", "LOC"), ("Tel Aviv", "LOC"), ("Tel Aviv", "LOC"))
    assert got == {"Tel Aviv": ("LOC", 3)}
    got = canon(("Baden-Württemberg", "LOC"), ("Baden Württemberg", "LOC"))
    assert got == {"Baden-Württemberg": ("LOC", 2)}


def test_a_persons_genitive_tagged_as_a_place_is_the_person():
    got = canon(("Adrian Hänni", "PER"), ("Hänni", "PER"), ("Hännis", "LOC"))
    assert got == {"Adrian Hänni": ("PER", 3)}


def test_a_sentence_start_article_before_a_place_goes():
    got = canon(("Die Schweiz", "ORG"), ("Schweiz", "LOC"), ("Schweiz", "LOC"),
                ("Die Zeit", "ORG"))
    assert got == {"Schweiz": ("LOC", 3), "Die Zeit": ("ORG", 1)}


def test_declined_place_names_with_adjectives_become_nominative():
    from newsarchive.entities.inflection import nominative

    assert nominative("Roten Meer", "im") == "Rotes Meer"
    assert nominative("Askanischen Platz", "am") == "Askanischer Platz"
    assert nominative("Chinesischen Mauer", "der") == "Chinesische Mauer"
    assert nominative("Olympischen Spielen", "den") == "Olympische Spiele"
    assert nominative("Vereinigten Staaten", "den") == "Vereinigte Staaten"


def test_a_company_name_tagged_as_a_person_is_the_company():
    got = canon(("Valendo GmbH", "ORG"), ("Valendo", "PER"), ("Valendo", "PER"))
    assert got == {"Valendo GmbH": ("ORG", 3)}
    # a person of the article with that surname keeps it
    got = canon(("Porsche AG", "ORG"), ("Ferdinand Porsche", "PER"), ("Porsche", "PER"))
    assert got == {"Porsche AG": ("ORG", 1), "Ferdinand Porsche": ("PER", 2)}


def test_mention_cleaning_drops_an_open_bracket_and_results():
    from newsarchive.entities.filters import is_plausible_name
    from newsarchive.entities.normalize import clean_mention

    assert clean_mention("Bundesagentur für Arbeit (BA") == "Bundesagentur für Arbeit"
    assert not is_plausible_name("LSG Aalen II 54,34 Rangfolge", "ORG")
    assert is_plausible_name("TSV 1860 München", "ORG")


def test_a_person_span_ends_before_a_club_acronym():
    got = canon(("Marlene TSV Hüttlingen", "PER"), ("Marlene Wolf", "PER"),
                ("Johann Georg II", "PER"), ("Benedikt XVI", "PER"))
    assert got == {"Marlene Wolf": ("PER", 2), "Johann Georg II": ("PER", 1),
                   "Benedikt XVI": ("PER", 1)}
