"""The in-browser search (static/search.js over the exported index) in headless Chromium.

The site is built from the bundled samples plus the hostile fixture; the page is opened over
http (a local server thread) and from file://.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest


@pytest.fixture()
def page(browser):
    ctx = browser.new_context()
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    ctx.close()


DONE = "() => document.documentElement.getAttribute('data-suche') === 'fertig'"


def open_search(page, base: str, **params) -> None:
    """Open the search page with URL state and wait until the search has finished."""
    multi = []
    for k, v in params.items():
        for item in (v if isinstance(v, list) else [v]):
            multi.append((k, item))
    page.goto(base + "suche/index.html" + ("?" + urlencode(multi) if multi else ""))
    page.wait_for_function(DONE,
                           timeout=15000)


def titles(page) -> list[str]:
    return page.eval_on_selector_all(".suche-treffer h2 a", "els => els.map(e => e.textContent)")


def test_keyword_umlaut_and_compound_part(page, site_server):
    open_search(page, site_server, q="Finanzpaket")
    assert any("Finanzpaket" in t for t in titles(page))
    assert "Treffer" in page.text_content("#suche-status")
    open_search(page, site_server, q="Fernwaerme")  # ä written as ae
    assert any("Fernwärme" in t for t in titles(page))
    open_search(page, site_server, q="Loerrach")
    assert any("Lörrach" in t for t in titles(page))
    open_search(page, site_server, q="Abbau")  # part of "Stellenabbau"
    assert any("Werft" in t for t in titles(page))
    marks = page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    assert any("abbau" in m.lower() for m in marks)
    assert page.errors == []


def test_snippet_marks_subheadings_and_cut_text(page, site_server):
    """A subheading inside a snippet is followed by a dash, and the end of the exported
    text (cut for the browser) is marked as cut, as the CLI's snippets are."""
    open_search(page, site_server, q="Kritik FDP AfD")
    snips = page.eval_on_selector_all(".suche-treffer p", "els => els.map(e => e.textContent)")
    finanz = [s for s in snips if "Kritik von FDP und AfD" in s]
    assert finanz, snips
    assert "Kritik von FDP und AfD – Die FDP" in finanz[0]
    assert finanz[0].rstrip().endswith("…")
    assert page.errors == []


def test_date_range_and_histogram(page, site_server):
    open_search(page, site_server, q="Deutschland", von="2025-01-01", bis="2025-12-31")
    got = titles(page)
    assert got and all(t for t in got)
    assert any("Finanzpaket" in t for t in got)
    assert not any("Meseberg" in t or "Kunsthalle" in t for t in got)  # 2024 / 2023
    bars = page.locator(".suche-balken button")
    assert bars.count() >= 1
    # bars are labelled by month ("März 2025: 2 Treffer"), the axis names the first and last
    month = r"(Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}"
    for title in bars.evaluate_all("bs => bs.map(b => b.title)"):
        assert re.fullmatch(month + r": \d+ Treffer", title), title
    axis = page.locator(".suche-balken-achse span").all_text_contents()
    assert axis and all(re.fullmatch(month, a) for a in axis), axis
    bars.first.click()
    page.wait_for_function(DONE)
    assert "von=" in page.url and "bis=" in page.url


def test_entity_filter_and_facets(page, site_server, search_site):
    open_search(page, site_server, q="Deutschland")
    facet_buttons = page.locator(".suche-facette button")
    if facet_buttons.count() == 0:
        pytest.skip("the archive has no entities (NER model missing)")
    open_search(page, site_server, q="Berlin", person="Olaf Scholz")
    got = titles(page)
    assert got and all(("Finanzpaket" in t or "Meseberg" in t or "Scholz" in t) for t in got)
    marks = page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    assert "Scholz" in marks  # the filter's name is marked in the snippets
    before = page.text_content("#suche-status")
    page.locator(".suche-chip").first.click()  # remove the filter
    page.wait_for_function(DONE)
    assert "person=" not in page.url
    assert page.text_content("#suche-status") != before
    open_search(page, site_server, q="person:Scholz")
    assert "Scholz" in page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")


def test_url_state_sort_and_pages(page, site_server):
    open_search(page, site_server, q="Deutschland", sort="datum")
    assert page.input_value("#suche-sort") == "datum"
    page.fill("#suche-eingabe", "Sternwarte")
    page.press("#suche-eingabe", "Enter")
    page.wait_for_function("() => location.search.includes('Sternwarte')")
    page.wait_for_function(DONE)
    assert any("Sternwarte" in t for t in titles(page))
    assert "sort=datum" in page.url


def test_search_as_you_type_and_suggestion(page, site_server):
    open_search(page, site_server)
    page.type("#suche-eingabe", "Sternwa", delay=20)
    page.wait_for_function("() => location.search.includes('Sternwa')")
    page.wait_for_function(DONE)
    assert any("Sternwarte" in t for t in titles(page))
    open_search(page, site_server, q="Sternwrate")
    assert "Keine Treffer" in page.text_content("#suche-status")
    # a word as articles write it, as the CLI suggests (not the index term "sternwart")
    assert page.text_content(".suche-vorschlag a") == "Sternwarte"
    # both words have close known words, but no article holds both: no suggestion
    open_search(page, site_server, q="Sternwrate Fernwärmme")
    assert "Keine Treffer" in page.text_content("#suche-status")
    assert page.locator(".suche-vorschlag").count() == 0


def test_works_from_file_url(page, search_site):
    base = search_site[1].resolve().as_uri() + "/"
    open_search(page, base, q="Fernwaerme")
    assert any("Fernwärme" in t for t in titles(page))


def test_hostile_text_executes_nothing(page, site_server):
    open_search(page, site_server, q="Stadtfest")
    open_search(page, site_server, q="alert")
    open_search(page, site_server, q="script")
    open_search(page, site_server, q="img onerror")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('.suche-treffer script, .suche-treffer img,"
                         " .suche-treffer iframe').length") == 0


def index_initiators(page) -> set[str]:
    """How the page requested its index files (resource timing initiator types)."""
    return set(page.evaluate(
        "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/_index/'))"
        ".map(e => e.initiatorType)"))


def test_index_files_are_fetched_over_http(page, site_server):
    # (from file://, where fetch() is refused, they are scripts: test_works_from_file_url)
    open_search(page, site_server, q="Fernwaerme")
    assert any("Fernwärme" in t for t in titles(page))
    assert index_initiators(page) == {"fetch"}


def test_refused_fetch_falls_back_to_scripts(page, site_server):
    page.add_init_script("window.fetch = () => Promise.reject(new TypeError('refused'));")
    open_search(page, site_server, q="Fernwaerme")
    assert any("Fernwärme" in t for t in titles(page))
    assert "script" in index_initiators(page)
    assert not page.errors


@pytest.fixture(scope="module")
def small_chunk_site(tmp_path_factory, samples_dir):
    """The sample site exported with one document per metadata file and at most two files
    per result list, so that any larger result list gets estimated facet counts."""
    from conftest import build_search_site, sample_pages, serve_directory

    from newsarchive.site import export

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(export, "META_CHUNK", 1)
        mp.setattr(export, "FACET_CHUNKS", 2)
        _arch, site = build_search_site(tmp_path_factory.mktemp("chunks"),
                                        sample_pages(samples_dir))
    with serve_directory(site) as url:
        yield url


def test_facets_load_a_bounded_number_of_files(page, site_server, small_chunk_site):
    open_search(page, site_server, q="Deutschland")
    if page.locator(".suche-facette button").count() == 0:
        pytest.skip("the archive has no entities (NER model missing)")
    assert page.locator(".suche-hinweis").count() == 0  # small archive: exact counts
    exact = page.eval_on_selector_all(".suche-facette button", "els => els.map(e => e.textContent)")
    assert exact and not any("≈" in t for t in exact)

    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url) if "/_index/m/" in r.url else None)
    open_search(page, small_chunk_site, q="Deutschland")
    total = int(page.text_content("#suche-status").split()[0].replace(".", ""))
    assert total > 2
    assert len(loaded) == 2  # the files of the two best-ranked hits only
    note = page.text_content(".suche-hinweis")
    assert "geschätzt aus 2 der besten Treffer" in note
    approx = page.eval_on_selector_all(".suche-facette button",
                                       "els => els.map(e => e.textContent)")
    assert approx and all("(≈ " in t for t in approx)
    assert page.errors == []


def test_histogram_keeps_the_distances_of_time(page, site_server):
    """Empty months between hits are empty places; over more than two years, bars are years."""
    open_search(page, site_server, q="Deutschland")
    heading = page.text_content(".suche-verlauf h2")
    places = page.locator(".suche-balken li").count()
    bars = page.locator(".suche-balken button").count()
    first, *rest = page.locator(".suche-balken-achse span").all_text_contents()
    last = rest[-1] if rest else first
    if heading == "Treffer pro Jahr":
        assert places == int(last) - int(first) + 1 and bars <= places
    else:
        assert heading == "Treffer pro Monat" and places >= bars
        names = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                 "Okt.", "Nov.", "Dez."]

        def index(label: str) -> int:
            name, year = label.rsplit(" ", 1)
            return int(year) * 12 + names.index(name)

        assert places == index(last) - index(first) + 1 <= 24
