"""Who a figure is attributed to: "The UN estimates that ...", "..., the ministry said",
"according to the ministry", or a citation in brackets at the end of its sentence ("(OCHA, 18 February)")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.figures.lexicon import ESTIMATING, REPORTING
from newsgraph.nlp import views
from newsgraph.records import Reading


def _actor_at(token: Token, reading: Reading) -> str | None:
    """Id of the actor with a mention inside ``token``'s phrase (its subtree), nearest the head first."""
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    best: tuple[int, str] | None = None
    for actor in reading.actors:
        for m in actor.mentions:
            if lo <= m.start and m.end <= hi:
                distance = 0 if m.start <= token.idx < m.end else abs(m.start - token.idx) + 1
                if best is None or distance < best[0]:
                    best = (distance, actor.id)
    return best[1] if best is not None else None


def _cited(after: int, sent: Span, reading: Reading) -> str | None:
    """The actor named first inside brackets after offset ``after`` in the sentence: "(OCHA, 18 February)"."""
    text = sent.text
    base = sent.start_char
    start = text.find("(", max(0, after - base))
    while start != -1:
        end = text.find(")", start)
        if end == -1:
            return None
        opening = base + start + 1 + (len(text[start + 1:end]) - len(text[start + 1:end].lstrip()))
        for actor in reading.actors:
            if any(m.start == opening and m.end <= base + end for m in actor.mentions):
                return actor.id
        start = text.find("(", end)
    return None


def attribution(cue: Token, sent: Span, reading: Reading) -> tuple[str | None, bool]:
    """Who the figure is attributed to (actor id) and whether it is an estimate."""
    token = cue
    for _ in range(10):
        if token.lemma_ in REPORTING and token.pos_ in ("VERB", "AUX") and token.i != cue.i:
            subject = next((c for c in views.children(token) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return _actor_at(subject, reading), token.lemma_ in ESTIMATING
        if token.head.i == token.i:
            break
        token = token.head
    for tok in views.span_tokens(sent):
        if tok.lower_ == "according":
            pobj = next((g for c in views.children(tok) if c.lower_ == "to"
                         for g in views.children(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _actor_at(pobj, reading), False
    return _cited(cue.idx, sent, reading), False
