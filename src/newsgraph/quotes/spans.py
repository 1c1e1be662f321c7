"""Span conventions shared by every finder: the cue's verb group and a reported clause's "that".

The finders locate a cue by its verb and a content by its clause; the spans a reading gives follow
the PolNeAR annotation guidelines (Newell et al. 2018) whichever finder made them:

- the cue keeps its verb group together: auxiliaries, negation and adverbs before the verb ("has
  not yet said") and what stands between the verb and a content that follows it ("said in a
  statement that"), but not a listener ("told [reporters] that") or the source ("said [Mr X]");
- a reported clause opened by "that" includes it ("said [that the talks had failed]");
- the source is the whole phrase that names it ("Joe Bateman, who traveled from Illinois"), or the
  relative pronoun when the cue stands in a relative clause ("Khan, [who] said ..."); who that is
  is still resolved from the phrase the pronoun stands for.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.quotes.attributions import cue_span, relative_subject, source_span
from newsgraph.quotes.draft import Context, Draft, Span


def _with_that(ctx: Context, draft: Draft) -> Draft:
    start, end = draft.contents[0]
    before = ctx.text[max(0, start - 5):start]
    if draft.kind == "direct" or before.lower() != "that ":
        return draft
    return replace(draft, contents=((start - 5, end), *draft.contents[1:]))


def conventional(ctx: Context, draft: Draft) -> Draft:
    """``draft`` with its cue and first content piece drawn as the guidelines draw them."""
    cue = draft.cue
    if cue is None:
        return draft
    draft = _with_that(ctx, draft)
    head = ctx.token_at(cue[0])
    if head is None:
        return draft
    if (head.idx, head.idx + len(head.text)) == cue and head.pos_ in ("VERB", "AUX"):
        cue = cue_span(ctx, head, draft.contents[0], draft.speaker)
        draft = replace(draft, cue=cue)
    if draft.head is not None and draft.speaker is not None and draft.source != "attribution":
        taken = (*draft.contents, cue)
        pronoun = relative_subject(head)
        speaker = (pronoun.idx, pronoun.idx + len(pronoun.text)) if pronoun is not None else _whole_source(
            ctx, ctx.doc[draft.head], head, draft.speaker, taken)
        draft = replace(draft, speaker=speaker)
    return draft


def _whole_source(ctx: Context, subject: Token, cue: Token, mention: Span, taken: tuple[Span, ...]) -> Span:
    """The speaker mention widened to its whole phrase ("Joe Bateman, who traveled from Illinois"), never cut."""
    whole = source_span(ctx, subject, cue)
    if whole is None or whole[0] > mention[0] or whole[1] < mention[1]:
        return mention
    if any(s < whole[1] and whole[0] < e for s, e in taken):
        return mention
    return whole
