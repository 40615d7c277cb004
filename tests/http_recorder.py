"""A local HTTP server that records every request it gets: proof that kg (or Neo4j) fetched nothing."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator

__all__ = ["Recording", "recording_server"]


class Recording:
    """The server's address (``url``) and the paths it was asked for (``hits``)."""

    def __init__(self, url: str):
        self.url = url
        self.hits: list[str] = []


@contextlib.contextmanager
def recording_server(path: str, body: bytes, content_type: str) -> Iterator[Recording]:
    """Serve ``body`` on 127.0.0.1 (a free port) at any path; every request's path is recorded."""
    rec: Recording

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            rec.hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    rec = Recording(f"http://127.0.0.1:{srv.server_address[1]}/{path}")
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield rec
    finally:
        srv.shutdown()
        srv.server_close()
