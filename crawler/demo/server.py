"""A real threaded HTTP/1.1 server on 127.0.0.1 whose routes are Python callables (demo and tests).

It records every request and the most requests it ever had in flight at once, so tests can
assert politeness from the server's side.
"""

from __future__ import annotations

import gzip
import http.server
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class Response:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before the status line
    chunk_delay: float = 0.0  # seconds between body chunks (a dripping server)
    send_length: bool = True


def html(text: str, status: int = 200, charset: str = "utf-8", content_type: str | None = None, **kw) -> Response:
    return Response(
        status,
        text.encode(charset if charset not in ("tis-620", "windows-874") else "cp874"),
        content_type=content_type or f"text/html; charset={charset}",
        **kw,
    )


def raw(body: bytes, content_type: str | None, status: int = 200, **kw) -> Response:
    return Response(status, body, content_type=content_type, **kw)


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, b"", headers={"Location": location}, content_type=None)


def gzip_bomb(inflated_mb: int) -> Response:
    body = gzip.compress(b"<html>" + b" " * (inflated_mb * 1024 * 1024), compresslevel=9)
    return Response(200, body, headers={"Content-Encoding": "gzip"})


Route = Response | Callable[["Request"], Response]


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # with the query
    headers: dict[str, str]
    started: float


class FixtureServer:
    """``with FixtureServer(routes) as server: server.url("/")``.  Unknown paths answer 404."""

    def __init__(
        self, routes: Mapping[str, Route] | None = None, *, tls: ssl.SSLContext | None = None, record: bool = True
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        self._tls = tls
        self._record = record
        self._httpd: http.server.ThreadingHTTPServer | None = None
        self.not_found: Route = html("<html><body><h1>404 Not Found</h1></body></html>", 404)

    # -- lifecycle
    def __enter__(self) -> FixtureServer:
        handler = _make_handler(self)
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        if self._tls is not None:
            httpd.socket = self._tls.wrap_socket(httpd.socket, server_side=True)
        self._httpd = httpd
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return self._httpd.server_address[1]

    @property
    def origin(self) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.origin + path

    # -- what the server saw
    def hits(self, path: str) -> int:
        return sum(1 for request in self.requests if request.path == path)

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def starts(self, path: str) -> list[float]:
        return [request.started for request in self.requests if request.path == path]

    def starts_with(self, prefix: str) -> list[float]:
        """When the requests for paths under ``prefix`` began (a page's script flood)."""
        return [request.started for request in self.requests if request.path.startswith(prefix)]

    # -- dispatch
    def _route(self, request: Request) -> Response:
        route = self.routes.get(request.path) or self.routes.get(urlsplit(request.path).path) or self.not_found
        return route(request) if callable(route) else route

    def _enter(self, request: Request) -> None:
        with self._lock:
            if self._record:
                self.requests.append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1


def _make_handler(server: FixtureServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body are separate writes; with Nagle on, each keep-alive response waits
        # for the client's delayed ACK (~40 ms) and the server, not the crawler, is measured.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            request = Request("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            server._enter(request)
            try:
                self._answer(server._route(request))
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                self.close_connection = True
            finally:
                server._leave()

        do_HEAD = do_GET

        def _answer(self, response: Response) -> None:
            if response.delay and not self._wait_unless_client_leaves(response.delay):
                self.close_connection = True
                return
            self.send_response(response.status)
            if response.content_type:
                self.send_header("Content-Type", response.content_type)
            for name, value in response.headers.items():
                # A raw Thai Location goes out as its UTF-8 bytes, as Apache and PHP send it.
                self.send_header(name, value.encode("utf-8").decode("latin-1"))
            body = response.body
            if isinstance(body, bytes) and response.send_length:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if isinstance(body, bytes) and "Content-Length" in response.headers:
                self.end_headers()  # a declared length that may be a lie
                self.wfile.write(body)
                self.close_connection = True
                return
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for chunk in [body] if isinstance(body, bytes) else body:
                if response.chunk_delay:
                    time.sleep(response.chunk_delay)
                self.wfile.write(chunk)
                self.wfile.flush()

        def _wait_unless_client_leaves(self, seconds: float) -> bool:
            """Sleep; False as soon as the client hangs up (it no longer holds a request open)."""
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                readable, _, _ = select.select([self.connection], [], [], min(left, 0.02))
                if readable:
                    try:
                        if not self.connection.recv(1, socket.MSG_PEEK):
                            return False
                    except (OSError, ssl.SSLError):
                        return False
            return True

        def log_message(self, *args: object) -> None:
            pass

    return Handler
