"""HTML pages: the article body through trafilatura, plus title, date, url and captions."""

from __future__ import annotations

from datetime import date

from newsgraph.errors import Errors, ReadError
from newsgraph.read.text import content_id
from newsgraph.records import Article, Caption, TextSpan


def read_html(
    html: str,
    *,
    id: str | None = None,
    path: str | None = None,
    url: str | None = None,
    published: date | None = None,
    name: str | None = None,
) -> Article:
    """Read an HTML news page into an Article whose text is headline + body paragraphs.

    Raises:
        ReadError: when the page holds no article text.
    """
    import trafilatura

    label = name or path or id or "<html>"
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise ReadError(Errors.E004.format(name=label, detail="trafilatura found no main text"), name=label)
    title = (getattr(doc, "title", None) or "").strip()
    parts: list[str] = []
    if title:
        parts.append(title)
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    text = "\n\n".join(parts + paras) + "\n"
    headline = TextSpan(0, len(title), title) if title else None
    spans: list[TextSpan] = []
    pos = len(title) + 2 if title else 0
    for para in paras:
        spans.append(TextSpan(pos, pos + len(para), para))
        pos += len(para) + 2
    when = published
    raw_date = getattr(doc, "date", None)
    if when is None and raw_date:
        try:
            when = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            when = None
    captions: tuple[Caption, ...] = ()
    return Article(
        id=id or content_id(html),
        text=text,
        format="html",
        path=path,
        url=url or getattr(doc, "url", None),
        section=None,
        headline=headline,
        published=when,
        captions=captions,
        paragraphs=tuple(spans),
    )
