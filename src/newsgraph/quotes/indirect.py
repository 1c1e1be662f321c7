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
from newsgraph.quotes.speakers import detached_from, mention_of, speaker_token, subject_of

_CLAUSE_VIA = frozenset("prep pobj dobj npadvmod dative".split())
_REFUSE = frozenset("refuse decline fail hesitate".split())
_TELL = frozenset("tell inform assure warn remind promise".split())
_ZONES = ("body", "caption", "headline")
_MIN_TOKENS = 3
# First words of a trailing phrase that still belongs to the report (", most of them children").
_PARTITIVE = frozenset("most many some all several both including mostly mainly among half none nearly".split())
# Verbs of charging someone, with the preposition that introduces the charge.
_CHARGE = {"accuse": "of", "blame": "for"}
# Verbs whose report may be an -ing clause: "denied taking", "admitted driving", "regretted causing".
_GERUND_VERBS = frozenset("deny admit regret acknowledge confess".split())


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.pos_ == "SCONJ" for c in clause.children)


def _denied(verb: Token) -> bool:
    """True for a report that was not made: "did not say", "refused to comment", "declined to say"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSE


def _via_preposition(verb: Token) -> Token | None:
    """A "that" clause under a phrase of the verb: ``said in a statement that ...``."""
    stack = [c for c in verb.rights if c.dep_ in _CLAUSE_VIA]
    while stack:
        tok = stack.pop(0)
        for child in tok.children:
            if child.dep_ in ("acl", "ccomp", "advcl") and _has_that(child):
                return child
            if child.dep_ in _CLAUSE_VIA:
                stack.append(child)
    return None


def _split_clause(verb: Token) -> Token | None:
    """A clause the parser split into an object and a conjunct: "said [84,000 people ... are deaf]".

    "Say" seldom takes a plain noun object before a finite verb, so such an object is the subject of
    the reported clause; the object is returned as the clause head (its conjunct verb hangs under it
    through ``_conjunct_end``).
    """
    if verb.lemma_.lower() != "say":
        return None
    objs = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
    conjs = [c for c in verb.rights if c.dep_ == "conj" and c.tag_ in ("VBP", "VBZ", "VBD", "MD")
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if objs and conjs and conjs[0].i > objs[0].i:
        return objs[0]
    return None


def _conjunct_end(verb: Token, clause: Token) -> list[Token]:
    """The verb phrase that completes a split clause (see ``_split_clause``)."""
    if clause.dep_ != "dobj":
        return []
    conjs = [c for c in verb.rights if c.dep_ == "conj" and c.i > clause.i]
    return [t for t in conjs[0].subtree] if conjs else []


def content_clause(verb: Token) -> Token | None:
    """The head of the clause a reporting verb reports, or None."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > verb.i]
    if after:
        return after[0]
    found = _via_preposition(verb)
    if found is not None:
        return found
    if comps:
        return comps[0]
    split = _split_clause(verb)
    if split is not None:
        return split
    head = verb.head
    if verb.dep_ == "parataxis" and head.pos_ in ("VERB", "AUX"):
        return head  # "[Workers walked out], the union said, ..." / "[The economy], she said, [is weak]"
    return None


def _cut(clause: Token) -> set[int]:
    """Tokens of the clause that are not reported: detached conjuncts and their conjunction."""
    out: set[int] = set()
    for tok in clause.subtree:
        if tok.dep_ == "conj" and detached_from(tok) is not None:
            out.update(t.i for t in tok.subtree)
            prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else tok
            while prev.dep_ in ("cc", "punct") and prev.i > clause.i:
                out.add(prev.i)
                prev = prev.nbor(-1)
    return out


def _appended(clause: Token, verb: Token) -> list[Token]:
    """A trailing ", most of them ..." that the parser hung on the reporting verb: part of the report."""
    doc, last = clause.doc, clause.right_edge
    comma = last.i if last.text == "," else last.i + 1
    nxt = [c for c in verb.rights if c.i > last.i and c.dep_ not in ("punct",)]
    if not nxt or comma >= len(doc) or doc[comma].text != ",":
        return []
    first = nxt[0].left_edge
    if first.i != comma + 1 or not (first.lower_ in _PARTITIVE or first.like_num):
        return []
    return [doc[comma], *nxt[0].subtree]


def _aside_start(clause: Token) -> int | None:
    """Where a closing aside of the writer's begins: ", a fear that has hung over the talks"."""
    for tok in clause.subtree:
        if tok.dep_ in ("appos", "npadvmod") and tok.right_edge.i == clause.right_edge.i and tok.i > clause.i:
            first = tok.left_edge
            before = tok.doc[first.i - 1] if first.i > 0 else first
            if before.text == "," and first.lower_ in ("a", "an") and any(c.dep_ == "relcl" for c in tok.children):
                return before.i
    return None


def _told_subject(verb: Token, clause: Token) -> int | None:
    """Where the reported clause of "told X S" really starts when the parser took S's subject for an object.

    "told Chinese Foreign Minister Wang Yi the US had concerns": "the US" hangs off "Wang Yi" as an
    apposition, or is an object of "told" right before a subjectless clause.
    """
    if verb.lemma_.lower() not in _TELL or clause.i < verb.i:
        return None
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subj:
        appos = [c for c in subj[0].rights if c.dep_ == "appos" and c.left_edge.i == subj[0].i + 1
                 and c.left_edge.pos_ == "DET"]
        return appos[0].left_edge.i if appos else None
    objs = [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < clause.i]
    if len(objs) >= 2 or (objs and objs[-1].lower_ in ("he", "she", "they", "we", "i")):
        return objs[-1].left_edge.i
    return None


def _edges(toks: list[Token], clause: Token) -> list[Token]:
    while toks and (toks[0].is_punct or toks[0].pos_ == "CCONJ" or (
            toks[0].dep_ == "mark" and toks[0].lower_ == "that" and toks[0].head.i == clause.i)):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].pos_ == "CCONJ"):
        toks = toks[:-1]
    return toks


def _clause_pieces(ctx: Context, verb: Token, clause: Token) -> tuple[Span, ...]:
    """The reported clause as content pieces: one, or two around a parenthetical cue ("S1, he said, S2")."""
    lead, cut = ctx.lead(clause.idx), _cut(clause)
    aside = _aside_start(clause)
    if aside is not None:
        cut.update(range(aside, clause.right_edge.i + 1))
    toks = [t for t in clause.subtree if not t.is_space and t.idx >= lead and t.i not in cut]
    rest = _conjunct_end(verb, clause)
    if rest:
        toks = [t for t in clause.doc[clause.left_edge.i:rest[-1].i + 1] if not t.is_space]
    first = _told_subject(verb, clause)
    if first is not None:
        toks = [t for t in clause.doc[first:clause.left_edge.i]] + [t for t in toks if t.i >= first]
    if cut:
        toks = [t for t in toks if t.i < min(cut)]
    if verb.head.i == clause.i:  # the cue hangs off the reported clause
        runs = [[t for t in toks if t.i < verb.left_edge.i], [t for t in toks if t.i > verb.right_edge.i]]
    else:
        runs = [[t for t in toks if t.i < verb.i] if clause.i < verb.i else toks + (_appended(clause, verb)
                                                                                   if not cut else [])]
    runs = [_edges(r, clause) for r in runs]
    if sum(len(r) for r in runs) < _MIN_TOKENS:
        return ()
    pieces = []
    for run in runs:
        if run:
            start, end = trim_span(ctx.text, run[0].idx, run[-1].idx + len(run[-1].text), strip=" \t\r\n,;:-—–")
            if end > start:
                pieces.append(snap_to_marks(ctx, (start, end)))
    return tuple(pieces)


def snap_to_marks(ctx: Context, span: Span) -> Span:
    """Widen ``span`` so that a quoted fragment it cuts into is kept whole, marks included."""
    start, end = span
    for q in ctx.quoted:
        close = q.close if q.close is not None else q.end
        stop = q.close + 1 if q.close is not None else q.end
        if q.open < end <= close and start <= q.open:
            end = stop
        if q.open <= start < close and end > close:
            start = q.open
    return start, end


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
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subj = subjects[-1]
    comma = subj.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or any(
            c.i > verb.i and c.dep_ not in _ADJUNCTS for c in verb.children):
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
    nxt = next((t for t in doc[verb.i + 1:verb.i + 3] if t.dep_ != "advmod"), None)
    if nxt is None or nxt.tag_ != "VBG":
        return None
    if nxt.dep_ == "xcomp" and nxt.head.i == verb.i:
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
    if clause is None or (verb.lemma_.lower() in NEEDS_THAT and not _has_that(clause)):
        return None
    if verb.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    subj = subject_of(verb)
    if subj is None or subj.lower_ in ("there", "that", "this", "nobody", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return None  # "That said, ...", "No bank will say how ..." are not reports
    if verb.head.i != clause.i and clause.left_edge.i <= subj.i <= clause.right_edge.i:
        return None
    pieces = _clause_pieces(ctx, verb, clause)
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
    for tok in ctx.doc:
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
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > hi]
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
    for tok in ctx.doc[:-1]:
        if tok.lower_ != "according" or tok.nbor().lower_ != "to":
            continue
        if ctx.zone(tok.idx) not in _ZONES or ctx.in_quoted(tok.idx):
            continue
        draft = _according(ctx, tok, fragments)
        if draft is not None:
            drafts.append(draft)
    return drafts
