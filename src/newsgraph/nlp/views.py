"""What stages ask of a Doc again and again, built once per Doc: text, tokens, offsets, sentences, entities.

spaCy builds ``doc.text``, ``doc.sents`` and ``doc.ents`` anew on every access, and a new Token object
for every ``doc[i]``; one reading asks for them dozens of times. These functions answer from a memo kept
in ``doc.user_data`` while the Doc is read; :func:`release` drops it (``Pipeline.apply`` does, so no
reference cycle outlives the reading). The answers are the same objects spaCy would build: a stage that
calls ``views.sents(doc)`` sees exactly ``list(doc.sents)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

_KEY = "newsgraph.views"


def _memo(doc: Doc) -> dict[str, Any]:
    memo: dict[str, Any] | None = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    return memo


def release(doc: Doc) -> None:
    """Forget what was memoised for ``doc`` (call when the Doc's reading is done)."""
    doc.user_data.pop(_KEY, None)


def text(doc: Doc) -> str:
    """``doc.text``, built once."""
    memo = _memo(doc)
    if "text" not in memo:
        memo["text"] = doc.text
    out: str = memo["text"]
    return out


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once: index it instead of ``doc[i]`` in loops."""
    memo = _memo(doc)
    if "tokens" not in memo:
        memo["tokens"] = list(doc)
    out: list[Token] = memo["tokens"]
    return out


def offsets(doc: Doc) -> list[int]:
    """The character offset of every token (``[t.idx for t in doc]``), built once."""
    memo = _memo(doc)
    if "idx" not in memo:
        memo["idx"] = [int(i) for i in doc.to_array(IDX)] if len(doc) else []
    out: list[int] = memo["idx"]
    return out


def tokens_between(doc: Doc, start_char: int, end_char: int, *, first: int = 0) -> list[Token]:
    """The tokens from token ``first`` on whose offset ``t.idx`` is in ``[start_char, end_char)``."""
    idx = offsets(doc)
    lo = max(first, bisect_left(idx, start_char))
    hi = bisect_left(idx, end_char)
    return tokens(doc)[lo:hi] if lo < hi else []


def sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once."""
    memo = _memo(doc)
    if "sents" not in memo:
        memo["sents"] = list(doc.sents)
        memo["sent_starts"] = [s.start for s in memo["sents"]]
    out: list[Span] = memo["sents"]
    return out


def sent_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` (what ``doc[i].sent`` gives)."""
    found = sents(doc)
    return found[bisect_right(_memo(doc)["sent_starts"], i) - 1]


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once."""
    memo = _memo(doc)
    if "ents" not in memo:
        memo["ents"] = tuple(doc.ents)
        memo["ent_starts"] = [e.start for e in memo["ents"]]
    out: tuple[Span, ...] = memo["ents"]
    return out


def ents_in(span: Span) -> list[Span]:
    """``span.ents``: the entities that start in ``span``, up to the first that runs past its end."""
    found = ents(span.doc)
    out: list[Span] = []
    for ent in found[bisect_left(_memo(span.doc)["ent_starts"], span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def ent_at(doc: Doc, i: int) -> Span | None:
    """The first entity (in ``doc.ents`` order) that covers token ``i``, if any."""
    found = ents(doc)
    k = bisect_right(_memo(doc)["ent_starts"], i) - 1
    if k >= 0 and found[k].start <= i < found[k].end:
        return found[k]
    return None


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span`` (what iterating it gives), from the Doc's token list."""
    return tokens(span.doc)[span.start : span.end]


def children(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``: the tokens whose head is ``token``, in order; all built once per Doc."""
    doc = token.doc
    memo = _memo(doc)
    found: list[tuple[Token, ...]] | None = memo.get("children")
    if found is None:
        toks = tokens(doc)
        kids: list[list[Token]] = [[] for _ in toks]
        for t in toks:
            head = t.head.i
            if head != t.i:
                kids[head].append(t)
        found = memo["children"] = [tuple(k) for k in kids]
    return found[token.i]


def cache(doc: Doc, name: str) -> dict[Any, Any]:
    """A dict kept for ``doc`` under ``name`` until :func:`release`: a stage's own memo of per-token answers."""
    memo = _memo(doc)
    found: dict[Any, Any] | None = memo.get(name)
    if found is None:
        found = memo[name] = {}
    return found
