"""Article text with marks (quotes, speakers, actors, events, figures, places) highlighted in place.

Marks may nest or cross. The text is cut at every mark boundary; each piece is escaped and wrapped in
the marks that cover it, outermost first. A mark that crosses another is closed and reopened around it,
so the HTML is always well formed and ``text`` is reproduced exactly, character for character.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted character span ``text[start:end]``.

    Attributes:
        start: First character offset (inclusive).
        end: Last character offset (exclusive).
        kind: CSS kind, e.g. ``quote``, ``cue``, ``speaker``, ``actor``, ``event``, ``figure``, ``place``.
        attrs: Extra HTML attributes (``data-*``, ``title``); names are trusted, values are escaped.
        layer: Nesting order for marks of equal extent: lower layers enclose higher ones.
    """

    start: int
    end: int
    kind: str
    attrs: tuple[tuple[str, str], ...] = ()
    layer: int = 0


def _order(mark: Mark) -> tuple[int, int, int, str]:
    return (mark.start, -mark.end, mark.layer, mark.kind)


def _open_tag(mark: Mark) -> str:
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in mark.attrs)
    return f'<span class="hl hl-{escape(mark.kind)}"{attrs}>'


def highlight(text: str, marks: list[Mark] | tuple[Mark, ...]) -> Markup:
    """Return ``text`` as escaped HTML with every mark wrapped around its characters.

    Args:
        text: The article text the marks index.
        marks: Marks to draw; marks outside the text or empty are ignored.

    Returns:
        Safe HTML whose visible text equals ``text`` exactly.
    """
    valid = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=_order)
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[Mark] = []
    covering: list[Mark] = []
    pending = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in covering if m.end > left]
        while pending < len(valid) and valid[pending].start <= left:
            covering.append(valid[pending])
            pending += 1
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep] is covering[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        out.extend(_open_tag(m) for m in covering[keep:])
        stack = list(covering)
        out.append(str(escape(text[left:right])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))
