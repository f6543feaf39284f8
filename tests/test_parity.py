"""The browser search returns the same matches and top-10 order as the library search."""

from __future__ import annotations

import pytest
from test_site_search import open_search

#: (query, filters) — filters use the CLI's names; "sort" is "relevance" or "date".
CASES: list[tuple[str, dict]] = [
    ("Deutschland", {}),
    ("Berlin", {}),
    ("Finanzpaket", {}),
    ("Fernwaerme", {}),
    ("Fernwärme", {}),
    ("Loerrach", {}),
    ("Abbau", {}),
    ("Bahn", {}),
    ("Stern", {}),
    ("Waerme", {}),
    ("Paket", {}),
    ("Gruene", {}),
    ("Hochwassers", {}),
    ("Warnstreiks", {}),
    ("Regierung", {}),
    ("Stadt", {}),
    ("Euro", {}),
    ("Milliarden Euro", {}),
    ("Bundestag Grüne", {}),
    ("Scholz ODER Macron", {}),
    ("Zug ODER Bahn", {}),
    ("Deutschland -Berlin", {}),
    ("Deutschland NICHT Scholz", {}),
    ("Euro -Berlin -Scholz", {}),
    ("(Bahn ODER Zug) Streik", {}),
    ("Stern*", {}),
    ("Klima*", {}),
    ("der Bundesrat", {}),
    ("Sonntag", {}),
    ("Uhr", {}),
    ("Prozent", {}),
    ('"Olaf Scholz"', {}),
    ("titel:Sternwarte", {}),
    ("person:Scholz", {}),
    ('person:"Olaf Scholz" Berlin', {}),
    ("ort:Berlin Euro", {}),
    ("quelle:tagesblick", {}),
    ("Euro datum:2024", {}),
    ("Deutschland datum:[2024-01 TO 2024-06]", {}),
    ("titel:stern*", {}),
    ("Bahn*", {}),
    ("datum:2024-06", {}),
    ("Stern* Teleskop", {}),
    ("Regierung", {"persons": ["scholz"]}),
    ("Euro", {"persons": ["Merz"], "date_from": "2025-01-01"}),
    ("Deutschland", {"sort": "date"}),
    ("Euro", {"sort": "date"}),
    ("Deutschland", {"date_from": "2024-01-01", "date_to": "2024-12-31"}),
    ("Euro", {"date_from": "2024-06"}),
    ("Euro", {"date_to": "2024-06-30"}),
    ("Berlin", {"persons": ["Olaf Scholz"]}),
    ("Deutschland", {"places": ["Berlin"]}),
    ("Regierung", {"persons": ["Scholz"]}),
    ("Stadt", {"places": ["Baden-Württemberg"]}),
    ("Euro", {"orgs": ["SPD"]}),
    ("Euro", {"date_from": "2024", "sort": "date"}),
    # dates written in the query text: published then, or mentioned
    ("Juni 2024", {}),
    ("Hochwasser Juni 2024", {}),
    ("Juli 2024", {}),  # published in August, about July
    ("Januar 2025", {}),
    ('Euro datum:"Juni 2024"', {}),
    ("9. Juni 2024", {}),
    ("14.03.2025", {}),
    ("Deutschland März 2025", {}),
    ("Bahn ODER Nov. 2023", {}),
    ("Bahn 31. April 2024", {}),  # no such day: plain words
    # operators typed half-way, open date ranges
    ("Deutschland UND", {}),
    ("Was kostet das Deutschlandticket?", {}),
    ("Bahn titel:", {}),
    ("(Bahn ort:) ODER Zitat:", {}),
    ("Wärme? Fern?wärme", {}),
    ("Deutschland ODER", {}),
    ("UND Berlin", {}),
    ("Euro NICHT", {}),
    ("Euro datum:[2024 TO]", {}),
    ("Euro datum:[TO 2024-06]", {}),
    ("Bahn 31.04.2024", {}),
    ("Euro", {"date_from": "Juni 2024", "date_to": "März 2025"}),
]

_JS_NAMES = {"date_from": "von", "date_to": "bis", "persons": "person", "places": "ort",
             "orgs": "org"}


def js_state(query: str, filters: dict) -> dict:
    st = {"q": query, "limit": 10}
    for k, v in filters.items():
        if k == "sort":
            st["sort"] = "datum" if v == "date" else "relevanz"
        else:
            st[_JS_NAMES[k]] = v
    return st


@pytest.fixture(scope="module")
def ready_page(browser, site_server):  # noqa: F811
    ctx = browser.new_context()
    pg = ctx.new_page()
    open_search(pg, site_server)
    yield pg
    ctx.close()


@pytest.mark.parametrize(("query", "filters"), CASES, ids=[f"{q}|{f}" for q, f in CASES])
def test_browser_matches_library(ready_page, search_site, query, filters):  # noqa: F811
    from newsarchive.index import search

    want = search(search_site[0], query, facets=False, snippets=False, per_page=10, **filters)
    got = ready_page.evaluate("st => NewsSearch.search(st)", js_state(query, filters))
    assert got["total"] == want.total
    assert got["ids"] == [h.id for h in want.hits]
    assert got["scores"] == [h.score for h in want.hits]
