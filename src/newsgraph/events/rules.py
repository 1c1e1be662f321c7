"""The events stage: sentences of the headline and body coded to PLOVER 2.0 events.

Each sentence is read from its main clause down (:mod:`newsgraph.events.coder`): the root
predicate and the predicates coordinated with it, through reported speech. Only when those
carry no event are the sentence's other clauses tried, never relative clauses, conditions
("if", "unless") or clauses that only modify a noun: they tell background, not the news.
Agents and recipients are tied to the reading's actors by the characters of their noun
phrases; a phrase that no actor covers is left out. Dates are resolved against the article's
publication date (:mod:`newsgraph.events.dates`); places are the reading's places mentioned
where the event happened ("in London", "visit London").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.lookup import actor_at
from newsgraph.events import arguments, coder, dates, parties, roles
from newsgraph.events import syntax as sx
from newsgraph.events.frames import Frame
from newsgraph.events.framing import ASSAULT_INSTRUMENTS, REPORT_VERBS, WISH_VERBS
from newsgraph.nlp import views
from newsgraph.nlp.doc import zone_of
from newsgraph.records import Event, Reading, Skip, TextSpan
from newsgraph.registry import stage

METHOD = "newsgraph.events.rules.v1"
ZONES = frozenset({"headline", "body"})
# Clauses never read for an event: they describe a noun or state a condition.
_BACKGROUND = frozenset({"relcl", "acl", "amod", "appos", "csubj", "pcomp", "pobj", "nmod", "npadvmod"})
_LOCATIVE = ("in", "at", "near", "outside", "inside", "to")
_DATE_PREPS = frozenset({"on", "at", "in", "by", "during", "from", "since", "until", "before", "after", "of"})


def _main_predicates(sent: Span) -> list[Token]:
    """The root of a sentence and what is coordinated with it or set beside it."""
    root = sent.root
    found = [root, *root.conjuncts]
    found.extend(c for c in views.children(root) if c.dep_ == "parataxis")
    if root.pos_ in ("NOUN", "PROPN"):  # a misparsed clause hangs on its subject ("X called on ...")
        clauses = [c for c in root.subtree
                   if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.head.i <= root.i + 6]
        found.extend(sx.with_conjuncts(clauses[:1]))
    return found


def _other_predicates(sent: Span) -> list[Token]:
    """Clauses outside the main line that may still carry the sentence's event."""
    found = []
    for token in views.span_tokens(sent):
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("advcl", "xcomp", "ccomp", "conj"):
            continue
        chain = [token, *token.ancestors]
        if any(t.dep_ in _BACKGROUND or arguments.is_condition(t) or sx.lemma(t) in WISH_VERBS
               or any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in views.children(t)) for t in chain):
            continue  # background, conditions, wishes and comparisons ("as opposed to")
        found.append(token)
    return found


def frames_of(sent: Span) -> list[Frame]:
    """Event frames of one sentence, main clause first."""
    if arguments.is_question_or_command(sent.root):
        return []
    frames = [f for t in _main_predicates(sent) for f in coder.code(t)]
    if not frames:
        for token in _other_predicates(sent):
            frames = coder.code(token)
            if frames:
                break
    if not frames:  # a misparsed sentence may still name an event with its parties ("Russia's withdrawal ...")
        for token in [*_named_events(sent), *_ongoing(sent)]:
            frames = coder.code(token)
            if frames:
                break
    source = _according_to(sent)
    if source is not None and arguments.watchdog((source,)) and not any(f.category == "ACCUSE" for f in frames):
        report = roles.abuse_report(source.head.head, list(frames), (source,))  # "according to Amnesty, police ..."
        frames = [report, *frames] if report is not None else frames
    return frames


def _ongoing(sent: Span) -> list[Token]:
    """Relative clauses that state what someone has been doing ("Ms X, who has been on hunger strike since May,
    was moved to hospital"): background in general, but the news when the main clause names no event."""
    return [t for t in views.span_tokens(sent)
            if t.dep_ == "relcl" and {"has", "have"} & sx.aux_lemmas(t) and sx.lemma(t) == "be"]


def _according_to(sent: Span) -> Token | None:
    """The source of "according to X"."""
    for token in views.span_tokens(sent):
        if token.lower_ == "according" and token.dep_ == "prep":
            for to in sx.kids(token, "prep"):
                return sx.kid(to, "pobj")
    return None


def _named_events(sent: Span) -> list[Token]:
    """Event nouns that are subjects and say who took part ("the talks between X and Y"), outside background."""
    found = []
    for token in views.span_tokens(sent):
        if token.dep_ not in ("nsubj", "nsubjpass") or not arguments.participants(token):
            continue
        if any(t.dep_ in ("relcl", "acl") or arguments.is_condition(t) for t in token.ancestors):
            continue
        found.append(token)
    return found


def _speaker_at(token: Token, reading: Reading) -> str | None:
    """The actor a pronoun stands for when it is a quote's speaker ("he said")."""
    for quote in reading.quotes:
        s = quote.speaker
        if s is not None and quote.speaker_actor_id and s.start <= token.idx < s.end:
            return quote.speaker_actor_id
    return None


def _overlapping(tokens: list[Token], reading: Reading) -> list[str]:
    """Ids of the actors with a mention overlapping one of ``tokens``, in order of the text."""
    if not tokens:
        return []
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
    hits: list[tuple[int, str]] = []
    for actor in reading.actors:
        for m in actor.mentions:
            if m.end <= lo or m.start >= hi:  # cheap: most mentions are elsewhere in the article
                continue
            first = next((t.idx for t in tokens if m.start < t.idx + len(t.text) and t.idx < m.end), None)
            if first is not None:
                hits.append((first, actor.id))
                break
    return [actor_id for _, actor_id in sorted(hits)]


def _phrase_actors(token: Token, reading: Reading, *, deep: bool) -> list[str]:
    """Actors a noun phrase names: its head's actor, else those of its modifiers, else of its phrases.

    "Russian President Boris Yeltsin" is Yeltsin; "Turkish and Greek sides" are Turkey and Greece;
    "rebels in the Ivory Coast" is the Ivory Coast. With ``deep``, a phrase naming none of them
    takes the first actor named anywhere below it ("welcomed the position of the coalition").
    """
    head = actor_at(reading.actors, token.idx, token.idx + len(token.text))
    if head is not None:
        return [head.id]
    if token.pos_ == "PRON":
        speaker = _speaker_at(token, reading)
        return [speaker] if speaker is not None else []
    found = _overlapping(sx.modifiers(token), reading)
    if found:
        return found
    heads = sx.with_conjuncts(sx.prep_objects(token, ("of", "from", "in")))  # "negotiators from Armenia and Azerbaijan"
    found = [h for t in heads for h in _phrase_actors(t, reading, deep=False)] if len(heads) > 1 else []
    if found:
        return list(dict.fromkeys(found))
    start, end = sx.phrase(token)
    actor = actor_at(reading.actors, start, end)
    if actor is not None and not actor.country and actor.type != "PERSON" and not actor.sector:
        # "the Anglophone region of Cameroon": a name without a country or sector gives way to a country
        placed = views.tokens_between(token.doc, start, end)
        actor = next((a for i in _overlapping(placed, reading) for a in reading.actors if a.id == i and a.country),
                     actor)
    if actor is not None:
        return [actor.id]
    if deep:  # the first actor named below, preferring one placed in a country ("in the Anglophone region of Cameroon")
        found = _overlapping(sx.inner_subtree(token), reading)
        countries = {a.id for a in reading.actors if a.country}
        return [next((i for i in found if i in countries), found[0])] if found else []
    return []


def _actor_ids(tokens: tuple[Token, ...], frame: Frame, newcomers: parties.Newcomers, *,
               deep: bool = False) -> tuple[str, ...]:
    """Actor ids of the noun phrases headed by ``tokens``.

    A phrase no actor covers is an unnamed party ("separatist gunmen") when the text places it,
    else it is left out.
    """
    found: list[str] = []
    for token in tokens:
        ids = _phrase_actors(token, newcomers.reading, deep=deep)
        if not ids and parties.the_country(token):  # "his country wanted ...", "the country's regulator"
            ids = [i for i in (newcomers.country_actor(),) if i is not None]
        if not ids:
            made = newcomers.actor_for(token, frame.anchors, frame.category)
            ids = [made] if made is not None else []
        for actor_id in ids:
            if actor_id not in found:
                found.append(actor_id)
    return tuple(found)


def _date_texts(anchor: Token, sent: Span) -> list[str]:
    """Date expressions attached to a predicate: "on Thursday", "next week", "yesterday"."""
    texts = []
    for ent in views.ents_in(sent):
        if ent.label_ != "DATE":
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in _DATE_PREPS:
            head = head.head
        if head == anchor or (ent.root.head == anchor and ent.root.dep_ in ("npadvmod", "tmod", "advmod")):
            texts.append(ent.text)
    return texts


def _date(frame: Frame, sent: Span, published: date | None) -> date | None:
    for anchor in frame.anchors:
        future = frame.future and sx.lemma(anchor) not in REPORT_VERBS
        for text in _date_texts(anchor, sent):
            found = dates.resolve(text, published, future=future)
            if found is not None:
                return found
    return None


def _place(frame: Frame, reading: Reading) -> str | None:
    """The reading's place where the event happened: "in London", or the place visited."""
    if not reading.places:
        return None
    for anchor in frame.anchors[:2]:
        spots = sx.prep_objects(anchor, _LOCATIVE)
        if frame.category in ("CONSULT", "AGREE", "ASSAULT", "PROTEST"):
            spots.extend(sx.kids(anchor, "dobj"))
        for token in spots:
            start, end = sx.phrase(token)
            for place in reading.places:
                if any(m.start < end and start < m.end for m in place.mentions):
                    return place.id
    return None


def _mode(frame: Frame, sent: Span) -> str | None:
    """The frame's mode; for ASSAULT without one, the weapon the sentence names (PLOVER's modes)."""
    if frame.mode is not None or frame.category != "ASSAULT":
        return frame.mode
    tokens = views.span_tokens(sent)
    words = {sx.lemma(t) for t in tokens} | {t.lower_ for t in tokens}
    for mode, instruments in ASSAULT_INSTRUMENTS:
        if words & instruments:
            return mode
    if sx.lemma(frame.cue) in ("kill", "murder", "shoot") and any(
            sx.in_classes(sx.words_of(r), ("leaders",)) for r in frame.recipients):
        return "assassinate"
    return None


def _event(frame: Frame, sent: Span, newcomers: parties.Newcomers, number: int) -> Event:
    reading = newcomers.reading
    text = reading.article.text
    actors = _actor_ids(frame.agents, frame, newcomers)
    recipients = tuple(r for r in _actor_ids(frame.recipients, frame, newcomers, deep=True) if r not in actors)
    end = sent.end_char
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    cue = frame.cue
    return Event(
        id=f"e{number}", category=frame.category, evidence=TextSpan.of(text, sent.start_char, end),
        actor=actors, recipient=recipients, mode=_mode(frame, sent), negated=frame.negated, future=frame.future,
        place=_place(frame, reading), date=_date(frame, sent, reading.article.published),
        cue=TextSpan.of(text, cue.idx, cue.idx + len(cue.text)), method=METHOD,
    )


@stage(METHOD, requires=("actors",), produces=("events", "actors"))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading with the PLOVER events of its headline and body sentences.

    The reading's actors gain the countries of known armed groups and the unnamed parties of
    events (:mod:`newsgraph.events.parties`).
    """
    reading = replace(reading, actors=parties.with_group_homes(reading.actors))
    newcomers = parties.Newcomers(reading)
    events: list[Event] = []
    skipped: list[Skip] = []
    for sent in views.sents(doc):
        first = next((t for t in views.span_tokens(sent) if not t.is_space), None)
        if first is None or zone_of(reading.article, first.idx) not in ZONES:
            continue
        seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
        for frame in frames_of(sent):
            if frame.negated:
                skipped.append(Skip(METHOD, f"negated {frame.category} cue {frame.cue.text!r} at "
                                            f"{frame.cue.idx}: not an event"))
                continue
            event = _event(frame, sent, newcomers, len(events) + 1)
            key = (event.category, event.actor, event.recipient)
            if key not in seen:
                seen.add(key)
                events.append(event)
    return replace(reading, actors=reading.actors + tuple(newcomers.made), events=tuple(events),
                   skipped=reading.skipped + tuple(skipped))
