"""Preview a built site on localhost with the standard library's HTTP server."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one folder; ``404.html`` for missing paths; no per-request log lines."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404, message)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def make_server(
    directory: str | Path, port: int = 8000, host: str = "127.0.0.1"
) -> http.server.ThreadingHTTPServer:
    """An HTTP server for ``directory`` (port 0 picks a free one); call ``serve_forever``."""
    folder = Path(directory)
    if not (folder / "index.html").is_file():
        raise FileNotFoundError(f"{folder}: no index.html (run `newsarchive build-site` first)")
    handler = functools.partial(_QuietHandler, directory=str(folder.resolve()))
    return http.server.ThreadingHTTPServer((host, port), handler)


def server_url(server: http.server.ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/index.html"
