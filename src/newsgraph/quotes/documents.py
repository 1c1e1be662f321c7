"""Sources that are documents: "a new poll", "the report", "records" become actors of type DOCUMENT.

A poll, report, study, memo or data set that speaks in an article ("A new poll shows that ...", "The report
found that ...") and names no author the actors stage knows is an actor of its own, typed ``DOCUMENT``, so
that every attribution has a source to browse and count. Its name is the source's noun phrase without its
determiner ("new poll", "internal memo"); two mentions with the same name are one actor. A document by a
named author ("a poll by Gallup") already resolves to the author and is left alone. Documents are never
merged across articles (store/corpus_actors.py): "the report" of one story is not that of another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsgraph.quotes.draft import Context
from newsgraph.quotes.lexicon import EVIDENCE_NOUNS
from newsgraph.records import Actor, Quote, TextSpan

DOCUMENT = "DOCUMENT"
_NAMED = frozenset("PERSON ORG NORP GPE".split())
_DROP = frozenset("det poss predet".split())


def is_artifact(token: Token) -> bool:
    """True for the head of a source that is a document, poll or data ("polls", "the report", "Records")."""
    forms = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}
    return token.pos_ in ("NOUN", "PROPN") and not forms.isdisjoint(EVIDENCE_NOUNS) and token.ent_type_ not in _NAMED


def _head(ctx: Context, span: TextSpan) -> Token | None:
    toks = list(ctx.tokens(span.start, span.end))
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)


def _name(token: Token) -> str:
    words = [t for t in token.lefts if t.dep_ not in _DROP and not t.is_punct] + [token]
    first = min(w.i for w in (*token.lefts, token) if w in words)
    return " ".join(t.text for t in token.doc[first:token.i + 1] if t in words).strip()


def _next_id(actors: Sequence[Actor]) -> str:
    taken = {a.id for a in actors}
    number = len(taken) + 1
    while f"a{number}" in taken:
        number += 1
    return f"a{number}"


def document_actors(ctx: Context, quotes: Sequence[Quote], actors: Sequence[Actor],
                    method: str) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """Give each quote whose unresolved source is a document a DOCUMENT actor.

    Returns:
        The quotes (speaker actor ids filled in) and the actors made, in order of first mention.
    """
    made: list[Actor] = []
    out: list[Quote] = []
    for quote in quotes:
        mention = quote.speaker
        head = _head(ctx, mention) if mention is not None and quote.speaker_actor_id is None else None
        if mention is None or head is None or not is_artifact(head):
            out.append(quote)
            continue
        name = _name(head)
        found = next((i for i, a in enumerate(made) if a.name.lower() == name.lower()), None)
        if found is None:
            actor = Actor(id=_next_id([*actors, *made]), name=name, type=DOCUMENT, mentions=(mention,), method=method)
            made.append(actor)
        else:
            actor = replace(made[found], mentions=(*made[found].mentions, mention))
            made[found] = actor
        out.append(replace(quote, speaker_actor_id=actor.id, speaker_name=actor.name))
    return tuple(out), tuple(made)
