"""Headline attributions, read with patterns rather than the parse (headlines parse badly).

- ``[Topic: ]content, says Speaker``  (``Syria crisis: Russia won't pressure Assad, says Lavrov``)
- ``[Topic: ]Speaker says content``   (``Lavrov says Russia won't pressure Assad``)
- ``Speaker: content``                (``Lavrov: Russia won't pressure Assad``), when Speaker names someone
- ``content - speaker``               (``Cuts will hurt the poor - charity``), when speaker names someone

The quote is indirect, or direct when the content is all inside quotation marks, or mixed when it
holds a quoted fragment. A name before a colon or after a dash is often a topic ("Cyclone Mira:
..."), so those two forms are kept only when the same speaker is quoted in the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.nlp import views
from newsgraph.quotes.draft import Context, Draft, Span
from newsgraph.quotes.lexicon import ORG_NOUNS, PERSON_NOUNS
from newsgraph.quotes.lookup import actor_at, canonical
from newsgraph.records import Actor

_CUES = (r"(?i:says|said|say|warns|warned|claims|insists|admits|tells|told|denies|urges|vows|reveals|confirms|"
         r"predicts|argues|believes|suggests|announces|accuses|states|declares|adds|fears|hopes|thinks|"
         r"estimates|reports|concedes|pledges|promises|demands|stresses)")
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|bin|de|van|von|of))*"
_TOPIC = r"(?:(?P<topic>[^:\"“”]{1,40}):\s+)?"
# Verbs that take a clause in a headline ("X says Y"); "China warns Philippines" or "Man denies fraud" do not.
_CLAUSE_CUES = r"(?i:says|said|say|tells|told|thinks|believes|insists|claims|fears|hopes|admits|warns|predicts)"
_TAIL = re.compile(rf"{_TOPIC}(?P<content>.+?),?\s+(?P<cue>{_CUES})\s+(?P<speaker>[^,:]{{1,60}}?)\s*[.!]?$")
_TAIL_AFTER = re.compile(rf"{_TOPIC}(?P<content>.+?),\s+(?P<speaker>[^,:]{{1,60}}?)\s+(?P<cue>{_CUES})\s*[.!]?$")
_LEAD = re.compile(rf"{_TOPIC}(?P<speaker>{_NAME})\s+(?P<cue>{_CLAUSE_CUES})\s+(?P<content>.{{8,}}?)\s*[.!]?$")
_COLON = re.compile(r"(?P<speaker>[^:\"“”]{2,50}?):\s+(?P<content>.{8,}?)\s*$")
_DASH = re.compile(r"(?P<content>.{8,}?)\s+[-–—]\s+(?P<speaker>[^-–—:]{2,50}?)\s*$")
_OPEN = "\"“‘'"
_NOT_SPEAKER = frozenset("ADP SCONJ CCONJ PART VERB AUX ADV".split())
_PREPOSITIONS = frozenset("on of over in for as at after amid to from with by about against into".split())
_NOUN_CUES = frozenset("estimates reports claims fears hopes promises demands pledges states warns".split())
_CLOSE = "\"”’'"


def _names_someone(ctx: Context, actors: Sequence[Actor], span: Span) -> bool:
    """True when ``span`` is an actor, a person or organisation entity, or a role ("minister")."""
    text = ctx.text[span[0]:span[1]]
    if len(text.split()) > 6:
        return False
    actor = actor_at(actors, *span) or canonical(actors, text)
    if actor is not None and actor.type in ("PERSON", "ORG"):
        return True
    ents = [e for e in views.ents(ctx.doc) if e.start_char < span[1] and span[0] < e.end_char]
    if any(e.label_ in ("PERSON", "ORG") for e in ents):
        return True
    last = text.split()[-1].lower() if text.split() else ""
    return last in PERSON_NOUNS or last in ORG_NOUNS or last in ("report", "study", "poll", "survey")


def _content(ctx: Context, span: Span) -> tuple[str, Span]:
    """Kind and content span: inside the marks when the whole content is quoted."""
    s, e = span
    text = ctx.text
    whole = any(q.open == s and q.close == e - 1 for q in ctx.quoted)
    if e - s > 2 and text[s] in _OPEN and text[e - 1] in _CLOSE and (
            whole or not any(c in _CLOSE for c in text[s + 1:e - 1])):
        return "direct", (s + 1, e - 1)  # all quoted, apostrophes inside included ("… my mother couldn't'")
    if any(s <= q.open < e for q in ctx.quoted):
        return "mixed", span
    return "indirect", span


def find_headline(ctx: Context, actors: Sequence[Actor]) -> list[Draft]:
    """The headline's attribution, if it has one."""
    head = ctx.article.headline
    if head is None:
        return []
    text, base = ctx.text[:head.end], head.start
    for pattern, source in ((_TAIL, "headline"), (_TAIL_AFTER, "headline"), (_LEAD, "headline"),
                            (_COLON, "headline-name"), (_DASH, "headline-name")):
        m = pattern.match(text, base, head.end)
        if m is None:
            continue
        speaker = (m.start("speaker"), m.end("speaker"))
        if pattern is not _LEAD and not _names_someone(ctx, actors, speaker):
            continue
        if not _plausible(ctx, m, pattern):
            continue
        kind, content = _content(ctx, (m.start("content"), m.end("content")))
        if len(ctx.text[content[0]:content[1]].split()) < 2 or (pattern is _LEAD and not _has_verb(ctx, content)):
            continue
        cue = (m.start("cue"), m.end("cue")) if "cue" in pattern.groupindex else None
        return [Draft(kind="direct" if kind == "direct" else ("mixed" if kind == "mixed" else "indirect"),
                      contents=(content,), cue=cue, speaker=speaker, source=source)]
    return []


def _plausible(ctx: Context, m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """False for a cue that is a noun of the headline: "profit beats estimates on AI chip demand".

    A speaker opens with a name, a determiner or a noun, never a preposition or a verb; a cue that
    is also a plural noun ("estimates", "claims", "fears") counts after its content only past a comma.
    """
    first = next(ctx.tokens(m.start("speaker"), m.end("speaker")), None)
    if first is None or first.pos_ in _NOT_SPEAKER or first.lower_ in _PREPOSITIONS:
        return False
    if pattern is _TAIL and m.group("cue").lower() in _NOUN_CUES:
        return "," in ctx.text[m.end("content"):m.start("cue")]
    return True


def _has_verb(ctx: Context, span: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in ctx.tokens(*span))
