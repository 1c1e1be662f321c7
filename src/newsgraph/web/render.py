"""Templates, filters and the per-request database cursor shared by the pages and the API."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlencode

import jinja2
from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"


# One line per attribution (records.ATTRIBUTIONS), shown as the hover text of its badge and filter box.
ATTRIBUTION_HINTS: dict[str, str] = {
    "statement": "what the source said: said, told, asked, urged, denied, announced, declined to comment",
    "belief": "what the source thinks: thinks, believes, knows",
    "intention": "what the source means to do: plans, wants, hopes, promised, intends",
    "attitude": "where the source stands: supports, opposes, backs, endorses, feelings about something",
    "decree": "what the source decided: ruled, ordered, approved",
    "perception": "what the source saw or learned: saw, noticed, learned",
    "evidence": "a document, poll, study or data as the source: polls show, the report found",
}


def actor_url(corpus_actor_id: str | None) -> str:
    """Return the page of a corpus actor ("" when there is none)."""
    return f"/actors/{quote(corpus_actor_id, safe=':')}" if corpus_actor_id else ""


def article_url(article_id: str, anchor: str = "") -> str:
    """Return the page of an article, optionally at an anchor."""
    return f"/articles/{quote(article_id, safe='')}" + (f"#{quote(anchor, safe='')}" if anchor else "")


def marked(text: object, query: str) -> Markup:
    """Return ``text`` escaped, with the words of ``query`` wrapped in ``<mark>`` (case-insensitive)."""
    value = "" if text is None else str(text)
    words = sorted({w for w in query.split()[:8] if w}, key=len, reverse=True)
    if not words:
        return Markup(escape(value))
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for hit in pattern.finditer(value):
        out += [str(escape(value[last:hit.start()])), f"<mark>{escape(hit.group())}</mark>"]
        last = hit.end()
    out.append(str(escape(value[last:])))
    return Markup("".join(out))


def http_url(value: object) -> str:
    """Return ``value`` if it is an http(s) URL, else "" (never a ``javascript:`` link)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def number(value: object) -> str:
    """Format a count or a reported figure for people: 1,200 · 2.5 million · 0.5."""
    if not isinstance(value, int | float):
        return "" if value is None else str(value)
    if abs(value) >= 1_000_000:
        millions = value / 1_000_000
        return f"{millions:,.1f} million".replace(".0 million", " million")
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def day(value: object) -> str:
    """Format a date as ``4 Mar 2024`` (empty for none)."""
    if isinstance(value, date):
        return f"{value.day} {value:%b %Y}"
    return "" if value is None else str(value)


def with_query(params: Mapping[str, Any], **changes: Any) -> str:
    """Return ``?query`` from ``params`` with ``changes`` applied (empty values dropped)."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "offset" and v == 0)}
    return "?" + urlencode(kept) if kept else "?"


@functools.lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The page templates, HTML-autoescaped, with newsgraph's filters."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(number=number, day=day, actor_url=actor_url, article_url=article_url, http_url=http_url,
                       marked=marked)
    env.globals.update(with_query=with_query, attribution_hints=ATTRIBUTION_HINTS)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: Mapping[str, Any], *, status_code: int = 200) -> HTMLResponse:
    """Render template ``name`` with ``context`` (``nav`` and ``title`` default to empty)."""
    full = {"nav": "", "title": "newsgraph", **context}
    return templates().TemplateResponse(request, name, full, status_code=status_code)


def once(request: Request, key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """Return ``compute()``, computed once per app for ``key``.

    Safe because the knowledge base cannot change while it is served: DuckDB lets no process write a
    file that another process holds open, even read-only. Used for corpus-wide aggregates only.
    """
    cache: dict[tuple[object, ...], Any] = request.app.state.cache
    if key not in cache:
        cache[key] = compute()
    return cast(T, cache[key])


def cursor(request: Request) -> Iterator[Any]:
    """Yield a DuckDB cursor of the app's read-only connection for one request."""
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise HTTPException(503, "the knowledge base is not open")
    cur = store.db.cursor()
    try:
        yield cur
    finally:
        cur.close()
