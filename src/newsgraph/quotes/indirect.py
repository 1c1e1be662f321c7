"""Indirect and mixed quotes: a reporting verb with a clause, or "according to X".

The content is the reported clause without its "that" (``Mr X added that [this was a point of
principle and that ... resigning]``), found as the verb's clausal complement, through a "that"
clause hanging off a prepositional phrase (``said in a statement that ...``), or as the clause the
cue follows (``[Russia will not budge], he said.``). A reported clause that holds a quoted fragment
is a mixed quote. Reporting verbs inside quoted text never start a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.quotes.direct import according_to, is_cue_verb
from newsgraph.quotes.draft import Context, Draft, Span, token_span, trim_span
from newsgraph.quotes.lexicon import NEEDS_THAT, REPORTING_VERBS
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.speakers import mention_of, subject_of

_CLAUSE_VIA = frozenset("prep pobj dobj npadvmod dative".split())
_THAT_CLAUSE = frozenset("acl relcl ccomp advcl".split())
_ZONES = ("body", "caption", "headline")
_MIN_TOKENS = 3


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _via_preposition(verb: Token) -> Token | None:
    """A "that" clause under a phrase of the verb: ``said in a statement that ...``."""
    stack = [c for c in verb.rights if c.dep_ in _CLAUSE_VIA]
    while stack:
        tok = stack.pop(0)
        for child in tok.children:
            if child.dep_ in _THAT_CLAUSE and _has_that(child):
                return child
            if child.dep_ in _CLAUSE_VIA:
                stack.append(child)
    return None


def content_clause(verb: Token) -> Token | None:
    """The head of the clause a reporting verb reports, or None."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > verb.i]
    if after:
        return after[0]
    found = _via_preposition(verb)
    if found is not None:
        return found
    return comps[0] if comps else None


def _clause_span(ctx: Context, verb: Token, clause: Token) -> Span | None:
    toks = [t for t in clause.subtree if not t.is_space]
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ == "that"
                                         and toks[0].head.i == clause.i)):
        toks = toks[1:]
    if clause.i < verb.i:
        toks = [t for t in toks if t.i < verb.i]
    if len(toks) < _MIN_TOKENS:
        return None
    start, end = trim_span(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1].text), strip=" \t\r\n,;:-—–")
    return (start, end) if end > start else None


def _mostly_quoted(ctx: Context, span: Span) -> bool:
    covered = sum(max(0, min(e, span[1]) - max(s, span[0])) for q in ctx.quoted for s, e in q.pieces)
    return covered > 0.5 * (span[1] - span[0])


def _kind(span: Span, fragments: Sequence[Quoted]) -> str:
    return "mixed" if any(span[0] <= s and e <= span[1] for q in fragments for s, e in q.pieces) else "indirect"


def _reported(ctx: Context, verb: Token, fragments: Sequence[Quoted]) -> Draft | None:
    clause = content_clause(verb)
    if clause is None or (verb.lemma_.lower() in NEEDS_THAT and not _has_that(clause)):
        return None
    if verb.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    subj = subject_of(verb)
    if subj is None or subj.lower_ in ("there",) or clause.left_edge.i <= subj.i <= clause.right_edge.i:
        return None
    span = _clause_span(ctx, verb, clause)
    if span is None or _mostly_quoted(ctx, span):
        return None
    return Draft(kind="mixed" if _kind(span, fragments) == "mixed" else "indirect", contents=(span,),
                 cue=token_span(verb), speaker=mention_of(subj), head=subj.i, source="indirect")


def find_indirect(ctx: Context, fragments: Sequence[Quoted]) -> list[Draft]:
    """Find reporting verbs with a reported clause outside quoted text.

    Args:
        ctx: The article context.
        fragments: Quoted passages that are not direct quotes (they make a clause a mixed quote).
    """
    drafts = []
    for tok in ctx.doc:
        if not is_cue_verb(tok, REPORTING_VERBS) or ctx.zone(tok.idx) not in _ZONES or ctx.in_quoted(tok.idx):
            continue
        draft = _reported(ctx, tok, fragments)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _according(ctx: Context, tok: Token, fragments: Sequence[Quoted]) -> Draft | None:
    sent = [t for t in tok.sent if not t.is_space]
    cue = according_to([t for t in sent if t.i >= tok.i])
    if cue is None or cue.speaker is None:
        return None
    pp = {t.i for t in tok.subtree} | {t.i for t in tok.doc[tok.i + 1].subtree} | {tok.i + 1}
    runs: list[list[Token]] = [[]]
    for t in sent:
        if t.i in pp:
            runs.append([])
        elif not (t.is_punct and not runs[-1]):
            runs[-1].append(t)
    best = max(runs, key=lambda r: sum(len(t.text) for t in r))
    if len(best) < _MIN_TOKENS:
        return None
    span = trim_span(ctx.text, best[0].idx, best[-1].idx + len(best[-1].text), strip=" \t\r\n,;:-—–.")
    if _mostly_quoted(ctx, span) or span[1] <= span[0]:
        return None
    head = cue.speaker
    return Draft(kind="mixed" if _kind(span, fragments) == "mixed" else "indirect", contents=(span,),
                 cue=cue.span, speaker=mention_of(head), head=head.i, source="according")


def find_according(ctx: Context, fragments: Sequence[Quoted]) -> list[Draft]:
    """Find "according to X" attributions: the rest of the sentence is what X says."""
    drafts = []
    for tok in ctx.doc[:-1]:
        if tok.lower_ != "according" or tok.nbor().lower_ != "to":
            continue
        if ctx.zone(tok.idx) not in _ZONES or ctx.in_quoted(tok.idx):
            continue
        draft = _according(ctx, tok, fragments)
        if draft is not None:
            drafts.append(draft)
    return drafts
