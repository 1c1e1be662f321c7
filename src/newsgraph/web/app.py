"""The FastAPI application behind ``newsgraph serve``: HTML pages, a JSON API and its docs.

The knowledge base is opened read-only once per app; every request gets its own DuckDB cursor.
This module imports nothing from the NLP side of newsgraph (no spaCy): only the store and the web.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph import __version__
from newsgraph.errors import StoreError
from newsgraph.web import api, views
from newsgraph.web.render import STATIC, render

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _problems(exc: RequestValidationError) -> list[dict[str, str]]:
    out = []
    for err in exc.errors():
        where = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        out.append({"parameter": ".".join(where) or "request", "message": str(err.get("msg", "invalid value"))})
    return out


async def _invalid(request: Request, exc: Exception) -> Response:
    problems = _problems(exc) if isinstance(exc, RequestValidationError) else []
    if _wants_json(request):
        return JSONResponse({"error": "invalid parameter", "detail": problems}, status_code=400)
    return render(request, "error.html", {"status": 400, "title": "Invalid search", "problems": problems},
                  status_code=400)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = str(exc.detail) if isinstance(exc, StarletteHTTPException) else "error"
    if _wants_json(request):
        return JSONResponse({"error": detail}, status_code=status)
    title = "Not found" if status == 404 else "Error"
    return render(request, "error.html", {"status": status, "title": title, "message": detail}, status_code=status)


async def _store_error(request: Request, exc: Exception) -> Response:
    """A filter the store refused (the web checks first; this is the safety net): 400 with its reason."""
    problems = [{"parameter": "request", "message": str(exc)}]
    if _wants_json(request):
        return JSONResponse({"error": "invalid parameter", "detail": problems}, status_code=400)
    return render(request, "error.html", {"status": 400, "title": "Invalid search", "problems": problems},
                  status_code=400)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """OpenAPI with our 400 answer in place of FastAPI's default 422."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            if responses.pop("422", None) is not None:
                responses["400"] = {"description": "Invalid parameter: the answer names it and says why.",
                                    "content": {"application/json": {"schema": {"type": "object"}}}}
    schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
    schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


def create_app(db_path: Path | str) -> FastAPI:
    """Build the web app over the knowledge base at ``db_path`` (opened read-only at startup).

    Args:
        db_path: A DuckDB file written by ``newsgraph ingest``.

    Returns:
        The FastAPI application.

    Raises:
        StoreError: The file is missing, locked by a writer, or not a newsgraph database.
    """
    from newsgraph.store.api import open_store

    path = Path(db_path)
    store = open_store(path, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(title="newsgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Who said what, who did what to whom, where, when and how many: the JSON API of a "
                              "newsgraph knowledge base. Every record carries the sentence it came from.")
    app.state.db_path = path
    app.state.store = store
    app.state.cache = {}
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(StoreError, _store_error)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(views.router)
    app.include_router(api.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app
