"""The reported clause of a reporting verb and the edges of its content.

``content_clause`` finds the clause a reporting verb reports: its clausal complement, a "that"
clause under a phrase of the verb (``said in a statement that ...``), an object the parser split
from its verb (``said [84,000 people] ... [are deaf]``), or the clause the cue hangs on
(``[Russia will not budge], he said``). ``clause_pieces`` cuts it into content pieces: without its
"that", without the speaker's own acts the parser put inside it, without a writer's closing aside
or a trailing time adjunct (``…, hours after polls closed``), with brackets balanced and any
quoted fragment it cuts into kept whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.nlp import views
from newsgraph.quotes.draft import Context, Span, trim_span
from newsgraph.quotes.speakers import detached_from

_CLAUSE_VIA = frozenset("prep pobj dobj npadvmod dative".split())
_TELL = frozenset("tell inform assure warn remind promise".split())
_MIN_TOKENS = 3
# First words of a trailing phrase that still belongs to the report (", most of them children").
_STRIP = " \t\r\n,;:-—–"
_MARKS = "\"“”‘’'«»"
# A trailing adjunct of time the writer adds after the reported clause: ", hours after polls closed".
_TIME_ADJUNCT = re.compile(
    r",\s+(?:(?:just|only|some|about|barely|less|more|than|the|a|an|one|two|three|four|five|six|several|few|\d+)\s+)*"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly)\s+(?:after|before|since)\b"
)
_PARTITIVE = frozenset("most many some all several both including mostly mainly among half none nearly".split())


def has_that(clause: Token) -> bool:
    """True when ``clause`` opens with the conjunction "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.pos_ == "SCONJ" for c in views.children(clause))


def _via_preposition(verb: Token) -> Token | None:
    """A "that" clause under a phrase of the verb: ``said in a statement that ...``."""
    stack = [c for c in verb.rights if c.dep_ in _CLAUSE_VIA]
    while stack:
        tok = stack.pop(0)
        for child in views.children(tok):
            if child.dep_ in ("acl", "ccomp", "advcl") and has_that(child):
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
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in views.children(c))]
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
    comps = [c for c in views.children(verb) if c.dep_ == "ccomp"]
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
            relcl = any(c.dep_ == "relcl" for c in views.children(tok))
            if before.text == "," and first.lower_ in ("a", "an") and relcl:
                return before.i
    return None


_LISTENER_ENTS = frozenset("ORG PERSON GPE NORP FAC".split())
# What a named listener may be: "BBC Radio 4's Today programme", "the Financial Times newspaper".
_LISTENER_NOUNS = frozenset(
    "programme program show newspaper paper magazine agency channel station radio television website podcast "
    "committee inquiry hearing conference summit".split()
)


def _listener_end(doc: Doc, start: int, head: int) -> int | None:
    """Where the clause starts in a noun phrase that glues the listener to its subject.

    "told [Reuters] customers were ...", "told [the BBC] talks would ...", "told [BBC Radio 4's Today
    programme] ministers had ...", "told [analysts] demand remained ...": the listener is a name
    (the tagger's entity, else a run of proper nouns and the programme or paper it names), or a
    plural noun, before the phrase's head.
    """
    i = start
    if i < head and doc[i].pos_ == "DET":
        i += 1
    if i >= head:
        return None
    tok = doc[i]
    if tok.ent_iob_ == "B" and tok.ent_type_ in _LISTENER_ENTS:
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end < head or (end == head and doc[head].ent_iob_ != "I"):
            named = _name_run(doc, end, head)
            return _listener_nouns(doc, named, head) if _listener_nouns(doc, named, head) > named else end
    if tok.pos_ == "PROPN":
        end = _listener_nouns(doc, _name_run(doc, i, head), head)
        return end if end > i else None
    if tok.tag_ in ("NNS", "NNPS") and doc[i + 1].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM"):
        return i + 1
    return None


def _name_run(doc: Doc, i: int, head: int) -> int:
    """The end of a run of proper nouns (and possessives, numbers) from ``i``: "BBC Radio 4's Today"."""
    end = i
    while end < head and (doc[end].pos_ == "PROPN" or doc[end].tag_ == "POS" or (doc[end].like_num and end > i)):
        end += 1
    return end


def _listener_nouns(doc: Doc, i: int, head: int) -> int:
    """The end of the nouns naming what a listener is, from ``i``: "programme", "newspaper"."""
    while i < head and doc[i].lower_ in _LISTENER_NOUNS:
        i += 1
    return i


def _told_subject(verb: Token, clause: Token) -> int | None:
    """Where the reported clause of "told X S" really starts when the parser took S's subject for an object.

    "told Chinese Foreign Minister Wang Yi the US had concerns": "the US" hangs off "Wang Yi" as an
    apposition, or is an object of "told" right before a subjectless clause. "told Reuters customers
    were ..." / "told the BBC talks would ...": the listener is glued to the clause's subject.
    """
    if verb.lemma_.lower() not in _TELL or clause.i < verb.i:
        return None
    doc = verb.doc
    subj = [c for c in views.children(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    objs = [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < clause.i]
    if subj:
        appos = [c for c in subj[0].rights if c.dep_ == "appos" and c.left_edge.i == subj[0].i + 1
                 and c.left_edge.pos_ == "DET"]
        if appos:
            return appos[0].left_edge.i
        if not objs and subj[0].left_edge.i == verb.i + 1:
            return _listener_end(doc, verb.i + 1, subj[0].i)
        first = subj[0].left_edge.i
        if objs and first == objs[-1].right_edge.i + 1:  # "told [BBC Radio 4's] [Today programme] ministers"
            end = _listener_nouns(doc, _name_run(doc, first, subj[0].i), subj[0].i)
            return end if end > first and doc[end - 1].lower_ in _LISTENER_NOUNS else None
        return None
    if len(objs) == 1 and objs[0].left_edge.i == verb.i + 1:
        split = _listener_end(doc, verb.i + 1, objs[0].i)
        if split is not None:
            return split
    if len(objs) >= 2 or (objs and objs[-1].lower_ in ("he", "she", "they", "we", "i")):
        return objs[-1].left_edge.i
    return None


def _edges(toks: list[Token], clause: Token) -> list[Token]:
    """Strip punctuation, conjunctions and the clause's "that" from both ends of a run."""
    while toks and (toks[0].is_punct or toks[0].pos_ == "CCONJ" or _leading_that(toks, clause)):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].pos_ == "CCONJ"):
        toks = toks[:-1]
    return toks


def _leading_that(toks: list[Token], clause: Token) -> bool:
    """True for a "that" opening the clause, also when a quotation mark follows it (``that "We …``)."""
    that = toks[0]
    if that.lower_ != "that" or len(toks) < 2:
        return False
    return (that.dep_ == "mark" and (that.head.i == clause.i or that.pos_ == "SCONJ")) or (
        toks[1].is_quote or toks[1].text in _MARKS)


def clause_pieces(ctx: Context, verb: Token, clause: Token) -> tuple[Span, ...]:
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
            start, end = trim_span(ctx.text, run[0].idx, run[-1].idx + len(run[-1].text), strip=_STRIP)
            end = _before_time_adjunct(ctx.text, start, end)
            if end > start:
                pieces.append(finish(ctx, (start, end)))
    return tuple(pieces)


def _before_time_adjunct(text: str, start: int, end: int) -> int:
    """Where a content ends before a trailing ", hours after polls closed" (the writer's, not the speaker's)."""
    m = _TIME_ADJUNCT.search(text, start, end)
    if m is None or len(text[start:m.start()].split()) < _MIN_TOKENS:
        return end
    return trim_span(text, start, m.start(), strip=_STRIP)[1]


def _balance(text: str, start: int, end: int) -> Span:
    """Take in a bracket the content opens or closes right at its edge: "185km/h (115mph)"."""
    for left, right in ("()", "[]"):
        piece = text[start:end]
        if piece.count(left) > piece.count(right):
            gap = end
            while gap < len(text) and text[gap] == " ":
                gap += 1
            if text[gap:gap + 1] == right:
                end = gap + 1
        elif piece.count(right) > piece.count(left) and start > 0 and text[start - 1] == left:
            start -= 1
    return start, end


def finish(ctx: Context, span: Span) -> Span:
    """The final edges of a content span: brackets balanced and quoted fragments whole."""
    return snap_to_marks(ctx, _balance(ctx.text, *span))


def snap_to_marks(ctx: Context, span: Span) -> Span:
    """Widen ``span`` so that a quoted fragment it cuts into is kept whole, marks included.

    A span that starts with the first word of a quoted passage takes its opening mark, and one that
    ends with its last word (or only punctuation before the closing mark) takes the closing mark:
    ``said that “We will fight on.”`` is reported with its marks.
    """
    start, end = span
    text = ctx.text
    for q in ctx.quoted:
        close = q.close if q.close is not None else q.end
        stop = q.close + 1 if q.close is not None else q.end
        if q.open < start <= close and not text[q.open + 1:start].strip() and end > start:
            start = q.open
        if q.open < end <= close and start <= q.open:
            end = stop
        if q.open <= start < close and end > close:
            start = q.open
        if q.close is not None and end <= q.close and start <= q.open < end and all(
                not c.isalnum() for c in text[end:q.close]):
            end = q.close + 1
    return start, end
