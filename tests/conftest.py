"""Shared test fixtures: paths to bundled samples, the shared dev data and Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Development data kept outside the repository (see README); tests that need it skip without it.
SHARED_DATA = REPO.parent / "shared" / "data"


def chromium_executable() -> str | None:
    """Path of Debian's Chromium, or None."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared dev data not found at {SHARED_DATA} (outside the repository)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = chromium_executable()
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    return path


# --- Browser and built-site fixtures shared by every browser test module -----------------

#: Flags for headless Debian Chromium on a machine without network access.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--allow-file-access-from-files", "--lang=de-DE"]
HOSTILE = FIXTURES / "hostile"


@pytest.fixture(scope="session")
def browser(chromium_path: str):
    """One headless Chromium for the whole session (Playwright's sync API allows one)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


def sample_pages(samples_dir: Path) -> list[Path]:
    """The bundled samples plus the hostile fixture."""
    return sorted(samples_dir.glob("*.html")) + sorted(HOSTILE.glob("*.html"))


def build_search_site(root: Path, pages: list[Path]) -> tuple[Path, Path]:
    """Ingest ``pages`` into an archive under ``root`` and build the site with the real
    builder. Returns (archive dir, site dir)."""
    from newsarchive.archive import Archive, ingest
    from newsarchive.site.build import build_site

    arch_dir, site = root / "archive", root / "site"
    archive = Archive(arch_dir)
    try:
        report = ingest(pages, archive)
        assert not report.failed, report.failed
        build_site(archive, site)
    finally:
        archive.close()
    assert (site / "suche" / "_index" / "manifest.js").is_file()
    return arch_dir, site


@pytest.fixture(scope="session")
def search_site(tmp_path_factory, samples_dir) -> tuple[Path, Path]:
    """(archive, site) built once from the samples and the hostile fixture."""
    return build_search_site(tmp_path_factory.mktemp("sitesearch"), sample_pages(samples_dir))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over http on a free localhost port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_server(search_site) -> Iterator[str]:
    """Base URL of a local http server over the built sample site."""
    with serve_directory(search_site[1]) as url:
        yield url
