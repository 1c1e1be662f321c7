"""Direct quotes: quoted passages with the cue and speaker before ("X said: "…"") or after ("…," X said).

Each top-level quoted passage in the body or a caption is classified as:
- a direct quote with a cue before it (after a colon or comma, or right after "said"), or after it
  (``"…," he said.``, ``"…," said X.``, ``"…", according to X.``);
- the second half of a quote split around its cue (``"A," he said, "B."``), merged into the first;
- a quote paragraph with no cue (the previous speaker goes on), or a caption quote ``Name: "…"``;
- a quoted fragment ending a clause that a cue follows (``The plan is "dead", he said.``): mixed;
- otherwise a fragment ("scare quotes"), left to the indirect finder (mixed quotes) or ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.nlp import views
from newsgraph.nlp.doc import MAX_SENTENCE
from newsgraph.quotes.draft import Context, Draft, Segment, Span, token_span, trim_span
from newsgraph.quotes.lexicon import DIRECT_VERBS, ORG_NOUNS, PERSON_NOUNS
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.speakers import mention_of, speaker_token, subject_of

_SENT_END = frozenset(".!?")
_NEAR_VERB = frozenset("aux auxpass advmod neg prt".split())
_OBJECTS = frozenset("dobj dative iobj npadvmod".split())
_CAPTION_NAME = re.compile(r"\s*(?P<name>[^\s:\"“”'‘’][^:\"“”]{0,60}?)\s*[:\-–—]\s*$")
_MAX_WINDOW = 25
_RELATIVE = frozenset("who which that whose".split())
_NAME_PARTICLES = frozenset("of de da del van von bin al".split())
_SPEAKER_NOUNS = PERSON_NOUNS | ORG_NOUNS


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found next to a quote: its span, the verb (None for "according to") and the speaker head."""

    span: Span
    verb: Token | None
    speaker: Token | None


def is_cue_verb(token: Token, lemmas: frozenset[str] = DIRECT_VERBS) -> bool:
    """True for a verb token whose lemma is a reporting verb."""
    return token.lemma_.lower() in lemmas and (token.pos_ == "VERB" or token.tag_.startswith("VB"))


def according_to(tokens: list[Token]) -> Cue | None:
    """The "according to X" cue among ``tokens``, with X's head as speaker."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.lower_ == "according" and tokens[k + 1].lower_ == "to":
            to = tokens[k + 1]
            objs = [c for c in views.children(to) if c.dep_ == "pobj"]
            after = [t for t in tokens[k + 2:] if t.pos_ in ("PROPN", "NOUN", "PRON")]
            speaker = objs[0] if objs else (after[0] if after else None)
            return Cue((tok.idx, to.idx + len(to.text)), None, speaker)
    return None


def _after(verb: Token) -> Token | None:
    """The speaker of an inverted cue ("said Mr Smith", "said England sevens coach Mike Friday").

    The parse of such tails is often wrong, so without a subject after the verb the speaker is the
    last name (else the last noun) of the words that follow it, up to punctuation or a preposition.
    """
    for child in verb.rights:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    run: list[Token] = []
    for tok in verb.doc[verb.i + 1:verb.i + 10]:
        if tok.is_punct or tok.is_space or tok.pos_ in ("ADP", "SCONJ", "CCONJ") or tok.lower_ in _RELATIVE:
            break
        run.append(tok)
    names = [t for t in run if t.pos_ == "PROPN"]
    nouns = [t for t in run if t.pos_ == "NOUN"]
    return names[-1] if names else (nouns[-1] if nouns else None)


def _window_after(ctx: Context, q: Quoted, stop: int) -> list[Token]:
    out: list[Token] = []
    if q.after is None:
        return out
    for tok in ctx.tokens(q.after, stop):
        out.append(tok)
        if tok.text in _SENT_END or len(out) >= _MAX_WINDOW:
            break
    return out


def _speaker(ctx: Context, subj: Token | None) -> Token | None:
    return speaker_token(subj, lead=ctx.lead(subj.idx)) if subj is not None else None


def tail_cue(ctx: Context, q: Quoted, stop: int) -> Cue | None:
    """The cue right after the closing mark: ``"…," he said`` / ``"…," said X`` / ``"…", according to X``."""
    window = _window_after(ctx, q, stop)
    signed = _signature(window)
    if signed is not None:
        return signed
    acc = according_to(window)
    if acc is not None and all(t.is_punct for t in window if t.idx < acc.span[0]):
        return acc
    for k, tok in enumerate(window):
        if is_cue_verb(tok) and _reports_other(ctx, tok):
            return None  # '"…." Hodgson revealed that …': a new report, not this quote's cue
        if is_cue_verb(tok):
            subj = _tail_subject(tok, window[0].idx)
            if subj is not None and subj.i > tok.i and tok.lemma_.lower() == "quote":
                between_ok = all(b.is_punct or b.dep_ in ("nsubj", "compound", "det") for b in window[:k])
            elif subj is None or subj.i > tok.i:
                subj = subj or _after(tok)
                between_ok = all(b.is_punct or (b.head.i == tok.i and b.dep_ in _NEAR_VERB) for b in window[:k])
            else:
                between_ok = all(_near(b, tok, subj) for b in window[:k])
            return Cue(token_span(tok), tok, _speaker(ctx, subj)) if between_ok and subj is not None else None
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            return None
    return None


_DASHES = frozenset("― — – -- -".split())


def _signature(window: list[Token]) -> Cue | None:
    """A quote signed with a dash and a name: ``"…" ― Sonya Herridge`` (the dash is the cue)."""
    if len(window) < 2 or window[0].text not in _DASHES:
        return None
    run: list[Token] = []
    for tok in window[1:]:
        if tok.pos_ != "PROPN" and not (run and tok.text in (".", "-")):
            break
        run.append(tok)
    names = [t for t in run if t.pos_ == "PROPN"]
    after = window[len(run) + 1] if len(run) + 1 < len(window) else None
    if not names or len(names) > 4 or (after is not None and after.pos_ not in ("PUNCT", "SPACE")):
        return None
    return Cue(token_span(window[0]), None, names[-1])


def _reports_other(ctx: Context, verb: Token) -> bool:
    """True when a cue verb with its subject before it has its own reported clause after it.

    A clause inside the next quoted passage after a comma is not one: in ``'When I came in,' he told
    BBC Sport, 'I was promised …'`` the parser hangs the second half of a split quote on the cue. After
    a colon it is (``"…" Crowther added: "…"`` introduces a quote of its own).
    """
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in views.children(verb)):
        return False
    clauses = [c for c in views.children(verb) if c.dep_ == "ccomp" and c.i > verb.i and not _split_half(ctx, c)]
    return bool(clauses) or any(
        t.lower_ == "that" and t.dep_ == "mark" and t.head.head.i == verb.i for t in verb.doc[verb.i + 1:verb.i + 6])


def _split_half(ctx: Context, clause: Token) -> bool:
    """True when ``clause`` lies in a quoted passage that opens right after a comma (a split quote's second half)."""
    for q in ctx.quoted:
        if q.open <= clause.idx < q.end:
            return ctx.text[:q.open].rstrip().endswith(",")
    return False


def _tail_subject(verb: Token, after: int) -> Token | None:
    """The subject of a cue after a quote; not one the parser found inside the quote."""
    subjects = [c for c in views.children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= after]
    if subjects and verb.lemma_.lower() != "quote":
        return subjects[0]
    subj = subject_of(verb, inherit=False)
    return subj if subj is not None and subj.idx >= after else None


def _near(b: Token, verb: Token, subj: Token) -> bool:
    return b.is_punct or subj.left_edge.i <= b.i <= subj.right_edge.i or (b.head.i == verb.i and b.dep_ in _NEAR_VERB)


def _lead(ctx: Context, q: Quoted, lo: int) -> list[Token]:
    """Tokens of the sentence before the opening mark, from ``lo`` on (past any dateline). Do not modify.

    Walked back from the mark, so a quote costs its sentence, not its whole paragraph; no sentence is
    longer than MAX_SENTENCE tokens (nlp.doc), so neither is a lead. Quotes whose marks follow the same
    token share one lead, built once (thousands of marks inside one long token).
    """
    bound = max(lo, ctx.lead(q.open))
    memo = views.cache(ctx.doc, "direct.lead")
    key = (bound, ctx.token_before(q.open))
    found: list[Token] | None = memo.get(key)
    if found is None:
        window: list[Token] = []
        for tok in ctx.tokens_back(bound, q.open, MAX_SENTENCE):
            if tok.text in _SENT_END:
                break
            window.append(tok)
        window.reverse()
        found = memo[key] = window
    return found


def _picked(ctx: Context, window: list[Token], what: str, pick: Callable[[Token], bool]) -> list[Token]:
    """The tokens of a lead that ``pick`` keeps, once per lead (``window`` is a run: its ends name it)."""
    memo = views.cache(ctx.doc, "direct." + what)
    key = (window[0].i, window[-1].i)
    found: list[Token] | None = memo.get(key)
    if found is None:
        found = memo[key] = [t for t in window if pick(t)]
    return found


def _cue_verbs(ctx: Context, window: list[Token]) -> list[Token]:
    """The reporting verbs of a lead."""
    return _picked(ctx, window, "verbs", is_cue_verb) if window else []


def _is_root_verb(token: Token) -> bool:
    return token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX")


def _colon_before(ctx: Context, q: Quoted, seg: Segment) -> list[Token]:
    """The previous paragraph's last sentence when it ends with a colon and this one opens a quote."""
    if ctx.text[seg.start:q.open].strip() or seg.zone != "body":
        return []
    prev = [s for s in ctx.segments if s.zone == "body" and s.index == seg.index - 1]
    if not prev or not ctx.text[prev[0].start:prev[0].end].rstrip().endswith(":"):
        return []
    window = list(ctx.tokens(max(prev[0].start, prev[0].lead), prev[0].end))
    for k in range(len(window) - 2, -1, -1):
        if window[k].text in _SENT_END:
            return window[k + 1:]
    return window


def _objects_only(verb: Token, after: list[Token]) -> bool:
    """True when every token in ``after`` belongs to an object of ``verb`` ("told reporters")."""
    allowed = [c for c in verb.rights if c.dep_ in _OBJECTS]
    return all(any(c.left_edge.i <= t.i <= c.right_edge.i for c in allowed) for t in after)


def _starts_like_speech(ctx: Context, q: Quoted) -> bool:
    first = ctx.text[q.start:q.end].lstrip()[:1]
    return first.isupper() or first.isdigit()


def head_cue(ctx: Context, q: Quoted, lo: int, seg: Segment) -> Cue | None:
    """The cue before the opening mark: ``X said: "…"`` / ``X said, "…"`` / ``X told reporters "…"``."""
    window = _lead(ctx, q, lo) or _colon_before(ctx, q, seg)
    if not window or window[-1].lower_ == "that":
        return None
    last = window[-1]
    if last.text == ",":
        acc = according_to(window)
        if acc is not None:
            return acc
    verbs = _cue_verbs(ctx, window)
    if last.text in (":", "—", "–") and verbs:
        v = verbs[-1]
        return Cue(token_span(v), v, _speaker(ctx, subject_of(v)))
    if last.text not in (",", ":") and (last.pos_ in ("ADP", "DET", "ADJ", "AUX") or not _starts_like_speech(ctx, q)):
        return None
    body = window[:-1] if last.text in (",", ":") else window
    for v in reversed(verbs):
        if _objects_only(v, [t for t in body if t.i > v.i]):
            return Cue(token_span(v), v, _speaker(ctx, subject_of(v)))
        break
    return None


_LOOK_BACK = 1000  # characters before an opening mark that decide what precedes it


def lead_char(ctx: Context, q: Quoted, seg: Segment) -> str:
    """The last non-space character before the opening mark in its paragraph ('' at its start)."""
    # the last stretch only: a paragraph may hold thousands of quotes (linear time)
    before = ctx.text[max(seg.start, seg.lead, q.open - _LOOK_BACK):q.open].rstrip()
    stripped = before.rstrip("'’”\"»").rstrip()
    if stripped != before and stripped[-1:] in (".", "!", "?"):
        return stripped[-1]  # '… was "very loved." "She always …': the quote before ended a sentence
    return before[-1] if before else ""


def caption_speaker(ctx: Context, q: Quoted, seg: Segment) -> Span | None:
    """The name in a caption of the form ``Name: "…"``."""
    m = _CAPTION_NAME.match(ctx.text, seg.start, q.open)
    if m is None or len(m.group("name").split()) > 6:
        return None
    return m.start("name"), m.end("name")


def _name_colon(ctx: Context, q: Quoted, seg: Segment) -> Span | None:
    """A body paragraph opening ``Jane Porter: "…"`` (live pages, transcripts): the name is the speaker."""
    m = _CAPTION_NAME.match(ctx.text, max(seg.start, seg.lead), q.open)
    if m is None or not ctx.text[m.end("name"):q.open].strip().startswith(":"):
        return None
    words = m.group("name").split()
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w in _NAME_PARTICLES for w in words):
        return None
    return m.start("name"), m.end("name")


def _draft(kind: str, q: Quoted, cue: Cue | None, source: str) -> Draft:
    speaker = cue.speaker if cue is not None else None
    return Draft(kind="mixed" if kind == "mixed" else "direct", contents=q.pieces,
                 cue=cue.span if cue else None, speaker=mention_of(speaker) if speaker is not None else None,
                 head=speaker.i if speaker is not None else None, source=source)


def _mixed(ctx: Context, q: Quoted, lo: int, cue: Cue) -> Draft | None:
    """A quoted fragment ending a clause, then a cue: the clause is the content."""
    window = _lead(ctx, q, lo)
    if not window or q.close is None or _cue_verbs(ctx, window):
        return None
    if cue.verb is not None and cue.verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    start, end = trim_span(ctx.text, window[0].idx, q.close + 1)
    speaker = cue.speaker
    return Draft(kind="mixed", contents=((start, end),), cue=cue.span,
                 speaker=mention_of(speaker) if speaker is not None else None,
                 head=speaker.i if speaker is not None else None, source="direct-mixed")


def _sentence_like(ctx: Context, q: Quoted) -> bool:
    text = " ".join(ctx.text[s:e] for s, e in q.pieces)
    return len(text.split()) >= 4 or text.rstrip()[-1:] in ".!?,;" or len(q.pieces) > 1


def _classify(ctx: Context, q: Quoted, seg: Segment, lo: int, cues: tuple[Cue | None, Cue | None]) -> Draft | None:
    head, tail = cues
    lc = lead_char(ctx, q, seg)
    starts = lc in ("", ".", "!", "?", ":", ",", "—", "–", "-", "(", ";")
    if head is not None:
        return _draft("direct", q, head, "direct-head")
    if tail is not None:
        return _draft("direct", q, tail, "direct-tail") if starts else _mixed(ctx, q, lo, tail)
    if seg.zone == "body" and lc in ("", ".", "!", "?") and _sentence_like(ctx, q):
        return Draft(kind="direct", contents=q.pieces, cue=None, speaker=None, inherit=True, source="continued")
    if seg.zone == "body" and lc == ":" and _starts_like_speech(ctx, q) and _sentence_like(ctx, q):
        return _colon_quote(ctx, q, lo)
    return None


def _colon_quote(ctx: Context, q: Quoted, lo: int) -> Draft | None:
    """``Prof Arata, a physicist, was more cautious: "It is too early."``: the subject before the colon speaks."""
    window = _lead(ctx, q, lo)
    roots = _picked(ctx, window, "roots", _is_root_verb) if window else []
    subjects = [c for c in roots[-1].children if c.dep_ in ("nsubj", "nsubjpass")] if roots else []
    if not subjects or not (subjects[0].pos_ in ("PROPN", "PRON") or subjects[0].lemma_.lower() in _SPEAKER_NOUNS):
        return None  # "The reason was simple: …" has no speaker
    speaker = _speaker(ctx, subjects[0])
    if speaker is None:
        return None
    return Draft(kind="direct", contents=q.pieces, cue=None, speaker=mention_of(speaker), head=speaker.i,
                 source="colon")


@dataclass(frozen=True, slots=True)
class _Prev:
    index: int  # of the draft
    after: int  # offset just past the closing mark
    seg: Segment  # paragraph of the closing mark
    tail_verb: Token | None


def _same(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _only_cue_between(ctx: Context, prev: _Prev, q: Quoted) -> bool:
    """True when only the previous quote's cue clause ("he said," / "says X, who ...") lies between."""
    verb = prev.tail_verb
    if verb is None:
        return False
    left, right = verb.left_edge.i, verb.right_edge.i
    return all(t.is_punct or left <= t.i <= right for t in ctx.tokens(prev.after, q.open))


def find_direct(ctx: Context) -> tuple[list[Draft], list[Quoted]]:
    """Find the direct quotes of the body and captions.

    Returns:
        The drafts, and the quoted fragments that are not quotes by themselves.
    """
    top = [q for q in ctx.top_level() if ctx.zone(q.open) in ("body", "caption")]
    drafts: list[Draft] = []
    fragments: list[Quoted] = []
    prev: _Prev | None = None
    for k, q in enumerate(top):
        seg = ctx.segment_at(q.open)
        if seg is None:
            continue
        last_seg = (ctx.segment_at(q.close) if q.close is not None else None) or seg
        stop = min(top[k + 1].open if k + 1 < len(top) else last_seg.end, last_seg.end)
        after = q.after if q.after is not None else q.end
        same = prev is not None and prev.seg == seg
        name = caption_speaker(ctx, q, seg) if seg.zone == "caption" else _name_colon(ctx, q, seg)
        if name is not None:
            drafts.append(Draft(kind="direct", contents=q.pieces, cue=None, speaker=name, source="caption"))
            prev = None
            continue
        head = head_cue(ctx, q, prev.after if prev is not None and same else seg.start, seg)
        tail = tail_cue(ctx, q, stop)
        if (prev is not None and same and prev.tail_verb is not None and tail is None
                and (head is None or _same(head.verb, prev.tail_verb)) and _only_cue_between(ctx, prev, q)):
            d = drafts[prev.index]
            drafts[prev.index] = Draft(d.kind, d.contents + q.pieces, d.cue, d.speaker, d.head, d.inherit, d.source)
            prev = _Prev(prev.index, after, last_seg, prev.tail_verb)
            continue
        if head is not None and prev is not None and same and _same(head.verb, prev.tail_verb):
            head = None
        draft = _classify(ctx, q, seg, prev.after if prev is not None and same else seg.start, (head, tail))
        if draft is None:
            fragments.append(q)
            continue
        drafts.append(draft)
        tail_verb = tail.verb if tail is not None and draft.cue == tail.span else None
        prev = _Prev(len(drafts) - 1, after, last_seg, tail_verb)
    return drafts, fragments
