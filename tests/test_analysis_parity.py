"""Parity: analyzer.js in headless Chromium gives exactly the Python analyzer's output.

Inputs: sentences written here (umlauts, ß, hyphens, numbers, abbreviations, quotes,
compounds) in three spellings each; the GermEval training sentences and news paragraphs from
../shared/data when present; the bundled samples. Both modes; plus the stemmer and folding on
every distinct word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.analysis import analyze, tokens_with_offsets
from newsarchive.analysis.folding import fold
from newsarchive.analysis.stemming import snowball, stem

STATIC = Path(__file__).resolve().parents[1] / "newsarchive" / "site" / "static"
ANALYZER_JS = STATIC / "analyzer.js"
VOCAB_JS = STATIC / "analyzer_vocab.js"

SENTENCES = """
Südkorea prüft Waffenlieferungen an die Ukraine.
Suedkorea prueft Waffenlieferungen, Sudkorea pruft auch.
Die US-Regierung kündigt 10.000 neue Stellen an – das sind 1,5 Prozent mehr.
Der Ukraine-Krieg dauert an; die EU-Kommission berät am 22.04.2024 in Brüssel.
„Wir liefern keine Kampfpanzer“, sagte Bundeskanzler Olaf Scholz (SPD) am Montagabend.
»Das ist ein Skandal«, erklärte die Grünen-Politikerin in der ARD-Sendung.
“Geht’s noch?”, fragte er, ‚ehrlich‘ gesagt.
Laut Dr. Müller von der Uni Hamburg u.a. wegen des Klimawandels, z.B. Hochwasser.
Das gilt z. B. für Straßen, u. a. die Hauptstraße, d. h. alle Strassen im Ort.
Die Inflationsrate stieg auf 7,9 Prozent; der Leitzins liegt bei 4,25 %.
Der Fußballspieler schoss in der 90. Minute das 2:1 für den FC Bayern München.
Die Bundesverfassungsgerichtsentscheidung zur Schuldenbremse überraschte alle.
Äußerst ärgerlich: Öl- und Gaspreise steigen, Österreich reagiert.
Aeusserst aergerlich: Oel- und Gaspreise steigen, Oesterreich reagiert.
Die Frauen der neuen Quelle trauen dem Bauern nicht; die Treue zählt.
Das Bundesland Nordrhein-Westfalen plant ein 49-Euro-Ticket für Schülerinnen und Schüler.
Die Rund-um-die-Uhr-Betreuung kostet 3.500 Euro im Monat.
O'Neill und McDonald's eröffnen im Einkaufs­zentrum (mit weichem Trennstrich).
Die Polizei nahm am Sonntag drei Tatverdächtige fest, teilte ein Polizeisprecher mit.
Ministerpräsidentin Manuela Schwesig (SPD) äußerte sich zur Landtagswahl.
Im Jahr 2023 lag die Arbeitslosenquote bei 5,7 % – im Vorjahr waren es 5,3 %.
Die E-Mail kam um 10:30 Uhr, die SMS um 11.15 Uhr.
Er zahlte 1.000.000,50 € für die Villa am Starnberger See.
Die CDU/CSU-Fraktion fordert eine Obergrenze für Asylbewerber.
Der Corona-Impfstoff von BioNTech/Pfizer wurde in Mainz entwickelt.
Die Champions-League-Partie endete 0:0.
Der Deutsche Wetterdienst (DWD) warnt vor Unwettern und Starkregen.
Die Mietpreisbremse gilt bis 2025, sagte die Bauministerin.
Die Gewerkschaft Verdi ruft zum Warnstreik im öffentlichen Nahverkehr auf.
Nach Angaben des Statistischen Bundesamts (Destatis) sank der Umsatz.
Die Staatsanwaltschaft ermittelt wegen Steuerhinterziehung gegen den Unternehmer.
Die Ärztin und die Ärzte im Krankenhaus arbeiten in Zwölf-Stunden-Schichten.
Der Abgeordnete des Bundestags stimmte gegen den Gesetzentwurf.
Ein Großbrand zerstörte die Lagerhalle; die Feuerwehr war mit 120 Einsatzkräften vor Ort.
GROSSBRAND IN DER INNENSTADT: STRASSE GESPERRT
Die Universitätsklinik meldet Rekordzahlen bei Organspenden.
Über 50.000 Menschen demonstrierten für Klimaschutz und gegen Rechtsextremismus.
Die Deutsche Bahn (DB) kündigt Zugausfälle wegen des GDL-Streiks an.
Das Grundgesetz wurde am 23. Mai 1949 verkündet.
Der Ölpreis der Sorte Brent stieg um 2,3 Prozent auf 85,40 US-Dollar je Barrel.
Die Koalitionsverhandlungen zwischen SPD, Grünen und FDP dauern an.
Die Waffenruhe im Nahostkonflikt hält – vorerst.
Beim Erdbeben der Stärke 7,8 starben Tausende Menschen in der Türkei und Syrien.
Die Künstliche Intelligenz (KI) verändert die Arbeitswelt.
Das Oberlandesgericht Düsseldorf verurteilte den Angeklagten zu neun Jahren Haft.
Die Wärmepumpe ersetzt die Ölheizung – das Heizungsgesetz macht's möglich.
Er wohnt in der Goethestraße 12a, 80336 München.
Sie gewann Gold bei den Olympischen Spielen 2024 in Paris.
Der Autobauer VW (Volkswagen) baut 3.000 Stellen ab.
Die Maßnahmen greifen; die Massnahmen greifen; die Masnahmen greifen.
Übermorgen ist Überstundenabbau – übrigens uebermorgen auch.
Die Quelle: dpa/AFP/Reuters; Foto: picture alliance.
Αθήνα und Москва sind Hauptstädte; 北京 auch.
Ein Vitamin-D-Mangel ist häufig; das A und O der Ernährung.
Die Zahl der Flüchtlinge stieg um ein Drittel (33,3 %).
Der Präsident der Vereinigten Staaten (USA) traf den Premierminister Großbritanniens.
Der Kanzler sprach von einer Zeitenwende.
Der Fachkräftemangel trifft Pflegeheime, Kindergärten und Schulen.
Ein 17-Jähriger wurde bei dem Unfall auf der A7 schwer verletzt.
Die 1990er-Jahre und die 68er-Bewegung prägten die Republik.
""".strip().splitlines()


def _transliterate(s: str) -> str:
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        s = s.replace(a, b)
    return s


def _strip_umlauts(s: str) -> str:
    return s.translate(str.maketrans("äöüÄÖÜß", "aouAOUs"))


def written_inputs() -> list[str]:
    out = []
    for s in SENTENCES:
        out += [s, _transliterate(s), _strip_umlauts(s), s.upper()]
    return out


def shared_inputs(shared: Path | None) -> list[str]:
    texts: list[str] = []
    if shared is None:
        return texts
    germeval = shared / "ner" / "germeval2014-train.bioes"
    if germeval.is_file():
        cur: list[str] = []
        for line in germeval.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cur.append(line.rsplit(" ", 1)[0])
            elif cur:
                texts.append(" ".join(cur))
                cur = []
        texts = texts[::4]  # every 4th sentence keeps the test fast (~6,000 sentences)
    expected = shared / "news-pages-dev" / "expected.json"
    if expected.is_file():
        for rec in json.loads(expected.read_text(encoding="utf-8")).values():
            texts += [rec.get("title") or "", rec.get("lead") or ""]
            texts += rec.get("body_paragraphs") or []
    return [t for t in texts if t]


def sample_inputs(samples: Path) -> list[str]:
    texts = []
    if samples.is_dir():
        from bs4 import BeautifulSoup

        for path in sorted(samples.glob("*.htm*")):
            soup = BeautifulSoup(path.read_bytes(), "lxml")
            texts += [p.get_text(" ", strip=True) for p in soup.find_all(["p", "h1", "h2"])]
    return [t for t in texts if t]


@pytest.fixture(scope="module")
def page(browser):
    pg = browser.new_page()
    pg.goto("about:blank")
    pg.add_script_tag(path=str(ANALYZER_JS))
    pg.add_script_tag(path=str(VOCAB_JS))
    yield pg
    pg.close()


def js_analyze_all(page, texts: list[str], mode: str) -> list[list[str]]:
    return page.evaluate(
        "([texts, mode]) => texts.map(t => NewsAnalyzer.analyze(t, mode))", [texts, mode]
    )


def assert_parity(page, texts: list[str]) -> None:
    assert texts
    for mode in ("query", "index"):
        js = js_analyze_all(page, texts, mode)
        bad = [
            (t, j, analyze(t, mode))
            for t, j in zip(texts, js, strict=True)
            if j != analyze(t, mode)
        ]
        assert not bad, f"{len(bad)} of {len(texts)} differ in {mode} mode, first: {bad[0]}"


def test_parity_written_sentences(page) -> None:
    texts = written_inputs()
    assert len(texts) >= 200
    assert_parity(page, texts)


def test_parity_shared_and_samples(page, samples_dir: Path) -> None:
    from tests.conftest import SHARED_DATA

    texts = shared_inputs(SHARED_DATA if SHARED_DATA.is_dir() else None)
    texts += sample_inputs(samples_dir)
    if not texts:
        pytest.skip("no shared data or samples to compare on")
    assert_parity(page, texts)


def fuzz_inputs(n: int = 1500) -> list[str]:
    """Seeded random strings of tricky characters and typical words."""
    import random

    rnd = random.Random(7)
    alphabet = list("aAeEuUoOqQsSzZbBdDhHkKnNrRtTäöüÄÖÜßẞ 0123456789")
    alphabet += list("-\u2010\u2011.,'’\u00ad„“”»«‚‘–—/()_")
    alphabet += ["\u0308", "\u0301", "\u00a0", "\u202f", "²", "½", "Ⅻ", "İ", "ǅ", "Σ", "ς"]
    alphabet += ["ﬁ", "𝐀", "😀", "٣", "ー", "ŉ", "ǰ"]
    words = ["Waffenlieferungen", "Südkorea", "Suedkorea", "z.B.", "u. a.", "US-Regierung"]
    words += ["10.000", "1,5", "Bundesverfassungsgericht", "Quelle", "O'Neill", "ÜBER", "daß"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            if rnd.random() < 0.4:
                parts.append(rnd.choice(words))
            else:
                parts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 10))))
        texts.append(rnd.choice([" ", "", "-", "."]).join(parts))
    return texts


def test_parity_fuzz(page) -> None:
    assert_parity(page, fuzz_inputs())


def test_parity_stem_and_fold_on_distinct_words(page, samples_dir: Path) -> None:
    """Every distinct word of the inputs and of the whole GermEval training file."""
    from tests.conftest import SHARED_DATA

    shared = SHARED_DATA if SHARED_DATA.is_dir() else None
    texts = written_inputs() + shared_inputs(shared) + sample_inputs(samples_dir)
    words = {w for t in texts for w in t.lower().split()}
    germeval = SHARED_DATA / "ner" / "germeval2014-train.bioes"
    if germeval.is_file():
        for line in germeval.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.add(line.rsplit(" ", 1)[0].lower())
    # PyStemmer strips a final apostrophe / "'s"; tokens never contain apostrophes
    words = sorted(w for w in words if w.isalpha())
    words += ["system", "systemen", "kenntnisse", "möglichkeiten", "geplanet", "internet"]
    words += ["teleskops", "handys", "interviews", "bayerns", "seesterne", "news", "ps"]
    js = page.evaluate(
        "ws => ws.map(w => [NewsAnalyzer.snowball(w), NewsAnalyzer.stem(w), NewsAnalyzer.fold(w)])",
        words,
    )
    bad = [
        (w, j, (snowball(w), stem(w), fold(w)))
        for w, j in zip(words, js, strict=True)
        if tuple(j) != (snowball(w), stem(w), fold(w))
    ]
    assert not bad, f"{len(bad)} of {len(words)} words differ, first: {bad[:5]}"


def test_parity_offsets(page) -> None:
    texts = SENTENCES
    js = page.evaluate(
        "ts => ts.map(t => NewsAnalyzer.tokensWithOffsets(t, 'index')"
        ".map(x => [x.term, x.pos, x.start, x.end]))",
        texts,
    )
    for t, j in zip(texts, js, strict=True):
        py = [list(x) for x in tokens_with_offsets(t)]
        if t.isascii() or all(ord(c) < 0x10000 for c in t):  # UTF-16 == code points
            assert j == py, t


def test_loads_from_file_url_and_lazy_vocabulary(browser, tmp_path: Path) -> None:
    html = tmp_path / "index.html"
    html.write_text(
        f'<!doctype html><meta charset="utf-8"><script src="{ANALYZER_JS.as_uri()}"></script>',
        encoding="utf-8",
    )
    pg = browser.new_page()
    pg.goto(html.as_uri())
    q = pg.evaluate("NewsAnalyzer.analyze('Waffenlieferungen nach Südkorea', 'query')")
    assert q == analyze("Waffenlieferungen nach Südkorea", "query")
    assert pg.evaluate("NewsAnalyzer.hasVocab()") is False
    got = pg.evaluate(
        "NewsAnalyzer.loadVocab().then(() => NewsAnalyzer.analyze('Waffenlieferungen'))"
    )
    assert got == analyze("Waffenlieferungen")
    pg.close()
