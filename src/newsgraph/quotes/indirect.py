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

from newsgraph.nlp import views
from newsgraph.quotes.clause import clause_pieces, content_clause, has_that, snap_to_marks
from newsgraph.quotes.direct import according_to, is_cue_verb
from newsgraph.quotes.draft import Context, Draft, Span, token_span, trim_span
from newsgraph.quotes.lexicon import NEEDS_THAT, REPORTING_VERBS
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.speakers import mention_of, speaker_token, subject_of

_REFUSE = frozenset("refuse decline fail hesitate".split())
_ZONES = ("body", "caption", "headline")
_MIN_TOKENS = 3
# Verbs of charging someone, with the preposition that introduces the charge.
_CHARGE = {"accuse": "of", "blame": "for"}
# Verbs whose report may be an -ing clause: "denied taking", "admitted driving", "regretted causing".
_GERUND_VERBS = frozenset("deny admit regret acknowledge confess".split())


def _denied(verb: Token) -> bool:
    """True for a report that was not made: "did not say", "refused to comment", "declined to say"."""
    if any(c.dep_ == "neg" for c in views.children(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSE


def _kind(span: Span, fragments: Sequence[Quoted]) -> str:
    return "mixed" if any(span[0] <= s and e <= span[1] for q in fragments for s, e in q.pieces) else "indirect"


def _accusation(ctx: Context, verb: Token) -> Span | None:
    """The content of "accused X of Y" / "blamed X for Y": from X to the end of Y."""
    prep_word = _CHARGE.get(verb.lemma_.lower())
    objs = [c for c in verb.rights if c.dep_ == "dobj"]
    if prep_word is None or not objs:
        return None
    preps = [c for c in (*verb.rights, *objs[0].rights) if c.dep_ == "prep" and c.lower_ == prep_word]
    if not preps:
        return None
    end = preps[0].right_edge
    start, stop = trim_span(ctx.text, objs[0].left_edge.idx, end.idx + len(end.text))
    return snap_to_marks(ctx, (start, stop)) if stop > start else None


_ADJUNCTS = frozenset("prep npadvmod advmod punct".split())


def _content_first(ctx: Context, verb: Token) -> tuple[Span, Token] | None:
    """``S, state officials said.`` when the parser did not make S a clause of the verb.

    "About 2,000 residents spent Monday night in shelters, state officials said": the small model
    reads "spent" as a participle of "residents", a second subject of "said". A sentence that is
    a clause (it has a verb), then a comma, the subject and the cue with nothing but adjuncts
    after it ("on Sunday", "in a statement") is a report of that clause. Returns the content
    span and the speaker (the subject after the comma).
    """
    doc, sent = verb.doc, verb.sent
    subjects = [c for c in views.children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or any(c.dep_ == "ccomp" for c in views.children(verb)):
        return None
    subj = subjects[-1]
    comma = subj.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or any(
            c.i > verb.i and c.dep_ not in _ADJUNCTS for c in views.children(verb)):
        return None
    lead = ctx.lead(verb.idx)
    toks = [t for t in doc[sent.start:comma] if t.idx >= lead and not t.is_space]
    if not toks or toks[0].pos_ in ("SCONJ", "ADP") or toks[0].tag_ in ("VBN", "VBG") or not any(
            t.pos_ in ("VERB", "AUX") for t in toks) or any(is_cue_verb(t, REPORTING_VERBS) for t in toks):
        return None
    span = trim_span(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1].text), strip=" \t\r\n,;:-—–")
    return (snap_to_marks(ctx, span), subj) if span[1] > span[0] and len(toks) >= _MIN_TOKENS else None


def _gerund(ctx: Context, verb: Token) -> Span | None:
    """The -ing clause of "denied knowingly taking any banned substance", "admitted driving ...".

    The clause is an ``xcomp`` of the verb, or, when the parser read the -ing form as a modifier
    of the object ("denied [misleading] parliament"), the words from it to the verb's last
    complement.
    """
    if verb.lemma_.lower() not in _GERUND_VERBS:
        return None
    doc = verb.doc
    nxt = next((t for t in doc[verb.i + 1:verb.i + 4] if t.dep_ not in ("advmod", "neg")), None)
    if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]  # "admitted to having lied"
    if nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ == "aux":
        nxt = nxt.head  # "having lied"
    if nxt is None or not (nxt.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in views.children(nxt))):
        return None
    if nxt.dep_ in ("xcomp", "pcomp") and (nxt.head.i == verb.i or nxt.head.head.i == verb.i):
        first, last = nxt.left_edge, nxt.right_edge
    elif nxt.dep_ == "amod" and nxt.head.dep_ == "dobj" and nxt.head.head.i == verb.i:
        tail = [c for c in verb.rights if c.i >= nxt.head.i and c.dep_ in ("dobj", "prep", "npadvmod")]
        first, last = doc[verb.i + 1], tail[-1].right_edge
    else:
        return None
    while last.i > first.i and (last.is_punct or last.pos_ == "CCONJ"):
        last = doc[last.i - 1]
    if last.i - first.i + 1 < 2:
        return None
    return snap_to_marks(ctx, (first.idx, last.idx + len(last.text)))


def _reported(ctx: Context, verb: Token, fragments: Sequence[Quoted]) -> Draft | None:
    clause = content_clause(verb)
    if clause is None and verb.lemma_.lower() in _CHARGE:
        return _charged(ctx, verb, fragments)
    if clause is None and verb.lemma_.lower() in _GERUND_VERBS:
        return _charged(ctx, verb, fragments, span=_gerund(ctx, verb))
    if clause is None:
        return _first(ctx, verb, fragments)
    if clause is None or (verb.lemma_.lower() in NEEDS_THAT and not has_that(clause)):
        return None
    if verb.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in views.children(verb)):
        return None
    subj = subject_of(verb)
    if subj is None or subj.lower_ in ("there", "that", "this", "nobody", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in views.children(subj)):
        return None  # "That said, ...", "No bank will say how ..." are not reports
    if verb.head.i != clause.i and clause.left_edge.i <= subj.i <= clause.right_edge.i:
        return None
    pieces = clause_pieces(ctx, verb, clause)
    if not pieces:
        return None
    subj = speaker_token(subj, lead=ctx.lead(subj.idx))
    mixed = any(_kind(p, fragments) == "mixed" for p in pieces)
    return Draft(kind="mixed" if mixed else "indirect", contents=pieces,
                 cue=token_span(verb), speaker=mention_of(subj), head=subj.i, source="indirect")


def _first(ctx: Context, verb: Token, fragments: Sequence[Quoted]) -> Draft | None:
    found = _content_first(ctx, verb)
    if found is None or verb.lemma_.lower() in NEEDS_THAT:
        return None
    span, subj = found
    subj = speaker_token(subj, lead=ctx.lead(subj.idx))
    return Draft(kind="mixed" if _kind(span, fragments) == "mixed" else "indirect", contents=(span,),
                 cue=token_span(verb), speaker=mention_of(subj), head=subj.i, source="indirect")


def _charged(ctx: Context, verb: Token, fragments: Sequence[Quoted], *, span: Span | None = None) -> Draft | None:
    """A report whose content is not a clause: "accused X of Y", "denied taking Y" (``span``)."""
    span = span or _accusation(ctx, verb)
    subj = subject_of(verb)
    if span is None or subj is None:
        return None
    subj = speaker_token(subj, lead=ctx.lead(subj.idx))
    return Draft(kind="mixed" if _kind(span, fragments) == "mixed" else "indirect", contents=(span,),
                 cue=token_span(verb), speaker=mention_of(subj), head=subj.i, source="indirect")


def find_indirect(ctx: Context, fragments: Sequence[Quoted]) -> list[Draft]:
    """Find reporting verbs with a reported clause outside quoted text.

    Args:
        ctx: The article context.
        fragments: Quoted passages that are not direct quotes (they make a clause a mixed quote).
    """
    drafts = []
    for tok in views.tokens(ctx.doc):
        if not is_cue_verb(tok, REPORTING_VERBS) or ctx.zone(tok.idx) not in _ZONES or ctx.in_quoted(tok.idx):
            continue
        if _denied(tok):
            continue
        draft = _reported(ctx, tok, fragments)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _trimmed(ctx: Context, run: list[Token]) -> Span | None:
    while run and run[0].is_punct:
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].pos_ == "CCONJ"):
        run = run[:-1]
    if len(run) < 2:
        return None
    span = trim_span(ctx.text, run[0].idx, run[-1].idx + len(run[-1].text), strip=" \t\r\n,;:-—–.")
    return snap_to_marks(ctx, span) if span[1] > span[0] else None


def _around(ctx: Context, tok: Token) -> list[Span]:
    """The content pieces around "according to X": before it, after it, or both (``S, according to X, VP``)."""
    pp = {t.i for t in tok.subtree} | {t.i for t in tok.nbor().subtree} | {tok.i + 1}
    lo, hi = min(pp), max(pp)
    head = tok.head if tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") else None
    scope = head.subtree if head is not None else tok.sent
    lead = ctx.lead(tok.idx)
    toks = [t for t in scope if not t.is_space and t.idx >= lead and t.i not in pp]
    before = [t for t in toks if t.i < lo]
    after = [t for t in toks if t.i > hi]
    words_before = [t for t in before if not t.is_punct]
    if head is not None and not words_before:
        subjects = [c for c in views.children(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i > hi]
        if subjects:
            after = [t for t in after if t.i >= subjects[-1].left_edge.i]
    first_after = next((t for t in after if not t.is_punct), None)
    pieces = [_trimmed(ctx, before)] if len(words_before) >= 1 else []
    if not words_before or (first_after is not None and first_after.pos_ in ("AUX", "VERB", "ADV", "PART")):
        pieces.append(_trimmed(ctx, after))
    out = [p for p in pieces if p is not None]
    return out if sum(len(ctx.text[s:e].split()) for s, e in out) >= _MIN_TOKENS else []


def _according(ctx: Context, tok: Token, fragments: Sequence[Quoted]) -> Draft | None:
    cue = according_to([t for t in tok.sent if t.i >= tok.i and not t.is_space])
    if cue is None or cue.speaker is None:
        return None
    pieces = _around(ctx, tok)
    if not pieces:
        return None
    head = speaker_token(cue.speaker)
    mixed = any(_kind(p, fragments) == "mixed" for p in pieces)
    return Draft(kind="mixed" if mixed else "indirect", contents=tuple(pieces),
                 cue=cue.span, speaker=mention_of(head), head=head.i, source="according")


def find_according(ctx: Context, fragments: Sequence[Quoted]) -> list[Draft]:
    """Find "according to X" attributions: the rest of the sentence is what X says."""
    drafts = []
    for tok in views.tokens(ctx.doc)[:-1]:
        if tok.lower_ != "according" or tok.nbor().lower_ != "to":
            continue
        if ctx.zone(tok.idx) not in _ZONES or ctx.in_quoted(tok.idx):
            continue
        draft = _according(ctx, tok, fragments)
        if draft is not None:
            drafts.append(draft)
    return drafts
