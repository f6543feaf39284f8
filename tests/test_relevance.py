"""Relevance: German queries over the bundled samples and the shared dev pages.

Each query names the page that must appear among the first three hits (file name without
directory). Inflections, umlaut spellings, compounds, phrases, names, date, source and entity
filters. The expectations were written by hand from the pages' contents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from newsarchive.archive import Archive, ingest
from newsarchive.index import search

# (query, search keyword arguments, expected file). The two dpa pages are one story: the one
# ingested first (files are taken in name order) is the article, the other its duplicate.
SAMPLE_QUERIES = [
    ("Union Freiburg", {}, "anstoss-union-freiburg.html"),
    ("Krise Freiburg verliert", {}, "anstoss-union-freiburg.html"),
    ("Hochwasser Schwaben", {}, "bayernwelle-liveblog-hochwasser-schwaben.html"),
    ("Hochwassers", {}, "bayernwelle-liveblog-hochwasser-schwaben.html"),
    ("Söder Krisengebiet", {}, "bayernwelle-liveblog-hochwasser-schwaben.html"),
    ("Soeder Pegel", {}, "bayernwelle-liveblog-hochwasser-schwaben.html"),
    ("Seesterne Wattenmeer", {}, "elbe-anzeiger-dpa-seesterne-watt.html"),
    ("Seestern", {}, "elbe-anzeiger-dpa-seesterne-watt.html"),
    ("Meeresbiologin Janssen", {}, "elbe-anzeiger-dpa-seesterne-watt.html"),
    ("Scholz Macron Verteidigung", {}, "hauptstadtblatt-meseberg-scholz-macron-saved.html"),
    ('"Europas Verteidigung"', {}, "hauptstadtblatt-meseberg-scholz-macron-saved.html"),
    ("Meseberg", {}, "hauptstadtblatt-meseberg-scholz-macron-saved.html"),
    ("Radwege Lörrach", {}, "markgraefler-loerrach-radwege.html"),
    ("Loerrach Radweg", {}, "markgraefler-loerrach-radwege.html"),
    ("Gemeinderat Innenstadt", {}, "markgraefler-loerrach-radwege.html"),
    ("Werft Stellen", {}, "nordsee-bote-werft-stellenabbau.html"),
    ("Betriebsrat Widerstand", {}, "nordsee-bote-werft-stellenabbau.html"),
    ("GDL Warnstreik", {}, "rhein-main-post-gdl-warnstreik.html"),
    ("Warnstreiks Bahn", {}, "rhein-main-post-gdl-warnstreik.html"),
    ("Streik GDL", {}, "rhein-main-post-gdl-warnstreik.html"),
    ("Olympia Silber Kanu", {}, "sportkurier-olympia-kanu-silber.html"),
    ('"Lena Hartwig"', {}, "sportkurier-olympia-kanu-silber.html"),
    ("Medaillen Olympia", {}, "sportkurier-olympia-kanu-silber.html"),
    ("Kunsthalle Lotte Brandis", {}, "stadtlicht-kunsthalle-lotte-brandis.html"),
    ("Sternwarte Sonneberg", {}, "suedthueringer-rundschau-sternwarte-latin1.html"),
    ("Teleskops", {}, "suedthueringer-rundschau-sternwarte-latin1.html"),
    ("Finanzpaket Union SPD Grüne", {}, "tagesblick-finanzpaket-einigung.html"),
    ("Gruene Finanzpaket", {}, "tagesblick-finanzpaket-einigung.html"),
    ("Fernwärme Preise", {}, "westfalen-kurier-fernwaerme-cp1252.html"),
    ("Fernwaerme Stadtwerke", {}, "westfalen-kurier-fernwaerme-cp1252.html"),
    ("Mietpreisbremse", {}, "wiener-abendpost-mietpreisbremse.html"),
    ("Altbau Mietpreisbremse", {}, "wiener-abendpost-mietpreisbremse.html"),
    ("Autozölle Trump", {}, "wirtschaftskurier-trump-autozoelle-korrektur.html"),
    ("Zoelle Hersteller", {}, "wirtschaftskurier-trump-autozoelle-korrektur.html"),
    ("wärmsten Juli", {}, "zeitspiegel-dwd-juli-bilanz.html"),
    ("waermste Juli Messungen", {}, "zeitspiegel-dwd-juli-bilanz.html"),
    ("Glattalbahn Stimmvolk", {}, "zuercher-tagespost-glattalbahn-abstimmung.html"),
    ("Verlängerung Glattalbahn", {}, "zuercher-tagespost-glattalbahn-abstimmung.html"),
    ("titel:Seesterne", {}, "elbe-anzeiger-dpa-seesterne-watt.html"),
    ("Seesterne ODER Glattalbahn", {"date_to": "2024"},
     "zuercher-tagespost-glattalbahn-abstimmung.html"),
    ("Werft NICHT Olympia", {}, "nordsee-bote-werft-stellenabbau.html"),
    ("Warnstreik datum:2023-11", {}, "rhein-main-post-gdl-warnstreik.html"),
    ("Radwege datum:22.05.2024", {}, "markgraefler-loerrach-radwege.html"),
    ("Stadtwerke", {"date_from": "01.01.2023", "date_to": "2023-12"},
     "westfalen-kurier-fernwaerme-cp1252.html"),
    ("Silber", {"sources": ["Sportkurier"]}, "sportkurier-olympia-kanu-silber.html"),
    ("quelle:Wirtschaftskurier Trump", {}, "wirtschaftskurier-trump-autozoelle-korrektur.html"),
    ("Deutschlandticket", {}, "westdeutsche-runde-deutschlandticket-amp.html"),
    ("Ticket teurer Januar", {}, "westdeutsche-runde-deutschlandticket-amp.html"),
    ("Verbraucherschuetzer Kritik Ticket", {}, "westdeutsche-runde-deutschlandticket-amp.html"),
    ("Kölner Dom Nordturm", {}, "rheinischer-bote-koelner-dom-nordturm.html"),
    ("Koelner Doms Sanierung", {}, "rheinischer-bote-koelner-dom-nordturm.html"),
    ("Turm Kosten Millionen", {}, "rheinischer-bote-koelner-dom-nordturm.html"),
    ("Fotoplatten Archiv", {}, "suedthueringer-rundschau-sternwarte-latin1.html"),
    ("Gegenmaßnahmen Europa", {}, "wirtschaftskurier-trump-autozoelle-korrektur.html"),
]

DEV_QUERIES = [
    ("Missbrauch Landeskirche", {}, "BR_2024_04_22.html"),
    ("Israel Gaza Ticker", {}, "BR_2024_08_27.html"),
    ("Fury Usyk", {}, "BSZ_2024_05_16.html"),
    ("Schwergewicht Krone", {}, "BSZ_2024_05_16.html"),
    ("Stromnetz Ampeln", {}, "BSZ_2025_09_09.html"),
    ("Lichterfelde Brand", {}, "BerlinerMorgenpost_2024_05_03.html"),
    ("Rauchgas Warnung", {}, "BerlinerMorgenpost_2024_05_03.html"),
    ("EZB Leitzins", {}, "BerlinerMorgenpost_2025_09_09.html"),
    ("Zinsentscheid", {}, "BerlinerMorgenpost_2025_09_09.html"),
    ("Fuechse Andersson", {}, "BerlinerMorgenpost_2025_11_06.html"),
    ("Imam Kinderlosigkeit", {}, "BerlinerZeitung_2026_05_18.html"),
    ("Wero Praxistest", {}, "BoersenZeitung_2024_12_16.html"),
    ("Deutsche Bank Aufsichtsratschef", {}, "BoersenZeitung_2025_11_06.html"),
    ("China Agenten", {}, "Correctiv_2026_05_24.html"),
    ("Kalifat Islamisten", {}, "DerStandard_2024_05_03.html"),
    ('"Golf von Nordamerika"', {}, "DiePresse_2025_06_05.html"),
    ("Venezuela Militäreinsatz", {}, "EuronewsDE_2026_01_06.html"),
    ("Ticket Pendler", {}, "FAZ_2023_04_28.html"),
    ("Spione Schweiz", {}, "FAZ_2024_04_17.html"),
    ("Spion Schweiz", {}, "FAZ_2024_04_17.html"),
    ("Lego Star Wars", {}, "Focus_2023_04_28.html"),
    ("Hutfestival", {}, "FreiePresse_2024_04_30.html"),
    ("FDP Generalsekretär", {}, "FreiePresse_2024_11_29.html"),
    ("Samsung Galaxy Ring", {}, "Gamestar_2024_04_28.html"),
    ("Baerbock UN", {}, "HamburgerAbendblatt_2025_09_09.html"),
    ("Hamas Geisel", {}, "HamburgerAbendblatt_2025_11_06.html"),
    ("Phishing Ionos", {}, "Heise_2024_04_19.html"),
    ("Nairobi", {}, "JungeWelt_2026_05_18.html"),
    ("MSV Schubert", {}, "Kicker_2024_04_26.html"),
    ("Waffenlieferungen Israel", {}, "LTO_2025_10_20.html"),
    ("Lieferung Israel Verfassungsbeschwerde", {}, "LTO_2025_10_20.html"),
    ("Strassenrennen", {}, "LuxemburgerWort_2025_06_30.html"),
    ("Embolo Schiedsrichter", {}, "LuxemburgerWort_2026_07_12.html"),
    ("Thüringer Bratwurst", {}, "MDR_2023_04_28.html"),
    ("Straßenbahn Hitze", {}, "MDR_2026_07_08.html"),
    ("Meteorit Elmshorn", {}, "NDR_2023_04_28.html"),
    ("Studierende lesen", {}, "NDR_2025_06_18.html"),
    ('"Judy Lybke"', {}, "NTV_2023_04_28.html"),
    ("Eisheiligen Wetter", {}, "RuhrNachrichten_2024_05_03.html"),
    ("Drusen Teilhabe", {}, "SRF_2025_01_05.html"),
    ("Paypal Zahlungssystem", {}, "Stern_2023_04_28.html"),
    ("Stuttgart Superlative", {}, "StuttgarterZeitung_2026_07_11.html"),
    ("OGBL LCGB", {}, "Tageblatt_2025_06_30.html"),
    ("SVP Asylpolitik", {}, "TagesAnzeiger_2024_09_04.html"),
    ("Ahrtal Flut Ausschuss", {}, "Tagesschau_2023_04_28.html"),
    ("Kate Moss", {}, "VogueDE_2024_04_30.html"),
    ("Feuerwehrleute Pension", {}, "WDR_2024_04_22.html"),
    ("Putin Zerschlagung Russlands", {}, "ZDF_2025_11_07.html"),
    ("Tiktok Wahleinmischung", {}, "ZwanzigMinuten_2024_12_17.html"),
    ("Erkältung Ernährung", {}, "ZwanzigMinuten_2025_11_06.html"),
    ("Missbrauch", {"date_from": "2025"}, "HamburgerAbendblatt_2025_11_06.html"),
    ("Missbrauch datum:2024-04", {}, "BR_2024_04_22.html"),
    ("Missbrauch", {"sources": ["BR24"]}, "BR_2024_04_22.html"),
    ("Ukraine", {"date_from": "2025-11-01", "date_to": "07.11.2025"}, "ZDF_2025_11_07.html"),
    ("titel:Meteorit", {}, "NDR_2023_04_28.html"),
    ("Suedkorea Waffen", {}, "suedkorea-ukraine-waffenlieferungen.html"),
    ("Südkoreas Lieferung", {}, "suedkorea-ukraine-waffenlieferungen.html"),
]

# Entity filters: they need the NER model; skipped when the archive holds no entities.
ENTITY_QUERIES = [
    ("Finanzpaket", {"persons": ["Merz"]}, "tagesblick-finanzpaket-einigung.html"),
    ("Verteidigung", {"persons": ["Macron"]}, "hauptstadtblatt-meseberg-scholz-macron-saved.html"),
    ("Radwege", {"places": ["Lörrach"]}, "markgraefler-loerrach-radwege.html"),
    ("Warnstreik", {"orgs": ["Gewerkschaft Deutscher Lokomotivführer"]},
     "rhein-main-post-gdl-warnstreik.html"),
    ("Bahn", {"orgs": ["Lokomotivfuehrer"]}, "rhein-main-post-gdl-warnstreik.html"),
    ("Finanzpaket", {"persons": ["Friedrich Merz"], "orgs": ["SPD"]},
     "tagesblick-finanzpaket-einigung.html"),
    ("person:Weselsky", {}, "rhein-main-post-gdl-warnstreik.html"),
    ("person:Trump Autozölle", {}, "wirtschaftskurier-trump-autozoelle-korrektur.html"),
    ("ort:Sonneberg", {}, "suedthueringer-rundschau-sternwarte-latin1.html"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, samples_dir: Path) -> Archive:
    """The bundled samples, plus the shared dev pages and the seed page when present."""
    root = tmp_path_factory.mktemp("relevance")
    pages = root / "pages"
    pages.mkdir()
    sources = list(samples_dir.glob("*.html"))
    if SHARED_DATA.is_dir():
        sources += list((SHARED_DATA / "news-pages-dev").glob("*.html"))
        sources += list((SHARED_DATA / "seed-article").glob("*.html"))
    for p in sources:
        shutil.copy(p, pages / p.name)
    rep = ingest([pages], root / "archive", jobs=2, progress=False)
    assert not rep.failed, rep.failed
    arch = Archive(root / "archive")
    yield arch
    arch.close()


def _files(arch: Archive, query: str, kwargs: dict) -> list[str]:
    res = search(arch, query, per_page=3, facets=False, snippets=False, **kwargs)
    return [Path(arch.get(h.id)["file"]).name for h in res.hits]


def test_enough_queries():
    assert len(SAMPLE_QUERIES) + len(ENTITY_QUERIES) >= 60  # run without ../shared too
    assert len(SAMPLE_QUERIES) + len(ENTITY_QUERIES) + len(DEV_QUERIES) >= 100


@pytest.mark.parametrize(("query", "kwargs", "expected"), SAMPLE_QUERIES + ENTITY_QUERIES,
                         ids=[q for q, _, _ in SAMPLE_QUERIES + ENTITY_QUERIES])
def test_sample_query_top3(corpus: Archive, query: str, kwargs: dict, expected: str):
    got = _files(corpus, query, kwargs)
    assert expected in got, f"{query!r} {kwargs}: top 3 = {got}"


@pytest.mark.parametrize(("query", "kwargs", "expected"), DEV_QUERIES,
                         ids=[q for q, _, _ in DEV_QUERIES])
def test_dev_page_query_top3(corpus: Archive, shared_data: Path, query: str, kwargs: dict,
                             expected: str):
    got = _files(corpus, query, kwargs)
    assert expected in got, f"{query!r} {kwargs}: top 3 = {got}"
