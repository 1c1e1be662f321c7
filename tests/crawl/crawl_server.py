"""A fault-injecting HTTP server for crawl tests, on 127.0.0.1 only (these machines have no network).

Each route answers with a :class:`Reply` or a function of the request (so it can answer 500 then 200,
or 304 to a matching If-None-Match). Every request is logged with its headers, time and how many
requests were being served at once.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """What a route answers: status, headers, body; ``delay`` seconds before answering; ``gzip`` the body;
    ``stream`` the body in chunks without a Content-Length."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    gzip: bool = False
    stream: bool = False


@dataclass(frozen=True)
class Hit:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float
    concurrent: int


Route = Reply | Callable[["Request"], Reply]


@dataclass
class Request:
    """What a route function sees: the path, the headers, and how many times this path was asked before."""

    path: str
    headers: dict[str, str]
    count: int


@dataclass
class FaultServer:
    """Serve ``routes`` on 127.0.0.1; unknown paths answer 404."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    _active: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths requested, in order."""
        return [h.path for h in self.hits]

    def start(self) -> FaultServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _answer(self, path: str, headers: dict[str, str]) -> Reply:
        with self._lock:
            self._active += 1
            count = sum(1 for h in self.hits if h.path == path)
            self.hits.append(Hit(path, headers, time.monotonic(), self._active))
        route = self.routes.get(path)
        if route is None:
            return Reply(404, b"<html><body><p>Not here.</p></body></html>", (("Content-Type", "text/html"),))
        return route(Request(path, headers, count)) if callable(route) else route

    def _done(self) -> None:
        with self._lock:
            self._active -= 1


def _handler(owner: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                reply = owner._answer(self.path, headers)
                if reply.delay:
                    time.sleep(reply.delay)
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                owner._done()

        def _send(self, reply: Reply) -> None:
            body = gzip_module.compress(reply.body) if reply.gzip else reply.body
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            if reply.gzip:
                self.send_header("Content-Encoding", "gzip")
            if reply.stream:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for i in range(0, len(body), 65536):
                    part = body[i:i + 65536]
                    self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

    return Handler


def etagged(body: bytes, content_type: str, etag: str, *, modified: str | None = None) -> Callable[[Request], Reply]:
    """A route that gives ``etag`` (and Last-Modified) and answers 304 to a request that sends them back."""

    def route(req: Request) -> Reply:
        headers = [("Content-Type", content_type), ("ETag", etag)]
        if modified:
            headers.append(("Last-Modified", modified))
        if req.headers.get("if-none-match") == etag or (modified and req.headers.get("if-modified-since") == modified):
            return Reply(304, b"", tuple(headers))
        return Reply(200, body, tuple(headers))

    return route


def html(body: str | bytes, *, charset: str | None = "utf-8", **kwargs: Any) -> Reply:
    """An HTML reply."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    return Reply(200, data, (("Content-Type", ctype), *kwargs.pop("headers", ())), **kwargs)
