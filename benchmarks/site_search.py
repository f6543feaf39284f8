# ruff: noqa: E501  (long lines are JavaScript snippets)
"""In-browser search benchmark: our exported index + search.js against Pagefind.

    python benchmarks/site_search.py [--sizes 10000[,100000]] [--work DIR] [--queries 50]
                                     [--german-only]

For each size: generates the corpus (benchmarks/generate_corpus.py) and ingests it unless
WORK/archive-N exists (e.g. a replicated 100k archive), builds the site (pages/s printed),
indexes the same site with Pagefind (``python -m pagefind --site``), serves it over http and
runs the queries in headless Chromium, cold (fresh browser context) and warm (next query in the
same page). Per query: bytes transferred for the search (the page document and CSS are left
out; scripts, wasm, index and fragments count) until the first 10 results are shown, and the
time to first results. Then a German query set over the bundled samples (umlaut spellings,
inflections, compound parts; expected article written by hand): right answers = the expected
article among the first three results, ours vs Pagefind.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from procmem import descendants, status_mb  # noqa: E402

from newsarchive.archive import Archive, ingest  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

PF_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Pagefind</title>
</head><body><ol id="out"></ol><script src="pf-bench.js" type="module"></script></body></html>
"""
# Loads Pagefind's JS API, searches, loads the data of the first 10 results, shows the titles.
PF_SCRIPT = """
const pf = await import("./pagefind/pagefind.js");
await pf.options({ excerptLength: 30 });
async function run(q) {
  const t0 = performance.now();
  const s = await pf.search(q);
  const data = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
  const out = document.getElementById("out");
  out.textContent = "";
  for (const d of data) { const li = document.createElement("li"); li.textContent = d.meta.title; out.appendChild(li); }
  performance.mark("pf-treffer");
  return { ms: performance.now() - t0, total: s.results.length,
           titles: data.map(d => d.meta.title), urls: data.map(d => d.url) };
}
window.pfRun = run;
const q = new URLSearchParams(location.search).get("q");
if (q) { window.pfFirst = await run(q); }
document.documentElement.setAttribute("data-done", "1");
"""

#: German query set over the bundled samples: (query, part of the expected article's title).
GERMAN_QUERIES: list[tuple[str, str]] = [
    # umlauts written as ae/oe/ue/ss or as bare vowels
    ("Fernwaerme", "Fernwärme"), ("Fernwarme", "Fernwärme"), ("Loerrach Radwege", "Lörrach"),
    ("Zoelle", "Autozölle"), ("Autozoelle", "Autozölle"), ("Soeder", "Hochwasser"),
    ("Koelner Dom", "Kölner Dom"), ("Glattalbahn Zuerich", "Glattalbahn"),
    ("Gruene Finanzpaket", "Finanzpaket"), ("Daenemark", "Kunsthalle"),
    ("Strassen Sondervermoegen", "Finanzpaket"), ("Gaestehaus", "Macron"),
    ("Ueberschwemmungen", "Juli 2024"), ("waermsten", "Juli 2024"),
    ("Olympiastuetzpunkt", "Olympia"), ("Betriebsratschefin Lueders", "Werft"),
    ("Foerderverein", "Sternwarte"), ("Haeufung", "Juli 2024"),
    # inflections
    ("Warnstreiks", "Warnstreik"), ("Radweg", "Radwege"), ("Seestern", "Seesterne"),
    ("Teleskops", "Teleskop"), ("Gemälden", "Kunsthalle"), ("Medaillen Kanu", "Olympia"),
    ("Pegeln Donau", "Hochwasser"), ("Mieterin", "Mietpreisbremse"),
    ("Gewerkschaften Lokomotivführer", "Warnstreik"), ("Hersteller Autos", "Autozölle"),
    # compound parts
    ("Abbau Stellen", "Werft"), ("Paket Milliarden", "Finanzpaket"),
    ("Bremse Mieten", "Mietpreisbremse"), ("Turm Sanierung", "Kölner Dom"),
    ("Preise Energie", "Fernwärme"), ("Muscheln", "Seesterne"), ("Hafen Bild", "Kunsthalle"),
    ("Temperatur Durchschnitt", "Juli 2024"), ("Ticket", "Deutschlandticket"),
    ("Flugzeug", "Macron"), ("Verkehr Minister", "Deutschlandticket"),
    ("Spiegel Durchmesser", "Sternwarte"), ("Wasser Pegel", "Hochwasser"),
    ("Zeit Woche Arbeit", "Warnstreik"),
]


#: A static file server in its own process (not competing with Playwright for this process's
#: GIL) that appends "path<TAB>bytes" to a log file for every file it sends.
SERVER_CODE = r"""
import functools, http.server, os, sys
directory, log = sys.argv[1], open(sys.argv[2], "a", buffering=1)
class H(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
    def copyfile(self, source, out):
        log.write(self.path + "\t" + str(os.fstat(source.fileno()).st_size) + "\n")
        super().copyfile(source, out)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(H, directory=directory))
print(srv.server_address[1], flush=True)
srv.serve_forever()
"""


class Server:
    """The file server process; :meth:`served` lists (path, bytes) sent so far."""

    def __init__(self, directory: Path) -> None:
        import tempfile

        self.log = Path(tempfile.mkstemp(suffix=".log")[1])
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER_CODE, str(directory),
                                      str(self.log)], stdout=subprocess.PIPE, text=True)
        self.base = f"http://127.0.0.1:{int(self.proc.stdout.readline())}/"

    def served(self) -> list[tuple[str, int]]:
        out = []
        for line in self.log.read_text("utf-8").splitlines():
            path, _, n = line.rpartition("\t")
            out.append((path, int(n)))
        return out

    def shutdown(self) -> None:
        self.proc.terminate()
        self.proc.wait()
        self.log.unlink(missing_ok=True)


SERVER: Server | None = None


#: Files of our index that the page requests only after the results are shown (facets).
AFTER_RESULTS = re.compile(r"/_index/(m|e)/")


def served_count() -> int:
    return len(SERVER.served())


def served_since(start: int) -> dict:
    """Bytes and files the server sent since ``served_count() == start``."""
    got = SERVER.served()[start:]
    first = [(p, n) for p, n in got if not AFTER_RESULTS.search(p) and not p.endswith(".css")
             and not p.split("?")[0].endswith((".html", "/", ".ico"))]
    return {"bytes": sum(n for _, n in first), "files": len(first),
            "all_bytes": sum(n for p, n in got if not p.split("?")[0].endswith((".html", ".css")))}


def serve(directory: Path) -> tuple[Server, str]:
    global SERVER
    SERVER = Server(directory)
    return SERVER, SERVER.base


def _build_site(archive_dir: Path, site: Path) -> tuple[int, int, float, float]:
    """Runs in a child process (its memory is returned before Pagefind runs)."""
    from newsarchive.site.build import build_site

    archive = Archive(archive_dir)
    try:
        t0 = time.perf_counter()
        rep = build_site(archive, site)
        secs = time.perf_counter() - t0
    finally:
        archive.close()
    return rep.pages, rep.articles, secs, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(archive_dir: Path, site: Path) -> str:
    """Build the site for the archive with the site builder and index it with Pagefind."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    shutil.rmtree(site, ignore_errors=True)
    with ProcessPoolExecutor(1, mp_context=mp.get_context("fork")) as pool:
        pages, articles, secs, peak = pool.submit(_build_site, archive_dir, site).result()
    print(f"  site build: {pages} pages from {articles} articles in {secs:.1f} s "
          f"= {pages / secs:.0f} pages/s, peak RSS {peak:.0f} MB", flush=True)
    (site / "pf-bench.html").write_text(PF_PAGE, "utf-8")
    (site / "pf-bench.js").write_text(PF_SCRIPT, "utf-8")
    run_pagefind(site)
    return "site builder"


#: Resident memory at which the Pagefind indexer is stopped (the machine has 24 GB).
PAGEFIND_MEMORY_GB = 22.0


def run_pagefind(site: Path) -> None:
    """Index the built site with Pagefind, stopped (and reported) if its resident memory
    passes PAGEFIND_MEMORY_GB, so that the kernel's OOM killer never picks a process."""
    t = time.perf_counter()
    # The article element only, as our index holds the article (not menus or teaser lists).
    proc = subprocess.Popen([sys.executable, "-m", "pagefind", "--site", str(site), "--quiet",
                             "--glob", "artikel/**/*.html", "--root-selector", "article"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    peak = 0.0
    stopped = False
    while proc.poll() is None:
        rss = sum(status_mb(p).get("VmRSS", 0) for p in (proc.pid, *descendants(proc.pid)))
        peak = max(peak, rss)
        if rss > PAGEFIND_MEMORY_GB * 1024:
            os.killpg(proc.pid, signal.SIGKILL)
            stopped = True
            break
        time.sleep(0.2)
    out = proc.communicate()[0] or ""
    secs = time.perf_counter() - t
    if stopped or proc.returncode != 0:
        shutil.rmtree(site / "pagefind", ignore_errors=True)
        why = (f"stopped at {peak / 1024:.1f} GB resident" if stopped
               else f"exit {proc.returncode}: {' / '.join(out.strip().splitlines()[-3:])}")
        print(f"  pagefind FAILED after {secs:.1f} s ({why})", flush=True)
    else:
        print(f"  pagefind indexed the site in {secs:.1f} s, peak resident memory "
              f"{peak:.0f} MB (sampled every 0.2 s)", flush=True)


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- browser measurements ----------------------------------------------------------------
MARK_JS = """mark => { const e = performance.getEntriesByName(mark).slice(-1)[0];
  return e ? e.startTime : null; }"""

DONE_OURS = "() => document.documentElement.getAttribute('data-suche') === 'fertig'"
DONE_PF = "() => document.documentElement.getAttribute('data-done') === '1'"


def cold(browser, url: str, done: str, mark: str) -> dict:
    """A fresh browser context opens url; bytes served and time to the results mark."""
    ctx = browser.new_context()
    page = ctx.new_page()
    start = served_count()
    page.goto(url)
    page.wait_for_function(done, timeout=60000)
    ms = page.evaluate(MARK_JS, mark)
    ctx.close()
    return {"ms": ms, **served_since(start)}


def ours_cold(browser, base: str, q: str) -> dict:
    return cold(browser, base + "suche/index.html?q=" + quote(q), DONE_OURS, "suche-treffer")


def pf_cold(browser, base: str, q: str) -> dict:
    return cold(browser, base + "pf-bench.html?q=" + quote(q), DONE_PF, "pf-treffer")


WARM_OURS = """async q => {
  const t0 = performance.now();
  const inp = document.getElementById("suche-eingabe");
  inp.value = q;
  document.getElementById("suche-form").requestSubmit();
  await new Promise(res => { const tick = () => document.documentElement.getAttribute('data-suche') === 'fertig' ? res() : setTimeout(tick, 2); tick(); });
  const end = performance.getEntriesByName("suche-treffer").slice(-1)[0];
  return {ms: end.startTime - t0};
}"""

WARM_PF = """async q => { const r = await window.pfRun(q); return {ms: r.ms}; }"""


def warm_runs(browser, url: str, done: str, script: str, queries: list[str]) -> list[dict]:
    """Each query in turn in one open page (after a first query)."""
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_function(done, timeout=60000)
    out = []
    for q in queries:
        start = served_count()
        r = page.evaluate(script, q)
        r.update(served_since(start))
        out.append(r)
    ctx.close()
    return out


def pick_queries(archive_dir: Path, n: int, seed: int = 7) -> list[str]:
    """One- and two-word queries from random titles (words of 5+ letters, no stop words)."""
    from newsarchive.analysis import analyze

    rng = random.Random(seed)
    archive = Archive(archive_dir)
    try:
        titles = [r[0] for r in archive.db.execute(
            "SELECT json_extract(record, '$.title') FROM articles ORDER BY id")]
    finally:
        archive.close()
    out: list[str] = []
    while len(out) < n:
        words = [w for w in re.findall(r"[^\W\d_]{5,}", rng.choice(titles) or "")]
        if not words:
            continue
        k = 1 if rng.random() < 0.6 or len(words) < 2 else 2
        q = " ".join(rng.sample(words, k))
        if q not in out and all(analyze(w, "query") for w in q.split()):
            out.append(q)
    return out


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def compare(browser, base: str, queries: list[str], with_pagefind: bool = True) -> None:
    ours = [ours_cold(browser, base, q) for q in queries]
    nan = {"bytes": float("nan"), "files": float("nan"), "all_bytes": float("nan"),
           "ms": float("nan")}
    pf = [pf_cold(browser, base, q) for q in queries] if with_pagefind else [nan] * len(queries)
    for name, runs in (("ours", ours), ("pagefind", pf)):
        missing = [q for q, r in zip(queries, runs, strict=True) if r["ms"] is None]
        if missing:
            print(f"  {name}: no results mark for {missing}")
        for r in runs:
            r["ms"] = r["ms"] if r["ms"] is not None else float("nan")
    first = "?q=" + quote(queries[-1])
    ow = warm_runs(browser, base + "suche/index.html" + first, DONE_OURS, WARM_OURS, queries)
    pw = (warm_runs(browser, base + "pf-bench.html" + first, DONE_PF, WARM_PF, queries)
          if with_pagefind else [nan] * len(queries))
    if not with_pagefind:
        print("  (no Pagefind index for this size: its column is empty)")
    rows = [
        ("cold: bytes to first results (median)", med([r["bytes"] for r in ours]),
         med([r["bytes"] for r in pf])),
        ("cold: files loaded (median)", med([r["files"] for r in ours]),
         med([r["files"] for r in pf])),
        ("cold: bytes incl. facets/histogram data (median)", med([r["all_bytes"] for r in ours]),
         med([r["all_bytes"] for r in pf])),
        ("cold: ms from navigation to first results (median)", med([r["ms"] for r in ours]),
         med([r["ms"] for r in pf])),
        ("warm: bytes for the next query (median)", med([r["bytes"] for r in ow]),
         med([r["bytes"] for r in pw])),
        ("warm: ms to first results (median)", med([r["ms"] for r in ow]),
         med([r["ms"] for r in pw])),
        ("warm: ms to first results (90th pct)", _pct([r["ms"] for r in ow], 90),
         _pct([r["ms"] for r in pw], 90)),
    ]
    print(f"  {'':52s} {'ours':>12s} {'pagefind':>12s}")
    for name, a, b in rows:
        print(f"  {name:52s} {a:12.1f} {b:12.1f}")


def _pct(values: list[float], p: int) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def german_set(browser, work: Path) -> None:
    from conftest import sample_pages

    root = work / "samples-site"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    archive_dir, site = root / "archive", root / "site"
    a = Archive(archive_dir)
    try:
        ingest(sample_pages(REPO / "samples"), a)
    finally:
        a.close()
    print(f"German query set over the samples ({build(archive_dir, site)})")
    server, base = serve(site)
    try:
        ctx = browser.new_context()
        page = ctx.new_page()
        page.goto(base + "suche/index.html")
        page.wait_for_function(DONE_OURS)
        pf_page = ctx.new_page()
        pf_page.goto(base + "pf-bench.html")
        pf_page.wait_for_function(DONE_PF)
        all_titles = page.evaluate("() => NewsSearch.search({q: '', von: '1900', limit: 1000})")
        present = [(q, want) for q, want in GERMAN_QUERIES
                   if any(want in t for t in all_titles["titles"])]
        ours_ok = pf_ok = 0
        for q, want in present:
            o = page.evaluate("q => NewsSearch.search({q: q, limit: 3})", q)["titles"]
            p = pf_page.evaluate("q => window.pfRun(q)", q)["titles"][:3]
            o_hit, p_hit = any(want in t for t in o), any(want in t for t in p)
            ours_ok += o_hit
            pf_ok += p_hit
            if not (o_hit and p_hit):
                print(f"  {q!r:36s} want {want!r:20s} ours {'ok' if o_hit else '--'}  "
                      f"pagefind {'ok' if p_hit else '--'}")
        print(f"  right answers (expected article in the first 3): ours {ours_ok}/{len(present)},"
              f" pagefind {pf_ok}/{len(present)}")
        ctx.close()
    finally:
        server.shutdown()


def run_size(browser, n: int, work: Path, nq: int, reuse: bool = False) -> None:
    corpus = work / f"corpus-{n}"
    archive_dir = work / f"archive-{n}"  # an existing one is used as it is (e.g. replicated)
    if not (archive_dir / "archive.sqlite").exists():
        if not (corpus / "manifest.jsonl").exists():
            subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"),
                            str(corpus), "-n", str(n)], check=True)
        t = time.perf_counter()
        a = Archive(archive_dir)
        try:
            ingest(sorted(corpus.rglob("*.html")), a)
        finally:
            a.close()
        print(f"  ingested {n} pages in {time.perf_counter() - t:.0f} s")
    site = work / f"site-{n}"
    t = time.perf_counter()
    if reuse and (site / "suche" / "_index").is_dir():
        how = "reused"
        if not (site / "pagefind").is_dir():
            run_pagefind(site)
            how = "reused; Pagefind index built now"
        for name in ("search.js", "search-ui.css", "analyzer.js"):
            shutil.copyfile(REPO / "newsarchive" / "site" / "static" / name,
                            site / "static" / name)
    else:
        how = build(archive_dir, site)
    print(f"{n} articles: site built ({how}) in {time.perf_counter() - t:.1f} s; "
          f"our index {dir_bytes(site / 'suche' / '_index') / 1e6:.1f} MB, "
          f"pagefind {dir_bytes(site / 'pagefind') / 1e6:.1f} MB")
    queries = pick_queries(archive_dir, nq)
    server, base = serve(site)
    try:
        compare(browser, base, queries, with_pagefind=(site / "pagefind").is_dir())
    finally:
        server.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000")
    ap.add_argument("--work", type=Path, default=Path("bench-work"))
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--german-only", action="store_true")
    ap.add_argument("--reuse-site", action="store_true",
                    help="keep an existing built site (copy the current search.js into it)")
    ap.add_argument("--no-german", action="store_true")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("Chromium not found (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        if not args.no_german:
            german_set(browser, args.work)
        if not args.german_only:
            for n in (int(s) for s in args.sizes.split(",")):
                run_size(browser, n, args.work, args.queries, args.reuse_site)
        browser.close()


if __name__ == "__main__":
    main()
