"""A generated corpus of small German article pages (used by the ingest, search and fault
tests), and checks that the parser takes them as articles."""

from __future__ import annotations

import json
import random
from pathlib import Path

from newsarchive.parse import parse_html

TOPICS = [
    ("Bahn", ["Zug", "Gleis", "Fahrgäste", "Verspätung", "Stellwerk", "Bahnhof"]),
    ("Wetter", ["Regen", "Gewitter", "Hitze", "Sturm", "Temperaturen", "Unwetter"]),
    ("Politik", ["Bundestag", "Koalition", "Haushalt", "Minister", "Abstimmung", "Gesetz"]),
    ("Sport", ["Tor", "Trainer", "Meisterschaft", "Stadion", "Saison", "Niederlage"]),
    ("Kultur", ["Ausstellung", "Museum", "Konzert", "Theater", "Bühne", "Publikum"]),
    ("Wirtschaft", ["Umsatz", "Gewinn", "Stellen", "Werk", "Export", "Zölle"]),
]
CITIES = ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Kiel",
          "Lörrach", "Görlitz", "Würzburg", "Münster"]
FILLER = ("Nach Angaben der Behörden soll die Lage in den kommenden Tagen genauer geprüft "
          "werden. Ein Sprecher sagte, man sei mit allen Beteiligten im Gespräch und rechne "
          "mit weiteren Ergebnissen.")


def page(i: int, rng: random.Random, url: str | None = None, text: str | None = None) -> str:
    topic, words = TOPICS[i % len(TOPICS)]
    city = CITIES[(i * 7) % len(CITIES)]
    w = rng.sample(words, 3)
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    title = f"{topic} in {city}: {w[0]} und {w[1]} (Nr. {i})"
    if text is None:
        paras = [f"In {city} sorgt das Thema {w[0]} seit Tagen für Gesprächsstoff, berichtet "
                 f"unsere Redaktion in Folge {i}. Auch {w[1]} und {w[2]} spielen eine Rolle.",
                 FILLER,
                 f"Beobachter in {city} erwarten, dass {w[2]} die Debatte noch lange prägt. "
                 f"Die Zahl {i * 13} wurde dabei mehrfach genannt."]
    else:
        paras = text.split("\n\n")
    url = url or f"https://nachrichten.example/{topic.lower()}/artikel-{i}.html"
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": f"2024-{month:02d}-{day:02d}T10:00:00+01:00",
            "author": {"@type": "Person", "name": "Erika Muster"}, "url": url}
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Nachrichten</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Nachrichten Beispiel">
<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>
</head><body><header><nav><a href="/">Start</a></nav></header>
<main><article><h1>{title}</h1>
<p class="lead">{topic}-Meldung {i} aus {city}.</p>
{body}
</article></main><footer>Impressum</footer></body></html>
"""


def make_corpus(root: Path, n: int = 300, dups: int = 20, seed: int = 7) -> dict[str, int]:
    """Write ``n`` articles plus ``dups`` exact copies under other URLs; returns counts."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    texts = {}
    for i in range(n):
        html = page(i, rng)
        (root / f"artikel-{i:04d}.html").write_text(html, encoding="utf-8")
        texts[i] = html
    for j in range(dups):
        src = texts[j * 3]
        copy = src.replace("https://nachrichten.example/", "https://kopie.example/agentur/")
        (root / f"kopie-{j:04d}.html").write_text(copy, encoding="utf-8")
    return {"articles": n, "duplicates": dups}


def test_generated_pages_are_articles():
    rng = random.Random(1)
    art = parse_html(page(5, rng), source="x.html")
    assert art.is_article
    assert art.title and "(Nr. 5)" in art.title
    assert art.url == "https://nachrichten.example/wirtschaft/artikel-5.html"
    assert art.published and art.published.startswith("2024-01-06")
    assert "Folge 5" in art.text
