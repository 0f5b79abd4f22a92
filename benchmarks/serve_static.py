"""Serve a built site the way a static host does, so measurements see what readers get.

Like GitHub Pages, Netlify or nginx with gzip on: text is sent gzip-compressed when the browser
accepts it, every file has its content type, and caching follows the file name. Files whose name
carries a content hash (Material's `bundle.<hash>.min.js`, `main.<hash>.min.css`) never change, so
they may be kept for a year; everything else is revalidated after ten minutes (GitHub Pages'
`max-age=600`), with an ETag so an unchanged file costs a 304 and no body.

    .venv/bin/python benchmarks/serve_static.py site/ --port 8000
"""
from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import http.server
import mimetypes
import re
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
CONTENT_TYPES = {".js": "application/javascript", ".mjs": "application/javascript", ".json": "application/json",
                 ".xml": "application/xml", ".svg": "image/svg+xml", ".css": "text/css", ".html": "text/html",
                 ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 ".gz": "application/gzip", ".map": "application/json", ".webmanifest": "application/manifest+json"}
HASHED_NAME = re.compile(r"\.[0-9a-f]{8,}\.min\.(js|css)$")
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=600"


def content_type(path: Path) -> str:
    kind = CONTENT_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind in ("application/javascript", "application/json") else kind


def cache_control(path: Path) -> str:
    return LONG_CACHE if HASHED_NAME.search(path.name) else SHORT_CACHE


@lru_cache(maxsize=4096)
def _body(path: Path, mtime_ns: int, compressed: bool) -> tuple[bytes, str]:
    """The bytes to send and their ETag; compressed once per file version, as a host does ahead of time."""
    data = path.read_bytes()
    if compressed:
        data = gzip.compress(data, compresslevel=9, mtime=0)
    return data, '"' + hashlib.sha1(data).hexdigest()[:16] + ("-gz" if compressed else "") + '"'


class StaticHost(http.server.BaseHTTPRequestHandler):
    root: Path
    protocol_version = "HTTP/1.1"  # keep-alive, as browsers get from real hosts

    def do_HEAD(self):
        self._respond(send_body=False)

    def do_GET(self):
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        path = self._file()
        if path is None:
            return
        kind = content_type(path)
        compressed = kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
        stat = path.stat()
        body, etag = _body(path, stat.st_mtime_ns, compressed)
        headers = {"Content-Type": kind, "Cache-Control": cache_control(path), "ETag": etag,
                   "Last-Modified": email.utils.formatdate(stat.st_mtime, usegmt=True), "Vary": "Accept-Encoding"}
        if compressed:
            headers["Content-Encoding"] = "gzip"
        if self.headers.get("If-None-Match") == etag:
            self._send(304, headers, b"", False)
        else:
            self._send(200, headers, body, send_body)

    def _file(self) -> Path | None:
        """The file a URL names, a redirect for a folder without its slash, or a 404 page."""
        url_path = unquote(urlsplit(self.path).path)
        target = (self.root / url_path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root):
            self._not_found()
            return None
        if target.is_dir():
            if not url_path.endswith("/"):
                self._send(301, {"Location": url_path + "/"}, b"", False)
                return None
            target = target / "index.html"
        if not target.is_file():
            self._not_found()
            return None
        return target

    def _not_found(self) -> None:
        page = self.root / "404.html"
        body = page.read_bytes() if page.is_file() else b"Not found"
        self._send(404, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"}, body, True)

    def _send(self, status: int, headers: dict, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def static_host(root: Path, port: int = 0):
    """The site served in a background thread; yields its address."""
    handler = type("Host", (StaticHost,), {"root": Path(root).resolve()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    with static_host(args.site, args.port) as url:
        print(f"Serving {args.site} at {url} (gzip, content types, cache headers); Ctrl-C stops")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
