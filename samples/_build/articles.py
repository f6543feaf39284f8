# ruff: noqa: E501
"""Content of the bundled sample articles (fictional news, written for this project).

Each article is a dict; ``body`` lists paragraphs in reading order, a leading ``"## "`` marks a
sub-heading. Dates are local Berlin time (``YYYY-MM-DD HH:MM``). ``entities`` is the gold set.
The page markup around the content comes from :mod:`pages`.
"""

from __future__ import annotations

ARTICLES: list[dict] = []


def article(**kw) -> dict:
    kw.setdefault("kicker", None)
    kw.setdefault("modified", None)
    kw.setdefault("agencies", [])
    kw.setdefault("lead_in_body", False)
    ARTICLES.append(kw)
    return kw


FINANZPAKET = article(
    file="tagesblick-finanzpaket-einigung.html",
    style="broadcaster",
    url="https://www.tagesblick.example/inland/innenpolitik/finanzpaket-einigung-union-spd-gruene-100.html",
    site_name="tagesblick",
    section="Inland",
    tags=["Schuldenbremse", "Sondervermögen", "Friedrich Merz", "Bundestag"],
    kicker="Schuldenbremse",
    title="Union, SPD und Grüne einigen sich auf Finanzpaket",
    lead="Nach tagelangen Verhandlungen haben sich Union, SPD und Grüne auf ein milliardenschweres Finanzpaket für Verteidigung und Infrastruktur verständigt. Kommende Woche soll der alte Bundestag darüber abstimmen.",
    lead_in_body=True,
    authors=["Miriam Adler", "Jonas Berg"],
    published="2025-03-14 14:05",
    modified="2025-03-14 17:42",
    body=[
        "CDU-Chef Friedrich Merz sprach am Freitagnachmittag in Berlin von einem „guten und tragfähigen Ergebnis“. Nach Angaben aus Verhandlungskreisen erhalten die Grünen zusätzliche Zusagen für den Klimaschutz. Im Gegenzug wollen sie der nötigen Änderung des Grundgesetzes im Bundestag zustimmen.",
        "Das Paket sieht vor, Verteidigungsausgaben oberhalb von einem Prozent der Wirtschaftsleistung von der Schuldenbremse auszunehmen. Zudem soll ein Sondervermögen von 500 Milliarden Euro für Straßen, Schienen, Schulen und Krankenhäuser entstehen. Ein Teil des Geldes ist für die Länder vorgesehen.",
        "## Grüne setzen Klimaschutz durch",
        "Grünen-Fraktionschefin Katharina Dröge sagte, ihre Partei habe „keinen Blankoscheck“ ausgestellt. Von dem Sondervermögen sollen nach ihren Worten 100 Milliarden Euro in den Klima- und Transformationsfonds fließen. Auch der Begriff der Verteidigung werde weiter gefasst und schließe den Zivilschutz und die Hilfe für die Ukraine ein.",
        "SPD-Chef Lars Klingbeil zeigte sich erleichtert. Deutschland sende damit ein klares Signal an seine Partner in Europa, sagte er. Der geschäftsführende Bundeskanzler Olaf Scholz hatte zuvor in Brüssel für eine gemeinsame europäische Antwort auf die veränderte Sicherheitslage geworben.",
        "## Kritik von FDP und AfD",
        "Die FDP kritisierte die Einigung scharf. Fraktionschef Christian Dürr warf Union und SPD vor, sich „auf Kosten kommender Generationen“ zu verschulden. Die AfD kündigte an, eine Klage beim Bundesverfassungsgericht zu prüfen.",
        "Für die Grundgesetzänderung ist eine Zweidrittelmehrheit in Bundestag und Bundesrat nötig. Die Abstimmung im Bundestag ist für Dienstag geplant, der Bundesrat könnte am Freitag darauf folgen.",
    ],
    entities={
        "PER": ["Friedrich Merz", "Katharina Dröge", "Lars Klingbeil", "Olaf Scholz", "Christian Dürr"],
        "LOC": ["Berlin", "Ukraine", "Deutschland", "Europa", "Brüssel"],
        "ORG": ["CDU/CSU", "CDU", "SPD", "Grüne", "FDP", "AfD", "Bundestag", "Bundesrat", "Bundesverfassungsgericht"],
    },
)

# Second version of the same article (same canonical URL), kept in samples/updates/.
FINANZPAKET_V2 = dict(
    FINANZPAKET,
    file="updates/tagesblick-finanzpaket-einigung.html",
    modified="2025-03-14 21:10",
    body=FINANZPAKET["body"][:-1]
    + [
        "Für die Grundgesetzänderung ist eine Zweidrittelmehrheit in Bundestag und Bundesrat nötig. Das Bundesverfassungsgericht wies am Abend erste Eilanträge gegen die Sondersitzung ab, die Abstimmung im Bundestag soll wie geplant am Dienstag stattfinden.",
    ],
)
FINANZPAKET_V2["entities"] = FINANZPAKET["entities"]

article(
    file="markgraefler-loerrach-radwege.html",
    style="wordpress",
    url="https://www.markgraefler-nachrichten.example/lokales/loerrach-gemeinderat-beschliesst-neue-radwege/",
    site_name="Markgräfler Nachrichten",
    section="Lokales",
    tags=["Lörrach", "Radverkehr", "Gemeinderat"],
    title="Lörrach: Gemeinderat beschließt neue Radwege in der Innenstadt",
    lead="Der Gemeinderat in Lörrach hat am Dienstagabend mit großer Mehrheit ein Konzept für neue Radwege in der Innenstadt beschlossen. Bis 2027 sollen rund vier Kilometer Strecke entstehen.",
    lead_in_body=True,
    authors=["Thomas Weber"],
    published="2024-05-22 10:15",
    modified="2024-05-22 12:40",
    body=[
        "Oberbürgermeister Jörg Lutz sprach nach der Sitzung von einem „wichtigen Schritt für eine lebenswerte Stadt“. Besonders die Verbindung zwischen dem Bahnhof und dem Stadtteil Stetten gilt seit Jahren als gefährlich. Dort sollen nun geschützte Radstreifen entstehen, die durch Poller von der Fahrbahn getrennt sind.",
        "## Händler fürchten um Parkplätze",
        "Kritik kam vom Gewerbeverein Lörrach. Dessen Vorsitzende Sabine Krämer befürchtet, dass durch den Wegfall von 60 Parkplätzen Kundschaft aus dem Umland ausbleibt. Viele Käufer kämen aus der Schweiz und aus dem Elsass und seien auf das Auto angewiesen, sagte sie.",
        "Die Stadtverwaltung hält dagegen. Eine Zählung im vergangenen Herbst habe gezeigt, dass die Parkhäuser in der Innenstadt selten mehr als zur Hälfte ausgelastet seien, erklärte Baubürgermeisterin Katja Reinhardt.",
        "## Land fördert das Projekt",
        "Die Kosten von rund 3,8 Millionen Euro trägt zu großen Teilen das Land Baden-Württemberg. Aus dem Förderprogramm für kommunale Radinfrastruktur fließen nach Angaben der Stadt etwa 2,5 Millionen Euro.",
        "Der ADFC begrüßte den Beschluss. Sprecher Martin Heller nannte das Konzept „überfällig“, mahnte aber eine zügige Umsetzung an. Die ersten Bauarbeiten sollen im Frühjahr 2025 in der Tumringer Straße beginnen.",
    ],
    entities={
        "PER": ["Jörg Lutz", "Sabine Krämer", "Katja Reinhardt", "Martin Heller"],
        "LOC": ["Lörrach", "Stetten", "Schweiz", "Elsass", "Baden-Württemberg", "Tumringer Straße"],
        "ORG": ["Gewerbeverein Lörrach", "ADFC"],
    },
)

article(
    file="nordsee-bote-werft-stellenabbau.html",
    style="paywall",
    url="https://www.nordsee-bote.example/wirtschaft/bremerhaven-werft-streicht-240-stellen-id41877213.html",
    site_name="Nordsee-Bote",
    section="Wirtschaft",
    tags=["Bremerhaven", "Werften", "IG Metall", "Arbeitsplätze"],
    kicker="Bremerhaven",
    title="Werft streicht 240 Stellen – Betriebsrat kündigt Widerstand an",
    lead="Die Nordmole-Werft in Bremerhaven will wegen fehlender Aufträge fast jede vierte Stelle abbauen. Die IG Metall spricht von einem „schwarzen Tag“ für die Stadt.",
    authors=["Henrike Albers"],
    published="2024-11-05 06:00",
    modified="2024-11-05 09:12",
    body=[
        "Die Geschäftsführung der Nordmole-Werft hat die Belegschaft am Montag bei einer Betriebsversammlung über die Pläne informiert. Betroffen sind nach Unternehmensangaben vor allem Beschäftigte im Stahlbau und in der Verwaltung. Insgesamt arbeiten an dem Standort derzeit rund 1000 Menschen.",
        "Geschäftsführer Jan-Hendrik Voß begründete den Schritt mit dem Einbruch im Geschäft mit Yachtumbauten. „Wir haben im laufenden Jahr zwei große Aufträge verloren, die wir nicht ersetzen konnten“, sagte er. Betriebsbedingte Kündigungen wolle man möglichst vermeiden.",
        "## Gewerkschaft fordert Hilfe vom Land",
        "Betriebsratschefin Anke Lüders kündigte Widerstand an. Die Beschäftigten hätten in den vergangenen Jahren bereits auf Lohn verzichtet. Die Gewerkschaft forderte das Land Bremen auf, sich für neue Aufträge aus dem Marinebereich einzusetzen.",
        "Bremens Bürgermeister Andreas Bovenschulte sagte, die Landesregierung stehe mit dem Unternehmen in engem Kontakt. Auch Bremerhavens Oberbürgermeister Melf Grantz zeigte sich besorgt.",
    ],
    entities={
        "PER": ["Jan-Hendrik Voß", "Anke Lüders", "Andreas Bovenschulte", "Melf Grantz"],
        "LOC": ["Bremerhaven", "Bremen"],
        "ORG": ["Nordmole-Werft", "IG Metall"],
    },
)

article(
    file="wiener-abendpost-mietpreisbremse.html",
    style="austrian",
    url="https://www.wiener-abendpost.example/inland/3000000204417/regierung-beschliesst-mietpreisbremse-fuer-altbauwohnungen",
    site_name="Wiener Abendpost",
    section="Inland",
    tags=["Mieten", "Teuerung", "Bundesregierung", "Wohnen"],
    kicker="Teuerung",
    title="Regierung beschließt Mietpreisbremse für Altbauwohnungen",
    lead="Nach wochenlangem Streit hat sich die türkis-grüne Koalition auf eine Deckelung der Mieterhöhungen geeinigt. Die Opposition spricht von einer Mogelpackung.",
    authors=["Lisa Hofbauer"],
    published="2024-01-12 09:15",
    modified="2024-01-12 11:02",
    body=[
        "Die Mieten in Altbauwohnungen sollen in den kommenden drei Jahren um höchstens fünf Prozent pro Jahr steigen dürfen. Darauf haben sich ÖVP und Grüne am Freitag nach der Regierungssitzung verständigt. Bundeskanzler Karl Nehammer sprach von einer „spürbaren Entlastung für hunderttausende Haushalte“.",
        "Vizekanzler Werner Kogler verwies darauf, dass die Regelung auch für Kategoriemieten und Genossenschaftswohnungen gelte. Im Jänner des Vorjahres waren die Richtwertmieten um mehr als acht Prozent gestiegen.",
        "## SPÖ und FPÖ üben Kritik",
        "SPÖ-Chef Andreas Babler nannte die Einigung „viel zu spät und viel zu wenig“. Die Mieterinnen und Mieter hätten die Teuerung längst bezahlt. Die FPÖ kritisierte, dass die Regierung keine Maßnahmen gegen die hohen Betriebskosten vorgelegt habe.",
        "Die Arbeiterkammer begrüßte die Deckelung grundsätzlich, forderte aber eine rückwirkende Geltung ab dem Vorjahr. Der Österreichische Haus- und Grundbesitzerbund warnte hingegen vor einem Rückgang der Investitionen in die Sanierung alter Häuser.",
        "## Gesetz soll im Februar in Kraft treten",
        "Der Gesetzesentwurf soll noch im Jänner in Begutachtung gehen. Beschließen muss ihn der Nationalrat, die Koalition verfügt dort über eine Mehrheit. In Wien, wo fast die Hälfte der Menschen in Altbauwohnungen lebt, wird mit deutlich größeren Auswirkungen gerechnet als im Rest Österreichs.",
    ],
    entities={
        "PER": ["Karl Nehammer", "Werner Kogler", "Andreas Babler"],
        "LOC": ["Wien", "Österreich"],
        "ORG": ["ÖVP", "Grüne", "SPÖ", "FPÖ", "Arbeiterkammer", "Österreichischer Haus- und Grundbesitzerbund", "Nationalrat"],
    },
)

article(
    file="zuercher-tagespost-glattalbahn-abstimmung.html",
    style="swiss",
    url="https://www.zuercher-tagespost.example/zuerich/abstimmung-glattalbahn-verlaengerung-ld.1826344",
    site_name="Zürcher Tagespost",
    section="Zürich",
    tags=["Abstimmungen", "Glattalbahn", "Kanton Zürich", "Verkehr"],
    title="Stimmvolk sagt deutlich Ja zur Verlängerung der Glattalbahn",
    lead="Mit fast 62 Prozent Ja-Stimmen hat der Kanton Zürich den Kredit für die Verlängerung der Glattalbahn bis nach Bassersdorf angenommen. Die Gegner hatten vor allem die Kosten kritisiert.",
    authors=["Reto Brunner"],
    published="2024-06-09 18:45",
    modified="2024-06-09 21:30",
    body=[
        "Der Kantonsrat hatte den Kredit über 410 Millionen Franken bereits im vergangenen Herbst bewilligt. Weil die SVP erfolgreich das Behördenreferendum ergriffen hatte, kam die Vorlage am Sonntag vor das Volk. Die Stimmbeteiligung lag bei 44 Prozent.",
        "Volkswirtschaftsdirektorin Carmen Walker Späh zeigte sich am Abend erleichtert. «Das ist ein klares Bekenntnis zum öffentlichen Verkehr im wachsenden Glattal», sagte die FDP-Regierungsrätin vor den Medien im Zürcher Rathaus.",
        "## Grosse Unterschiede zwischen Stadt und Land",
        "Besonders deutlich fiel die Zustimmung in der Stadt Zürich und in den Gemeinden entlang der geplanten Strecke aus. In Bassersdorf stimmten 71 Prozent für die Vorlage. Im Weinland und im Zürcher Oberland überwog dagegen das Nein.",
        "SVP-Kantonsrat Beat Huber sprach von einem «teuren Prestigeprojekt». Die Partei werde genau darauf achten, dass der Kostenrahmen eingehalten werde, sagte er. Man müsse auch an die Strassen denken, die schon heute überlastet seien.",
        "## Baubeginn frühestens 2027",
        "Die Verkehrsbetriebe Glattal rechnen mit einem Baubeginn frühestens im Jahr 2027. Zuvor muss das Bundesamt für Verkehr die Pläne genehmigen. Die ersten Trams sollen Anfang der 2030er-Jahre nach Bassersdorf fahren.",
    ],
    entities={
        "PER": ["Carmen Walker Späh", "Beat Huber"],
        "LOC": ["Kanton Zürich", "Zürich", "Bassersdorf", "Glattal", "Weinland", "Zürcher Oberland"],
        "ORG": ["Kantonsrat", "SVP", "FDP", "Verkehrsbetriebe Glattal", "Bundesamt für Verkehr"],
    },
)

_SEESTERNE_BODY = [
    "Wilhelmshaven (dpa) - Im Wattenmeer vor der niedersächsischen Küste haben Forschende so viele junge Seesterne gezählt wie seit mehr als zehn Jahren nicht. Bei Untersuchungen im vergangenen Herbst seien an einigen Stellen mehr als 300 Tiere pro Quadratmeter gefunden worden, teilte das Forschungsinstitut Senckenberg am Meer in Wilhelmshaven mit.",
    "„Das hat uns wirklich überrascht“, sagte die Meeresbiologin Friederike Janssen. Seesterne fressen vor allem Miesmuscheln, deren Bestände im Wattenmeer in den vergangenen Jahren stark geschwankt hatten. Warum sich die Tiere gerade jetzt so stark vermehrten, sei noch unklar.",
    "## Milder Winter als möglicher Grund",
    "Eine mögliche Erklärung sei der vergleichsweise milde Winter, sagte Janssen. Auch die Wassertemperatur im Frühjahr habe eine Rolle gespielt. Die Forschenden wollen die Entwicklung in diesem Jahr an mehreren Messstellen zwischen Borkum und Cuxhaven weiter beobachten.",
    "Die Nationalparkverwaltung Niedersächsisches Wattenmeer mahnte zur Vorsicht. Einzelne gute Jahre sagten wenig über den langfristigen Zustand des Ökosystems aus, sagte ein Sprecher. Das Wattenmeer ist seit 2009 Unesco-Weltnaturerbe.",
    "Niedersachsens Umweltminister Christian Meyer (Grüne) sprach von einer „ermutigenden Nachricht“. Das Land werde die Förderung der Meeresforschung fortsetzen.",
]

article(
    file="kuestenkurier-dpa-seesterne-wattenmeer.html",
    style="agency",
    url="https://www.kuestenkurier.example/wissenschaft/forscher-finden-im-wattenmeer-ungewoehnlich-viele-junge-seesterne-a-7d1e22.html",
    site_name="Küstenkurier",
    section="Wissenschaft",
    tags=["Wattenmeer", "Meeresbiologie", "Niedersachsen"],
    title="Forscher finden im Wattenmeer ungewöhnlich viele junge Seesterne",
    lead="Nach Jahren des Rückgangs gibt es im niedersächsischen Wattenmeer wieder mehr Seesterne. Fachleute sprechen von einem guten Zeichen – warnen aber vor voreiligen Schlüssen.",
    authors=["Jana Keller"],
    agencies=["dpa"],
    published="2025-03-20 11:34",
    modified=None,
    body=_SEESTERNE_BODY,
    entities={
        "PER": ["Friederike Janssen", "Christian Meyer"],
        "LOC": ["Wattenmeer", "Niedersachsen", "Wilhelmshaven", "Borkum", "Cuxhaven"],
        "ORG": ["dpa", "Senckenberg am Meer", "Nationalparkverwaltung Niedersächsisches Wattenmeer", "Unesco", "Grüne"],
    },
)

article(
    file="elbe-anzeiger-dpa-seesterne-watt.html",
    style="agency_copy",
    url="https://elbe-anzeiger.example/panorama/ueberraschung-im-watt-ungewoehnlich-viele-junge-seesterne-entdeckt-2025032012051234.html",
    site_name="Elbe-Anzeiger",
    section="Panorama",
    tags=["Natur", "Nordsee"],
    title="Überraschung im Watt: Ungewöhnlich viele junge Seesterne entdeckt",
    lead="Nach Jahren des Rückgangs gibt es im niedersächsischen Wattenmeer wieder mehr Seesterne. Fachleute sprechen von einem guten Zeichen – warnen aber vor voreiligen Schlüssen.",
    authors=[],
    agencies=["dpa"],
    published="2025-03-20 12:05",
    modified="2025-03-20 12:20",
    body=[
        _SEESTERNE_BODY[0].replace("haben Forschende", "haben Forscherinnen und Forscher"),
        _SEESTERNE_BODY[1],
        "## Milder Winter könnte ein Grund sein",
        _SEESTERNE_BODY[3],
        _SEESTERNE_BODY[4],
    ],
    entities={
        "PER": ["Friederike Janssen"],
        "LOC": ["Wattenmeer", "Niedersachsen", "Wilhelmshaven", "Borkum", "Cuxhaven"],
        "ORG": ["dpa", "Senckenberg am Meer", "Nationalparkverwaltung Niedersächsisches Wattenmeer", "Unesco"],
    },
)

article(
    file="bayernwelle-liveblog-hochwasser-schwaben.html",
    style="liveblog",
    url="https://www.bayernwelle.example/nachrichten/bayern/liveblog-hochwasser-in-schwaben-pegel-steigen-weiter,U9kLx2A",
    site_name="Bayernwelle24",
    section="Bayern",
    tags=["Hochwasser", "Unwetter", "Schwaben", "Markus Söder"],
    kicker="Liveblog",
    title="Hochwasser in Schwaben: Pegel steigen weiter – Söder besucht Krisengebiet",
    lead="Nach tagelangem Dauerregen spitzt sich die Hochwasserlage in Teilen Bayerns zu. Mehrere Landkreise haben den Katastrophenfall ausgerufen. Alle Entwicklungen im Liveblog.",
    authors=["Tobias Maier", "Sophie Lindner"],
    published="2024-06-01 07:30",
    modified="2024-06-01 21:40",
    # liveblog entries, newest first: (time, heading or None, paragraphs)
    entries=[
        ("21:40", "Pegel in Neu-Ulm erreicht Höchststand", [
            "Der Pegel der Donau in Neu-Ulm hat am Abend nach Angaben des Landesamts für Umwelt seinen vorläufigen Höchststand erreicht. Die Stadt hat mehrere Uferstraßen gesperrt und bittet Anwohner, Keller nicht mehr zu betreten.",
        ]),
        ("19:15", "Söder: „Die Lage bleibt ernst“", [
            "Ministerpräsident Markus Söder hat sich in Augsburg ein Bild von der Lage gemacht. „Die Lage bleibt ernst, aber die Einsatzkräfte leisten Unglaubliches“, sagte der CSU-Chef. Der Freistaat werde den betroffenen Gemeinden schnell und unbürokratisch helfen.",
            "Söder kündigte ein Soforthilfeprogramm an. Details sollen am Dienstag im Kabinett beschlossen werden.",
        ]),
        ("16:50", None, [
            "Die Deutsche Bahn hat die Strecke zwischen Augsburg und Ulm wegen Überflutungen gesperrt. Fernzüge werden über Donauwörth umgeleitet, es kommt zu Verspätungen von bis zu einer Stunde.",
        ]),
        ("13:05", "Katastrophenfall im Landkreis Günzburg", [
            "Nach dem Landkreis Aichach-Friedberg hat auch der Landkreis Günzburg den Katastrophenfall ausgerufen. Landrat Hans Reichhart sagte, mehrere Ortschaften seien nur noch über Umwege erreichbar.",
        ]),
        ("09:30", None, [
            "Das Technische Hilfswerk ist nach eigenen Angaben mit mehr als 600 Einsatzkräften in Schwaben unterwegs. Die Helfer füllen Sandsäcke und pumpen Keller aus.",
        ]),
    ],
    entities={
        "PER": ["Markus Söder", "Hans Reichhart"],
        "LOC": ["Schwaben", "Bayern", "Neu-Ulm", "Donau", "Augsburg", "Ulm", "Donauwörth", "Landkreis Günzburg", "Landkreis Aichach-Friedberg"],
        "ORG": ["Landesamt für Umwelt", "CSU", "Deutsche Bahn", "Technisches Hilfswerk"],
    },
)

article(
    file="stadtlicht-kunsthalle-lotte-brandis.html",
    style="magazine",
    url="https://stadtlicht-magazin.example/kunst/zwischen-hafen-und-himmel-kunsthalle-lotte-brandis/",
    site_name="Stadtlicht – Das Kulturmagazin",
    section="Kunst",
    tags=["Ausstellung", "Hamburger Kunsthalle", "Malerei", "Retrospektive"],
    kicker="Ausstellung",
    title="Zwischen Hafen und Himmel: Die Kunsthalle zeigt Lotte Brandis",
    lead="Die Hamburger Kunsthalle widmet der lange übersehenen Malerin Lotte Brandis ihre erste große Retrospektive. Ein Besuch lohnt sich – auch wegen der Briefe.",
    authors=["Clara Wendt"],
    published="2023-09-15 16:00",
    modified="2023-09-16 09:20",
    body=[
        "Wer die Ausstellung betritt, steht zuerst vor einem riesigen Hafenbild aus dem Jahr 1956. Kräne, Schuten und ein fast schwarzer Himmel über der Elbe: Lotte Brandis malte Hamburg nicht als Postkartenstadt, sondern als Ort harter Arbeit.",
        "Rund 120 Gemälde, Zeichnungen und Skizzenbücher hat Kuratorin Hanna Petersen zusammengetragen. Viele davon stammen aus Privatbesitz und waren noch nie öffentlich zu sehen. Einige Werke kamen erst im vergangenen Jahr aus einem Nachlass in Kopenhagen zurück nach Deutschland.",
        "## Eine Karriere im Schatten",
        "Brandis wurde 1921 in Altona geboren und studierte nach dem Krieg an der Landeskunstschule. Anerkennung fand sie zu Lebzeiten vor allem in Dänemark und Schweden. In Westdeutschland blieben ihre Bilder lange unbeachtet, obwohl sie regelmäßig mit Emil Nolde korrespondierte.",
        "Die Ausstellung zeigt auch diese Briefe. Sie erzählen von Geldsorgen, von Reisen an die Ostsee und von dem Wunsch, „einmal nur das Licht zu malen und nicht die Dinge“.",
        "## Späte Entdeckung",
        "Dass Brandis nun wiederentdeckt wird, ist auch einer Schenkung zu verdanken. Die Hamburger Unternehmerin Ingrid Voss hatte der Kunsthalle 2021 mehr als 40 Werke überlassen. Die Kulturbehörde der Stadt unterstützte die Ausstellung mit 250.000 Euro.",
        "Die Retrospektive ist bis zum 14. Januar 2024 zu sehen. Im Frühjahr wandert sie weiter nach Kiel.",
    ],
    entities={
        "PER": ["Lotte Brandis", "Hanna Petersen", "Emil Nolde", "Ingrid Voss"],
        "LOC": ["Hamburg", "Elbe", "Kopenhagen", "Deutschland", "Altona", "Dänemark", "Schweden", "Westdeutschland", "Ostsee", "Kiel"],
        "ORG": ["Hamburger Kunsthalle", "Landeskunstschule", "Kulturbehörde"],
    },
)

article(
    file="anstoss-union-freiburg.html",
    style="opengraph",
    url="https://www.anstoss-online.example/fussball/bundesliga/union-verliert-auch-gegen-freiburg-krise-spitzt-sich-zu-18837.html",
    site_name="Anstoss Online",
    section="Fußball",
    tags=["Bundesliga", "1. FC Union Berlin", "SC Freiburg", "Urs Fischer"],
    kicker="Bundesliga",
    title="Union verliert auch gegen Freiburg – Krise spitzt sich zu",
    lead="Der 1. FC Union Berlin kommt nicht aus der Krise. Gegen den SC Freiburg verlieren die Eisernen mit 0:2 – es ist die achte Pflichtspielniederlage in Folge.",
    authors=["Marco Schulte"],
    published="2023-10-21 17:35",
    modified="2023-10-21 18:02",
    body=[
        "Vor 22.012 Zuschauern im Stadion An der Alten Försterei erzielte Vincenzo Grifo in der 23. Minute per Foulelfmeter die Führung für die Gäste. Kurz vor dem Abpfiff machte Ritsu Doan mit einem Schuss aus 16 Metern alles klar.",
        "Union-Trainer Urs Fischer wirkte nach dem Spiel ratlos. „Wir haben uns heute wieder nicht belohnt. Aber ich spüre, dass die Mannschaft lebt“, sagte der Schweizer. Fragen nach seiner Zukunft wollte er nicht beantworten.",
        "## Die Gäste klettern auf Rang sechs",
        "SC-Trainer Christian Streich lobte die Geduld seiner Mannschaft. Mit dem Sieg springt der Sport-Club vorerst auf den sechsten Tabellenplatz.",
        "Für Union wird die Lage dagegen immer bedrohlicher. Am Dienstag wartet in der Champions League das Heimspiel gegen die SSC Neapel, am Samstag folgt das Duell beim VfB Stuttgart.",
    ],
    entities={
        "PER": ["Vincenzo Grifo", "Ritsu Doan", "Urs Fischer", "Christian Streich"],
        "LOC": ["Stadion An der Alten Försterei", "Schweiz"],
        "ORG": ["1. FC Union Berlin", "SC Freiburg", "SSC Neapel", "VfB Stuttgart"],
    },
)

article(
    file="westfalen-kurier-fernwaerme-cp1252.html",
    style="legacy_cp1252",
    encoding="windows-1252",
    url="https://www.westfalen-kurier.example/lokales/guetersloh/fernwaerme-wird-teurer-stadtwerke-erhoehen-preise-um-18-prozent-a1337642",
    site_name=None,
    section="Lokales",
    tags=["Gütersloh", "Stadtwerke", "Fernwärme", "Energiepreise"],
    kicker="Gütersloh",
    title="Fernwärme wird teurer: Stadtwerke erhöhen Preise um 18 Prozent",
    lead="Kunden der Stadtwerke Gütersloh müssen sich ab April auf deutlich höhere Kosten für Fernwärme einstellen. Für eine Familie im Reihenhaus bedeutet das rund 340 € mehr im Jahr.",
    authors=["Klaus Düsterhöft"],
    published="2023-02-14 09:30",
    modified=None,
    body=[
        "Die Stadtwerke begründen den Schritt mit den gestiegenen Einkaufspreisen für Erdgas. „Wir haben lange versucht, die Preise stabil zu halten – jetzt geht das nicht mehr“, sagte Geschäftsführer Ralf Többen am Montag.",
        "Betroffen sind rund 6.500 Haushalte im Stadtgebiet, vor allem in den Neubaugebieten in Avenwedde und Spexard. Die Energiepreisbremse federt einen Teil der Erhöhung ab.",
        "## Verbraucherzentrale rät zur Prüfung",
        "Die Verbraucherzentrale Nordrhein-Westfalen empfiehlt Betroffenen, die neuen Abschläge genau zu prüfen. Nicht immer seien die Erhöhungen korrekt berechnet, sagte Energieberaterin Petra Nolting.",
        "Bürgermeister Norbert Morkes (BfGT) kündigte an, das Thema in der nächsten Ratssitzung zu behandeln. Die Stadtwerke gehören zu 50,1 Prozent der Stadt.",
    ],
    entities={
        "PER": ["Ralf Többen", "Petra Nolting", "Norbert Morkes"],
        "LOC": ["Gütersloh", "Avenwedde", "Spexard", "Nordrhein-Westfalen"],
        "ORG": ["Stadtwerke Gütersloh", "Verbraucherzentrale Nordrhein-Westfalen", "BfGT"],
    },
)

article(
    file="suedthueringer-rundschau-sternwarte-latin1.html",
    style="legacy_latin1",
    encoding="iso-8859-1",
    url="https://www.suedthueringer-rundschau.example/wissenschaft/sternwarte-sonneberg-erhaelt-neues-teleskop-art-88213.html",
    site_name=None,
    section="Wissenschaft",
    tags=[],
    title="Sternwarte Sonneberg erhält neues Teleskop",
    lead="Die traditionsreiche Sternwarte in Sonneberg bekommt ein modernes Spiegelteleskop. Damit sollen Schüler und Hobby-Astronomen künftig auch ferne Galaxien beobachten können.",
    authors=["Ingrid Mählmann"],
    published="2023-07-18 11:05",
    modified=None,
    body=[
        "Das Teleskop mit einem Spiegeldurchmesser von 60 Zentimetern kostet rund 480.000 Euro. Den größten Teil übernimmt der Freistaat Thüringen, den Rest finanzieren die Stadt Sonneberg und ein Förderverein. Im Herbst soll das Gerät in der großen Kuppel aufgebaut werden.",
        "»Für uns ist das ein Glücksfall«, sagte Vereinsvorsitzender Dieter Kühn. Die Sternwarte war 1925 von dem Astronomen Cuno Hoffmeister gegründet worden und gehörte lange zu den wichtigsten Einrichtungen für die Erforschung veränderlicher Sterne.",
        "## Hunderttausende Fotoplatten im Archiv",
        "Bekannt ist die Sternwarte vor allem für ihr Plattenarchiv. Auf rund 275.000 Glasplatten ist der Sternenhimmel aus mehr als 100 Jahren festgehalten. Forscher aus Jena und aus den USA werten die Aufnahmen derzeit mit Hilfe von Computern aus.",
        "Thüringens Wissenschaftsminister Wolfgang Tiefensee (SPD) sprach bei der Übergabe des Förderbescheids von einem »Leuchtturm für die Region«. Die Sternwarte ziehe jedes Jahr mehr als 15.000 Besucher an.",
    ],
    entities={
        "PER": ["Dieter Kühn", "Cuno Hoffmeister", "Wolfgang Tiefensee"],
        "LOC": ["Sonneberg", "Thüringen", "Jena", "USA"],
        "ORG": ["Sternwarte Sonneberg", "SPD"],
    },
)

article(
    file="zeitspiegel-dwd-juli-bilanz.html",
    style="national",
    url="https://www.zeitspiegel.example/wissenschaft/klima/deutscher-wetterdienst-juli-2024-einer-der-waermsten-seit-messbeginn-a-3f9c1b27.html",
    site_name="Der Zeitspiegel",
    section="Wissenschaft",
    tags=["Klimawandel", "Wetter", "Deutscher Wetterdienst", "Dürre"],
    kicker="Klimabilanz",
    title="Juli 2024 war einer der wärmsten seit Beginn der Messungen",
    lead="Der Deutsche Wetterdienst zieht eine vorläufige Bilanz für den Juli: Es war deutlich zu warm, vielerorts zu nass – und im Osten gebietsweise extrem trocken.",
    authors=["Katrin Sommer"],
    published="2024-08-01 14:20",
    modified="2024-08-01 16:05",
    body=[
        "Mit durchschnittlich 19,3 Grad lag die Temperatur im Juli um 2,4 Grad über dem Mittel der Referenzperiode von 1961 bis 1990. Das teilte der Deutsche Wetterdienst (DWD) am Donnerstag in Offenbach mit. Wärmster Ort war demnach Waghäusel-Kirrlach in Baden-Württemberg mit 36,5 Grad.",
        "Während im Süden und Westen teils heftige Gewitter für Überschwemmungen sorgten, blieb es in Brandenburg und Sachsen-Anhalt vielerorts trocken. In der Uckermark fielen nach DWD-Angaben im gesamten Monat weniger als 15 Liter Regen pro Quadratmeter.",
        "## Experten sehen klaren Trend",
        "„Die Häufung warmer Sommermonate ist kein Zufall mehr“, sagte DWD-Klimaexperte Stefan Kaufmann. Seit 1881 sei die Durchschnittstemperatur in Deutschland um rund 1,8 Grad gestiegen.",
        "Auch die Landwirtschaft spürt die Folgen. Der Deutsche Bauernverband rechnet in Teilen Ostdeutschlands mit geringeren Erträgen bei Mais und Kartoffeln. Bauernpräsident Joachim Rukwied forderte schnellere Hilfen für betroffene Betriebe.",
        "## August beginnt heiß",
        "Eine Abkühlung ist vorerst nicht in Sicht. Für das erste Augustwochenende erwarten die Meteorologen in Süddeutschland bis zu 35 Grad. Im Norden bleibt es mit 25 Grad etwas kühler.",
    ],
    entities={
        "PER": ["Stefan Kaufmann", "Joachim Rukwied"],
        "LOC": ["Offenbach", "Waghäusel-Kirrlach", "Baden-Württemberg", "Brandenburg", "Sachsen-Anhalt", "Uckermark", "Deutschland", "Ostdeutschland", "Süddeutschland"],
        "ORG": ["Deutscher Wetterdienst", "Deutscher Bauernverband"],
    },
)

article(
    file="rhein-main-post-gdl-warnstreik.html",
    style="consent",
    url="https://www.rhein-main-post.example/wirtschaft/bahnstreik-gdl-ruft-zu-20-stuendigem-warnstreik-auf-92671458.html",
    site_name="Rhein-Main-Post",
    section="Wirtschaft",
    tags=["Bahnstreik", "GDL", "Deutsche Bahn", "Tarifstreit"],
    kicker="Bahnstreik",
    title="GDL ruft zu 20-stündigem Warnstreik auf",
    lead="Die Lokführergewerkschaft GDL hat ihre Mitglieder zu einem Warnstreik im Personen- und Güterverkehr aufgerufen. Pendler müssen sich ab Mittwochabend auf massive Einschränkungen einstellen.",
    authors=["Felix Hartmann", "Nina Özdemir"],
    published="2023-11-14 19:20",
    modified="2023-11-14 21:45",
    body=[
        "Der Ausstand soll am Mittwoch um 22 Uhr beginnen und bis Donnerstagabend 18 Uhr dauern. Das teilte die Gewerkschaft Deutscher Lokomotivführer am Dienstag in Frankfurt mit. Betroffen sind neben der Deutschen Bahn auch mehrere private Bahnunternehmen.",
        "GDL-Chef Claus Weselsky warf dem Konzern vor, in der ersten Verhandlungsrunde kein ernsthaftes Angebot vorgelegt zu haben. „Die Arbeitgeber spielen auf Zeit“, sagte er. Die Gewerkschaft fordert unter anderem eine Absenkung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich.",
        "## Bahn spricht von Zumutung",
        "Bahn-Personalvorstand Martin Seiler nannte den Streik „völlig unnötig“. Die Bahn habe ein Angebot mit elf Prozent mehr Lohn vorgelegt. Über eine kürzere Arbeitszeit könne man wegen des Fachkräftemangels nicht verhandeln.",
        "Bundesverkehrsminister Volker Wissing (FDP) rief beide Seiten zu einer schnellen Einigung auf. Der Fahrgastverband Pro Bahn kritisierte, dass der Streik so kurzfristig angekündigt wurde.",
        "## Notfahrplan im Fernverkehr",
        "Die Bahn will im Fernverkehr einen Notfahrplan anbieten. Fahrgäste, die ihre Reise wegen des Streiks verschieben, können ihr Ticket nach Angaben des Unternehmens flexibel nutzen. Auch im Rhein-Main-Gebiet dürfte es bei S-Bahnen und Regionalzügen zu zahlreichen Ausfällen kommen.",
    ],
    entities={
        "PER": ["Claus Weselsky", "Martin Seiler", "Volker Wissing"],
        "LOC": ["Frankfurt", "Rhein-Main-Gebiet"],
        "ORG": ["Gewerkschaft Deutscher Lokomotivführer", "Deutsche Bahn", "FDP", "Pro Bahn"],
    },
)

article(
    file="sportkurier-olympia-kanu-silber.html",
    style="community",
    url="https://www.sportkurier.example/olympia/kanu/silber-im-einer-lena-hartwig-paddelt-zur-ersten-olympia-medaille",
    site_name="Sportkurier",
    section="Olympia",
    tags=["Olympische Spiele 2024", "Kanu", "Paris 2024"],
    kicker="Kanu",
    title="Silber im Einer: Lena Hartwig paddelt zur ersten Olympia-Medaille",
    lead="Die Potsdamerin Lena Hartwig hat bei den Olympischen Spielen in Paris Silber im Kajak-Einer gewonnen. Nur die Neuseeländerin Lisa Carrington war schneller.",
    authors=["Daniel Krüger"],
    published="2024-08-03 13:45",
    modified=None,
    body=[
        "Auf der Regattastrecke in Vaires-sur-Marne lag Hartwig lange auf Goldkurs. Erst auf den letzten 100 Metern zog Carrington vorbei und gewann in 1:48,73 Minuten. Hartwig hatte am Ende 0,6 Sekunden Rückstand.",
        "„Ich kann es noch gar nicht fassen“, sagte die 24-Jährige im Ziel. „Gegen Lisa zu verlieren, ist keine Schande.“ Bronze ging an die Ungarin Tamara Csipes.",
        "## Vierte Medaille für das Kanu-Team",
        "Für den Deutschen Kanu-Verband ist es bereits die vierte Medaille in Paris. Bundestrainer Arndt Hanisch sprach von einem „herausragenden Rennen“. Hartwig habe sich nach einer Schulterverletzung im Frühjahr eindrucksvoll zurückgekämpft.",
        "Hartwig startet für den KC Potsdam und trainiert am Olympiastützpunkt Brandenburg. Am Samstag will sie mit dem Vierer-Kajak eine weitere Medaille holen.",
    ],
    entities={
        "PER": ["Lena Hartwig", "Lisa Carrington", "Tamara Csipes", "Arndt Hanisch"],
        "LOC": ["Potsdam", "Paris", "Neuseeland", "Vaires-sur-Marne", "Ungarn"],
        "ORG": ["Deutscher Kanu-Verband", "KC Potsdam", "Olympiastützpunkt Brandenburg"],
    },
)

article(
    file="hauptstadtblatt-meseberg-scholz-macron-saved.html",
    style="saved",
    url="https://www.hauptstadtblatt.example/politik/deutschland/meseberg-scholz-und-macron-wollen-europas-verteidigung-staerken-art-1170542",
    site_name="Hauptstadtblatt",
    section="Politik",
    tags=["Olaf Scholz", "Emmanuel Macron", "Frankreich", "Verteidigung"],
    kicker="Deutsch-französischer Ministerrat",
    title="Scholz und Macron wollen gemeinsam Europas Verteidigung stärken",
    lead="Beim Treffen im brandenburgischen Meseberg haben Deutschland und Frankreich eine engere Zusammenarbeit bei Rüstung und Luftverteidigung vereinbart. Streit gab es über die Finanzierung.",
    authors=["Anne-Sophie Richter"],
    published="2024-05-28 15:10",
    modified="2024-05-28 17:30",
    body=[
        "Bundeskanzler Olaf Scholz empfing den französischen Präsidenten Emmanuel Macron am Dienstag im Gästehaus der Bundesregierung in Meseberg nördlich von Berlin. Zu dem Treffen waren auch zahlreiche Ministerinnen und Minister beider Regierungen angereist.",
        "In einer gemeinsamen Erklärung sprechen sich beide Länder dafür aus, die europäische Rüstungsindustrie zu stärken und gemeinsame Projekte wie das Kampfflugzeug der nächsten Generation voranzutreiben. „Europa muss in der Lage sein, sich selbst zu verteidigen“, sagte Macron auf der anschließenden Pressekonferenz.",
        "## Uneinigkeit über gemeinsame Schulden",
        "Deutlich wurden allerdings auch die Unterschiede. Macron warb erneut für gemeinsame europäische Anleihen zur Finanzierung von Verteidigungsausgaben. Scholz verwies dagegen auf die bestehenden Mittel im EU-Haushalt und die Europäische Investitionsbank.",
        "Der französische Premierminister Gabriel Attal betonte, die Partnerschaft sei „stärker als jede Meinungsverschiedenheit“. Außenministerin Annalena Baerbock und ihr Amtskollege Stéphane Séjourné unterzeichneten zudem ein Abkommen über einen Jugendaustausch.",
        "## Blick auf die Europawahl",
        "Das Treffen fand knapp zwei Wochen vor der Europawahl statt. Beide Regierungschefs warnten vor einem Erstarken rechtspopulistischer Parteien in der Europäischen Union.",
    ],
    entities={
        "PER": ["Olaf Scholz", "Emmanuel Macron", "Gabriel Attal", "Annalena Baerbock", "Stéphane Séjourné"],
        "LOC": ["Meseberg", "Brandenburg", "Deutschland", "Frankreich", "Berlin", "Europa"],
        "ORG": ["Bundesregierung", "Europäische Investitionsbank", "Europäische Union"],
    },
)

article(
    file="wirtschaftskurier-trump-autozoelle-korrektur.html",
    style="business",
    url="https://www.wirtschaftskurier.example/unternehmen/handelsstreit-trumps-autozoelle-treffen-deutsche-hersteller-hart/100118832.html",
    site_name="Wirtschaftskurier",
    section="Unternehmen",
    tags=["Zölle", "Autoindustrie", "Donald Trump", "Handelsstreit"],
    kicker="Handelsstreit",
    title="Trumps Autozölle treffen deutsche Hersteller hart",
    lead="Die neuen US-Zölle von 25 Prozent auf importierte Autos gelten ab sofort. Volkswagen, BMW und Mercedes-Benz rechnen mit Milliardenbelastungen, die Bundesregierung setzt auf Verhandlungen der EU.",
    authors=["Benedikt Arnold", "Julia Stein"],
    published="2025-04-03 10:30",
    modified="2025-04-03 16:40",
    body=[
        "US-Präsident Donald Trump hatte die Zölle am Mittwochabend in Washington verkündet. Sie betreffen neben fertigen Fahrzeugen auch wichtige Bauteile wie Motoren und Getriebe. Für Waren aus der Europäischen Union kündigte Trump zudem allgemeine Zölle von 20 Prozent an.",
        "Die Präsidentin des Verbands der Automobilindustrie, Hildegard Müller, sprach von einem „fatalen Signal für den freien Handel“. Deutsche Hersteller exportierten im vergangenen Jahr rund 450.000 Autos in die USA.",
        "## Europa bereitet Gegenmaßnahmen vor",
        "EU-Kommissionspräsidentin Ursula von der Leyen kündigte eine „entschlossene, aber verhältnismäßige“ Antwort an. Die Kommission arbeite an einem Paket von Gegenzöllen, wolle aber zunächst verhandeln.",
        "Der geschäftsführende Wirtschaftsminister Robert Habeck warnte vor einer Eskalation. Ein Handelskrieg kenne nur Verlierer, sagte der Grünen-Politiker in Berlin.",
        "## Aktien unter Druck",
        "An der Börse in Frankfurt gerieten die Autowerte deutlich unter Druck. Die Aktien von Porsche und Mercedes-Benz verloren zeitweise mehr als fünf Prozent. Analysten der Deutschen Bank rechnen damit, dass die Hersteller einen Teil der Kosten an die Kundschaft weitergeben.",
        "Korrektur: In einer früheren Fassung dieses Artikels hieß es, deutsche Hersteller hätten im vergangenen Jahr rund 800.000 Autos in die USA exportiert. Richtig sind rund 450.000. Wir haben den Fehler korrigiert.",
    ],
    entities={
        "PER": ["Donald Trump", "Hildegard Müller", "Ursula von der Leyen", "Robert Habeck"],
        "LOC": ["USA", "Deutschland", "Washington", "Europa", "Berlin", "Frankfurt"],
        "ORG": ["Volkswagen", "BMW", "Mercedes-Benz", "Bundesregierung", "Europäische Union", "Verband der Automobilindustrie", "Europäische Kommission", "Grüne", "Porsche", "Deutsche Bank"],
    },
)

article(
    file="westdeutsche-runde-deutschlandticket-amp.html",
    style="amp",
    url="https://www.westdeutsche-runde.example/politik/deutschlandticket-wird-teurer-ab-januar-kostet-es-58-euro-id300417755.html",
    site_name="Westdeutsche Runde",
    section="Politik",
    tags=["Deutschlandticket", "Nahverkehr", "Verkehrsministerkonferenz"],
    kicker="Nahverkehr",
    title="Deutschlandticket wird teurer: Ab Januar kostet es 58 Euro",
    lead="Die Verkehrsminister der Länder haben sich auf einen höheren Preis für das Deutschlandticket geeinigt. Fahrgastverbände kritisieren den Aufschlag von neun Euro.",
    authors=["Sebastian Kowalski"],
    published="2024-09-23 16:10",
    modified="2024-09-23 18:45",
    body=[
        "Das Deutschlandticket kostet ab dem 1. Januar 2025 monatlich 58 Euro statt bisher 49 Euro. Darauf verständigten sich die Verkehrsministerinnen und Verkehrsminister der Länder am Montag bei einer Sonderkonferenz in Düsseldorf. Die Entscheidung fiel einstimmig.",
        "Der Vorsitzende der Verkehrsministerkonferenz, Nordrhein-Westfalens Verkehrsminister Oliver Krischer (Grüne), sprach von einem „schwierigen, aber notwendigen Schritt“. Ohne die Preiserhöhung sei die Finanzierung des Tickets über das kommende Jahr hinaus nicht gesichert.",
        "## Bund und Länder teilen sich die Kosten",
        "Bund und Länder zahlen den Verkehrsunternehmen jeweils 1,5 Milliarden Euro pro Jahr als Ausgleich für Einnahmeverluste. Bundesverkehrsminister Volker Wissing (FDP) hatte zuletzt betont, dass der Bund nicht mehr Geld zuschießen werde.",
        "Der Verband Deutscher Verkehrsunternehmen begrüßte die Einigung. Sie schaffe Planungssicherheit für die Betriebe, teilte der Verband mit. Nach seinen Angaben nutzen derzeit rund 13 Millionen Menschen das Ticket.",
        "## Kritik von Verbraucherschützern",
        "Der Verbraucherzentrale Bundesverband warnte dagegen, viele Kundinnen und Kunden könnten ihr Abo kündigen. „Mit jedem Euro mehr verliert das Ticket an Attraktivität“, sagte Verkehrsreferentin Lena Albrecht.",
    ],
    entities={
        "PER": ["Oliver Krischer", "Volker Wissing", "Lena Albrecht"],
        "LOC": ["Düsseldorf", "Nordrhein-Westfalen"],
        "ORG": ["Verkehrsministerkonferenz", "Grüne", "FDP", "Verband Deutscher Verkehrsunternehmen", "Verbraucherzentrale Bundesverband"],
    },
)

article(
    file="rheinischer-bote-koelner-dom-nordturm.html",
    style="brbr",
    url="https://www.rheinischer-bote.example/koeln/koelner-dom-sanierung-des-nordturms-dauert-zwei-jahre-laenger_aid-90215537",
    site_name="Rheinischer Bote",
    section="Köln",
    tags=["Kölner Dom", "Denkmalschutz", "Köln"],
    title="Kölner Dom: Sanierung des Nordturms dauert zwei Jahre länger",
    lead="Die Arbeiten am Nordturm des Kölner Doms ziehen sich hin. Die Dombauhütte rechnet inzwischen mit einem Ende der Sanierung im Jahr 2027 – und mit deutlich höheren Kosten.",
    authors=["Martina Esser"],
    published="2023-05-09 14:22",
    modified=None,
    body=[
        "Köln. Die Sanierung des Nordturms am Kölner Dom wird voraussichtlich erst 2027 abgeschlossen. Das teilte die Dombauhütte am Dienstag mit. Ursprünglich sollten die Gerüste an der Westfassade bereits 2025 verschwinden.",
        "Grund für die Verzögerung sind nach Angaben von Dombaumeisterin Ulrike Brandt größere Schäden am Gestein als erwartet. „Wir haben an mehreren Stellen Risse entdeckt, die tiefer gehen, als wir vermutet hatten“, sagte sie. Betroffen sei vor allem der Trachyt aus dem Siebengebirge, aus dem Teile des Turms im Mittelalter errichtet wurden.",
        "## Kosten steigen auf 14 Millionen Euro",
        "Die Kosten für die Arbeiten steigen damit von zehn auf rund 14 Millionen Euro. Einen großen Teil trägt der Zentral-Dombau-Verein, der seit 1842 Spenden für den Erhalt der Kathedrale sammelt. Auch das Erzbistum Köln und das Land Nordrhein-Westfalen beteiligen sich.",
        "Für Besucherinnen und Besucher ändert sich zunächst wenig. Der Südturm bleibt geöffnet, der Aufstieg zur Aussichtsplattform ist weiterhin möglich. Die Schatzkammer des Doms ist wegen Umbauarbeiten allerdings bis zum Herbst geschlossen.",
        "Oberbürgermeisterin Henriette Reker nannte den Dom „das Herz unserer Stadt“. Die Verzögerung sei ärgerlich, aber angesichts des Alters des Bauwerks verständlich.",
    ],
    entities={
        "PER": ["Ulrike Brandt", "Henriette Reker"],
        "LOC": ["Köln", "Kölner Dom", "Siebengebirge", "Nordrhein-Westfalen"],
        "ORG": ["Dombauhütte", "Zentral-Dombau-Verein", "Erzbistum Köln"],
    },
)
