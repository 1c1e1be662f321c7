"""What stages ask of a Doc again and again, built once per Doc: text, tokens, offsets, sentences, entities.

spaCy builds ``doc.text``, ``doc.sents`` and ``doc.ents`` anew on every access, and a new Token object
for every ``doc[i]``; one reading asks for them dozens of times. These functions answer from a memo kept
in ``doc.user_data`` while the Doc is read; :func:`release` drops it (``Pipeline.apply`` does, so no
reference cycle outlives the reading). The answers are the same objects spaCy would build: a stage that
calls ``views.sents(doc)`` sees exactly ``list(doc.sents)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import HEAD, IDX
from spacy.tokens import Doc, Span, Token

_KEY = "newsgraph.views"


def _once(doc: Doc, key: str, build: Callable[[Doc], Any]) -> Any:
    """``build(doc)``, computed on the first call for ``doc`` and kept in its memo until :func:`release`."""
    try:  # the common case, asked thousands of times per reading: one attribute and two lookups
        return doc.user_data[_KEY][key]
    except KeyError:
        pass
    memo: dict[str, Any] | None = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    if key not in memo:
        memo[key] = build(doc)
    return memo[key]


def release(doc: Doc) -> None:
    """Forget what was memoised for ``doc`` (call when the Doc's reading is done)."""
    doc.user_data.pop(_KEY, None)


def _text(doc: Doc) -> str:
    return doc.text


def _offsets(doc: Doc) -> list[int]:
    return [int(i) for i in doc.to_array(IDX)] if len(doc) else []


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    found = list(doc.sents)
    return found, [s.start for s in found]


def _entities(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    found = tuple(doc.ents)
    return found, [e.start for e in found]


def _children(doc: Doc) -> dict[int, tuple[Token, ...]]:
    toks = tokens(doc)
    kids: dict[int, list[Token]] = {}
    # HEAD holds each head's offset from its token, as an unsigned 64-bit number: read it as signed.
    heads = doc.to_array(HEAD).astype(np.int64).tolist() if len(doc) else []
    for i, offset in enumerate(heads):
        if offset:
            kids.setdefault(i + offset, []).append(toks[i])
    return {i: tuple(k) for i, k in kids.items()}


def _new_dict(doc: Doc) -> dict[Any, Any]:
    return {}


def text(doc: Doc) -> str:
    """``doc.text``, built once."""
    out: str = _once(doc, "text", _text)
    return out


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once: index it instead of ``doc[i]`` in loops."""
    out: list[Token] = _once(doc, "tokens", list)
    return out


def offsets(doc: Doc) -> list[int]:
    """The character offset of every token (``[t.idx for t in doc]``), built once."""
    out: list[int] = _once(doc, "idx", _offsets)
    return out


def tokens_between(doc: Doc, start_char: int, end_char: int, *, first: int = 0) -> list[Token]:
    """The tokens from token ``first`` on whose offset ``t.idx`` is in ``[start_char, end_char)``."""
    idx = offsets(doc)
    lo = max(first, bisect_left(idx, start_char))
    hi = bisect_left(idx, end_char)
    return tokens(doc)[lo:hi] if lo < hi else []


def sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once."""
    found: list[Span] = _once(doc, "sents", _sentences)[0]
    return found


def sent_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (what ``doc[i].sent`` gives)."""
    found, starts = _once(doc, "sents", _sentences)
    sent: Span = found[bisect_right(starts, i) - 1]
    return sent


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    found: tuple[Span, ...] = _once(doc, "ents", _entities)[0]
    return found


def ents_in(span: Span) -> list[Span]:
    """``span.ents``: the entities that start in ``span``, up to the first that runs past its end."""
    found, starts = _once(span.doc, "ents", _entities)
    out: list[Span] = []
    for ent in found[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def ent_at(doc: Doc, i: int) -> Span | None:
    """The first entity (in ``doc.ents`` order) that covers token ``i``, if any."""
    found, starts = _once(doc, "ents", _entities)
    k = bisect_right(starts, i) - 1
    if k >= 0 and found[k].start <= i < found[k].end:
        ent: Span = found[k]
        return ent
    return None


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span`` (what iterating it gives), from the Doc's token list."""
    return tokens(span.doc)[span.start : span.end]


def children(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``: the tokens whose head is ``token``, in order; all built once per Doc."""
    kids: tuple[Token, ...] = _once(token.doc, "children", _children).get(token.i, ())
    return kids


def cache(doc: Doc, name: str) -> dict[Any, Any]:
    """A dict kept for ``doc`` under ``name`` until :func:`release`: a stage's own memo of per-token answers."""
    found: dict[Any, Any] = _once(doc, "cache:" + name, _new_dict)
    return found
