"""The quotes stage: direct, indirect and mixed quotes with their cue, speaker mention and speaker.

The finders run in order of precedence: direct quotes (and captions), the headline, reporting
verbs with a clause, then "according to". A later find is dropped when it overlaps an earlier
one, or when its cue sits inside another quote's content (a "said" inside a quote is not a new
quote). Speakers are then resolved in text order, so that a pronoun can refer back to the speaker
of an earlier quote. Unbalanced quotation marks are reported in ``reading.skipped``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.intervals import Owned
from newsgraph.nlp import views
from newsgraph.quotes import model as attribution_model
from newsgraph.quotes.attributions import find_attributions
from newsgraph.quotes.direct import find_direct
from newsgraph.quotes.documents import document_actors
from newsgraph.quotes.draft import Context, Draft, Span
from newsgraph.quotes.headline import find_headline
from newsgraph.quotes.indirect import find_according, find_indirect
from newsgraph.quotes.kinds import kind_of
from newsgraph.quotes.lexicon import HONORIFICS, REPORTING_VERBS
from newsgraph.quotes.lookup import actor_at, entity_actors
from newsgraph.quotes.mentions import widen
from newsgraph.quotes.spans import conventional
from newsgraph.quotes.speakers import Resolver, Who, mention_of, speaker_token
from newsgraph.records import Actor, Attribution, Quote, Reading, Skip, TextSpan, Where
from newsgraph.registry import stage

NAME = "newsgraph.quotes.rules.v1"

# Prior confidence by construction: how often each kind of find is a true quote with the right
# speaker on our annotated test articles (rounded; a guide for filtering, not a probability).
_CONFIDENCE = {"direct-head": 0.9, "direct-tail": 0.9, "caption": 0.85, "headline": 0.75, "headline-name": 0.7,
               "indirect": 0.75,
               "according": 0.7, "direct-mixed": 0.7, "colon": 0.7, "continued": 0.6}
_CONTINUE_WITHIN = 2  # a quote paragraph with no cue continues a speaker at most this many paragraphs back


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(d: Draft) -> list[Span]:
    return [*d.contents, *([d.cue] if d.cue is not None else [])]


def _nested_in(inner: Draft, outer: Draft) -> bool:
    """True when ``inner``'s cue and contents lie inside ``outer``'s contents (an attribution within one)."""
    pieces = outer.contents
    within = [inner.contents[0][0] >= pieces[0][0] and inner.contents[-1][1] <= pieces[-1][1]]
    return (inner.cue is not None and outer.cue is not None and any(_overlaps(inner.cue, c) for c in pieces)
            and not any(_overlaps(outer.cue, c) for c in inner.contents) and all(within))


def select(drafts: Sequence[Draft]) -> list[Draft]:
    """Keep drafts in order of precedence, dropping those that clash with one kept; sort by position.

    Two drafts clash when a cue or content span of one overlaps a cue or content span of the other.
    Only the outermost attribution counts (PolNeAR's guidelines): a later draft whose content holds
    kept drafts whole replaces them ("He criticised X for [saying that ...]"). The kept drafts that a
    draft touches are found through an index of their spans, so a long article costs linear time.
    """
    kept: dict[int, Draft] = {}  # in the order kept
    taken = Owned()
    for n, d in enumerate(drafts):
        spans = _spans(d)
        touched = set().union(*(taken.over(*span) for span in spans))
        inner = {k for k in touched if _nested_in(kept[k], d)}
        if inner and not touched - inner:
            taken.drop(inner)
            for k in inner:
                del kept[k]
        elif touched:
            continue
        kept[n] = d
        taken.add(n, spans)
    return sorted(kept.values(), key=lambda d: d.start)


def _paragraph(ctx: Context, offset: int) -> int:
    seg = ctx.segment_at(offset)
    return seg.index if seg is not None else -1


def _quote(ctx: Context, n: int, d: Draft, where: Where, speaker: Span | None, who: Who, named: bool,
           kind: Attribution) -> Quote:
    text = ctx.text
    return Quote(
        id=f"q{n}", kind=d.kind, where=where,
        contents=tuple(TextSpan.of(text, s, e) for s, e in d.contents),
        cue=TextSpan.of(text, *d.cue) if d.cue else None,
        speaker=TextSpan.of(text, *speaker) if speaker else None,
        speaker_actor_id=who.actor.id if who.actor is not None and named else None,
        speaker_name=who.name, confidence=_CONFIDENCE.get(d.source), attribution=kind, method=NAME,
    )


def _person_like(token: Token, actors: Sequence[Actor]) -> bool:
    """True for a subject that names a person: tagged so, an actor who is one, or a title before a name."""
    if token.pos_ != "PROPN":
        return False
    actor = actor_at(actors, token.idx, token.idx + len(token.text))
    if actor is not None and actor.type not in ("PERSON", "ORG", "NORP"):
        return False
    first = min((token, *(c.left_edge for c in token.lefts)), key=lambda t: t.i)
    titled = first.lower_ in HONORIFICS and first.i < token.i
    return titled or (actor is not None and actor.type == "PERSON") or (actor is None and token.ent_type_ == "PERSON")


def introduced(ctx: Context, start: int, end: int, actors: Sequence[Actor]) -> Token | None:
    """The person a sentence between ``start`` and ``end`` brings in without a cue, if any.

    "Prof Kenji Arata, a physicist at Hollins University, was more cautious." names who speaks
    in the bare quote that follows, even when the tagger mislabels or misses the name.
    """
    found = None
    for sent in views.sents(ctx.doc):
        if sent.start_char < start or sent.end_char > end:
            continue
        root = sent.root
        if root.lemma_.lower() in REPORTING_VERBS or ctx.in_quoted(root.idx) or ctx.zone(root.idx) != "body":
            continue
        for child in views.children(root):
            if child.dep_ == "nsubj" and not ctx.in_quoted(child.idx):
                token = speaker_token(child, lead=ctx.lead(child.idx))
                if _person_like(token, actors):
                    found = token
    return found


def _named_in(ctx: Context, d: Draft, name: str) -> bool:
    """True when the quote names ``name``'s bearer by surname: then he or she is not who speaks it."""
    surname = name.split()[-1] if name.split() else ""
    return len(surname) > 1 and any(
        re.search(rf"\b{re.escape(surname)}\b", ctx.text[s:e]) is not None for s, e in d.contents)


def _continued(ctx: Context, resolver: Resolver, d: Draft,
               last: tuple[Draft, Span | None, Who] | None) -> tuple[Span | None, Who]:
    """The speaker of a quote paragraph with no cue: the previous quote's, unless someone new came in between.

    "Ms Grey, the union leader, was also critical." before a bare quote paragraph introduces its
    speaker; otherwise the quote goes on from the last speaker (at most two paragraphs back).
    """
    if last is not None and ctx.zone(last[0].start) == "body":
        gap = _paragraph(ctx, d.start) - _paragraph(ctx, last[0].contents[-1][0])
        after = last[0].contents[-1][1]
        newcomer = resolver.subject_between(after, d.start, ("PERSON",))
        token = ctx.token_at(newcomer[0]) if newcomer is not None else None
        if (newcomer is not None and token is not None and newcomer[1] is not last[2].actor
                and not _named_in(ctx, d, newcomer[1].name)):
            return widen(token, mention_of(token), ctx.text), Who(newcomer[1], newcomer[1].name)
        token = introduced(ctx, after, d.start, resolver.actors)
        if token is not None:
            who = resolver.resolve(mention_of(token), token)
            if (who.actor is None or who.actor is not last[2].actor) and not _named_in(ctx, d, who.name or token.text):
                return widen(token, mention_of(token), ctx.text), who
        if 0 <= gap <= _CONTINUE_WITHIN:
            return last[1], last[2]
    actor = resolver.salient(d.start, ("PERSON",))
    return None, Who(actor, actor.name if actor else None)


def resolve(ctx: Context, drafts: Sequence[Draft], actors: Sequence[Actor], *, named: bool) -> list[Quote]:
    """Turn drafts into Quotes, resolving each speaker in text order."""
    resolver = Resolver(ctx.doc, actors, ctx.text)
    resolver.note_subjects([p for q in ctx.quoted for p in q.pieces] + [c for d in drafts for c in d.contents])
    quotes: list[Quote] = []
    last: tuple[Draft, Span | None, Who] | None = None
    for d in drafts:
        where = ctx.zone(d.start)
        if where not in ("headline", "body", "caption"):
            continue
        speaker = d.speaker
        if d.inherit:
            speaker, who = _continued(ctx, resolver, d, last)
        elif speaker is None:
            who = Who(None, None)
        else:
            who = resolver.resolve(speaker, ctx.doc[d.head] if d.head is not None else None)
            if d.head is not None:
                speaker = widen(ctx.doc[d.head], speaker, ctx.text, lead=ctx.lead(speaker[0]))
        if who.actor is not None:
            resolver.note_speaker(speaker[0] if speaker else d.start, who.actor)
        kind = kind_of(ctx, d)
        quotes.append(_quote(ctx, len(quotes) + 1, d, where, speaker, who, named, kind))  # type: ignore[arg-type]
        if kind == "statement":
            last = (d, speaker, who)  # a bare quote paragraph goes on from what someone said, not thought
    return quotes


def _confirmed(quotes: Sequence[Quote], drafts: Sequence[Draft], actors: Sequence[Actor]) -> list[Quote]:
    """Drop headline "Name: ..." attributions whose speaker says nothing in the body; renumber.

    A headline quoting a person whole (``Nora Quill: 'I wrote the book …'``) is kept anyway: a topic
    before a colon is not a person.
    """
    sources = {(d.start, d.source) for d in drafts}
    body = {q.speaker_name for q in quotes if q.where != "headline" and q.speaker_name}
    people = {a.name for a in actors if a.type == "PERSON"}
    kept = [q for q in quotes
            if (q.contents[0].start, "headline-name") not in sources or q.speaker_name in body
            or (q.kind == "direct" and q.speaker_name in people)]
    return [replace(q, id=f"q{n}") for n, q in enumerate(kept, 1)]


def find_drafts(ctx: Context, actors: Sequence[Actor]) -> list[Draft]:
    """Every quote draft of the article, overlaps resolved, in text order."""
    direct, fragments = find_direct(ctx)
    found = [*direct, *find_headline(ctx, actors), *find_indirect(ctx, fragments), *find_according(ctx, fragments)]
    taken = [span for d in found for span in (*d.contents, *((d.cue,) if d.cue else ()))]
    found += find_attributions(ctx, fragments, attribution_model.load(), taken=taken)
    return [conventional(ctx, d) for d in select(found)]


@stage(NAME, requires=("actors",), produces=("quotes", "actors"))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Extract the quotes of one article.

    Args:
        doc: The article parsed over ``reading.article.text``.
        reading: The reading so far; its actors resolve speakers.

    Returns:
        The reading with ``quotes`` (ids "q1", "q2", ... in text order), an actor of type DOCUMENT for
        each document that speaks without a known author ("a new poll shows"), and a Skip for every
        quotation mark problem met.
    """
    ctx = Context.build(doc, reading.article)
    named = bool(reading.actors)
    segments = [(s.start, s.end) for s in ctx.segments]
    actors = reading.actors if named else entity_actors(doc, segments, ctx.text)
    drafts = find_drafts(ctx, actors)
    quotes = tuple(_confirmed(resolve(ctx, drafts, actors, named=named), drafts, actors))
    documents: tuple[Actor, ...] = ()
    if named or any(m.startswith("newsgraph.actors.") for m in reading.methods):
        quotes, documents = document_actors(ctx, quotes, reading.actors, NAME)
    skips = tuple(Skip(NAME, p) for p in ctx.problems)
    return replace(reading, quotes=quotes, actors=reading.actors + documents, skipped=reading.skipped + skips)
