"""Attributions found by the trained model: any cue the news uses, with its content and source.

Where the rule finders know a list of reporting verbs, this finder asks the model of
:mod:`newsgraph.quotes.model` whether a verb (or a noun such as "claim") heads an attribution cue,
in context: "plans to", "called for", "endorsed", "polls show", "is expected to", "declined to
comment" as much as "said". For each cue it then builds the three spans as the PolNeAR annotation
guidelines draw them (Newell et al. 2018):

- content: the phrase under the cue the model ranks first as where the content starts ("that"
  and "to" included), extended over the later dependents the model keeps; or the clause before the
  cue ("..., she said");
- cue: the verb group (auxiliaries, negation, adverbs before the verb) and everything between the
  verb and its content but a listener ("told [reporters] that") or the source itself;
- source: the subject (inherited from the governing verb for "..., saying that"), the agent of a
  passive ("by X"), a noun cue's possessor ("his claim"); none for a passive without agent.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.nlp import views
from newsgraph.quotes import features as F
from newsgraph.quotes.clause import clause_pieces, finish
from newsgraph.quotes.draft import Context, Draft, Span, trim_span
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.model import AttributionModel
from newsgraph.quotes.speakers import subject_of

# Headlines are left to the headline finder: their telegraphic grammar ("Quantis profit beats estimates")
# fools a model trained on body text.
_ZONES = ("body", "caption")
_GROUP = frozenset("aux auxpass neg advmod".split())
_LISTENER = frozenset("dative".split())
_TELL = frozenset("tell inform assure remind warn urge ask advise brief notify".split())
_EMPTY = frozenset("it there".split())
_RAISING = frozenset("seem appear".split())
_STRIP = " \t\r\n,;:-—–"
_CUE_STOP = frozenset({":", '"', "“", "”", "‘", "’", "'", "«", "»"})
_MIN_CHARS = 2
_MIN_START = -2.0  # log-odds: a cue whose best content start scores below has no content we can find


def _kind(span: Sequence[Span], fragments: Sequence[Quoted], quoted: Sequence[Quoted]) -> str:
    pieces = [p for q in quoted for p in q.pieces]
    if all(any(s <= a and b <= e for s, e in pieces) for a, b in span):
        return "direct"
    return "mixed" if any(a <= s and e <= b for a, b in span for q in fragments for s, e in q.pieces) else "indirect"


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _group_start(head: Token) -> Token:
    """The first word of the verb group: "has not yet [said]", "[did] not immediately respond"."""
    first = head
    for child in reversed([c for c in views.children(head) if c.i < head.i]):
        if child.dep_ in _GROUP and first.i - 1 in (child.i, child.right_edge.i):
            first = child.left_edge
        else:
            break
    return first


def _right_content(ctx: Context, head: Token, node: Token, model: AttributionModel, lemma: str) -> Span | None:
    last = node.right_edge
    for sib in F.later_siblings(node):
        if model.sibling.prob(F.sibling_features(node, sib, lemma=lemma)) < model.sibling.threshold:
            break
        if not sib.is_punct:
            last = sib.right_edge  # a sentence's closing punctuation is not the source's
    start, end = trim_span(ctx.text, node.left_edge.idx, _end(last), strip=_STRIP)
    return finish(ctx, (start, end)) if end - start >= _MIN_CHARS else None


def _left_content(ctx: Context, head: Token) -> tuple[Span, ...]:
    """The content before the cue: the clause the cue hangs on, or the sentence up to it."""
    clause = head.head
    if head.dep_ in ("parataxis", "ccomp", "advcl") and clause.i != head.i and clause.pos_ in ("VERB", "AUX"):
        return clause_pieces(ctx, head, clause)
    sent = head.sent
    lead = ctx.lead(head.idx)
    toks = [t for t in sent if t.i < head.left_edge.i and t.idx >= lead and not t.is_space]
    if not toks:
        return ()
    start, end = trim_span(ctx.text, toks[0].idx, _end(toks[-1]), strip=_STRIP)
    return (finish(ctx, (start, end)),) if end - start >= _MIN_CHARS else ()


def _source(head: Token) -> Token | None:
    """The head of the source phrase, or None for a source-less (passive) attribution."""
    if head.pos_ in ("NOUN", "PROPN"):
        for child in views.children(head):
            if child.dep_ == "poss":
                return child
        return None
    children = views.children(head)
    for child in children:
        if child.dep_ == "agent":
            objs = [c for c in views.children(child) if c.dep_ == "pobj"]
            return objs[0] if objs else None
    if raising(head):
        return None
    subj = subject_of(head)
    if subj is None or subj.lower_ in _EMPTY or subj.i == head.i:
        return None
    return subj


def source_span(ctx: Context, subj: Token, head: Token) -> Span | None:
    """The source phrase headed by ``subj``: its whole subtree (PolNeAR keeps identifying clauses), never the cue.

    None when nothing of it is words (a misparse that made a full stop the subject).
    """
    toks = [t for t in subj.subtree if not t.is_space and t.idx >= ctx.lead(subj.idx)]
    if not toks or head.i in {t.i for t in toks}:
        toks = [subj]
    start, end = trim_span(ctx.text, toks[0].idx, _end(toks[-1]), strip=_STRIP + ".")
    return (start, end) if end > start else None


def cue_span(ctx: Context, head: Token, content: Span, source: Span | None) -> Span:
    """The cue as PolNeAR draws it: the verb group, and what stands between the verb and its content.

    A verb of telling keeps only a preposition right after it ("warned of", "asked about"): what
    follows is its listener ("told [the Financial Times] that ...").
    """
    first, last = _group_start(head), head
    if content[0] > head.idx:
        telling = head.lemma_.lower() in _TELL
        listeners = [c.left_edge.i for c in views.children(head) if c.i > head.i and c.dep_ in _LISTENER]
        stop = min(listeners, default=len(ctx.doc))
        for tok in ctx.doc[head.i + 1:min(stop, head.right_edge.i + 1)]:
            in_source = source is not None and source[0] <= tok.idx < source[1]
            if tok.idx >= content[0] or tok.text in _CUE_STOP or in_source:
                break
            if telling and not (tok.i == last.i + 1 and tok.dep_ == "prep" and tok.head.i == head.i):
                break
            last = tok
    return trim_span(ctx.text, first.idx, _end(last), strip=_STRIP)


def _phrase(ctx: Context, node: Token) -> Span:
    return trim_span(ctx.text, node.left_edge.idx, _end(node.right_edge), strip=_STRIP)


def _raised(ctx: Context, head: Token) -> tuple[Span, ...]:
    """The content of "She is expected to win", "He seemed to mock ...": the subject and the infinitive.

    Raising verbs and passives of belief take no source; what is attributed is that the subject
    does what the infinitive says.
    """
    children = views.children(head)
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    inf = next((c for c in children if c.dep_ == "xcomp" and c.i > head.i), None)
    if subj is None or inf is None or subj.lower_ in _EMPTY or not raising(head):
        return ()
    pieces = (_phrase(ctx, subj), _phrase(ctx, inf))
    if any(end - start < _MIN_CHARS for start, end in pieces):
        return ()
    return (pieces[0], finish(ctx, pieces[1]))


def raising(head: Token) -> bool:
    """True for "seem"/"appear" and for a passive cue: their subject is what is attributed, not who."""
    return head.lemma_.lower() in _RAISING or any(c.dep_ in ("auxpass", "nsubjpass") for c in views.children(head))


def _relative(head: Token) -> Token | None:
    """The relative pronoun a cue takes as object: "[which] he called a hoax", "[what] she calls ..."."""
    for child in views.children(head):
        if child.i < head.i and child.dep_ in ("dobj", "nsubjpass") and child.tag_ in ("WDT", "WP"):
            return child
    return None


def _content(ctx: Context, head: Token, model: AttributionModel) -> tuple[Span, ...]:
    raised = _raised(ctx, head)
    if raised:
        return raised
    lemma = F.key_lemma(head)
    best: tuple[float, Token | None] = (model.start.margin(F.left_features(head, lemma=lemma)), None)
    for node, path in F.start_candidates(head):
        if path[0].dep_ == "relcl":
            continue  # "talks [that ran for 18 hours]": a relative clause says what the noun is, not its content
        score = model.start.margin(F.start_features(head, node, path, lemma=lemma))
        if score > best[0]:
            best = (score, node)
    if best[0] < _MIN_START:
        return ()
    if best[1] is None:
        return _left_content(ctx, head)
    span = _right_content(ctx, head, best[1], model, lemma)
    if span is None:
        return ()
    pronoun = _relative(head)
    return ((pronoun.idx, _end(pronoun)), span) if pronoun is not None else (span,)


def _draft(ctx: Context, head: Token, fragments: Sequence[Quoted], model: AttributionModel) -> Draft | None:
    contents = _content(ctx, head, model)
    if not contents:
        return None
    subj = _source(head)
    speaker = source_span(ctx, subj, head) if subj is not None else None
    if speaker is None:
        subj = None
    pronoun = relative_subject(head)
    if subj is not None and pronoun is not None:
        speaker = (pronoun.idx, _end(pronoun))  # "…, who said …": the guidelines mark the pronoun
    if speaker is not None and any(s < speaker[1] and speaker[0] < e for s, e in contents):
        speaker, subj = None, None
    cue = cue_span(ctx, head, contents[0], speaker)
    return Draft(kind=_kind(contents, fragments, ctx.quoted), contents=contents, cue=cue,  # type: ignore[arg-type]
                 speaker=speaker, head=subj.i if subj is not None else None, source="attribution")


def relative_subject(head: Token) -> Token | None:
    """The relative pronoun that is the subject of a cue in a relative clause ("Khan, [who] said ...")."""
    if head.dep_ != "relcl":
        return None
    return next((c for c in views.children(head) if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None)


def _put_to(token: Token) -> bool:
    """True for "Asked if ..., she said": a question an unnamed interviewer put, not an attribution of its own."""
    if token.lemma_.lower() != "ask" or token.tag_ != "VBN" or token.dep_ not in ("advcl", "ROOT", "ccomp"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in views.children(token))


def find_attributions(ctx: Context, fragments: Sequence[Quoted], model: AttributionModel, *,
                      taken: Sequence[Span] = ()) -> list[Draft]:
    """Find the attributions whose cue the model recognises, outside quoted text.

    Args:
        ctx: The article context.
        fragments: Quoted passages that are not direct quotes (they make a content mixed).
        model: The trained attribution model.
        taken: Cues and contents of attributions found before: a cue there would be dropped (the same
            cue again, or one nested in a content), so it is not scored at all.
    """
    skip = {t.i for start, end in taken for t in ctx.tokens(start, end)}
    drafts = []
    for tok in views.tokens(ctx.doc):
        if tok.i in skip or not F.is_candidate(tok, model.nominal) or ctx.zone(tok.idx) not in _ZONES or _put_to(tok):
            continue
        quoted = ctx.in_quoted(tok.idx)
        if model.cue.prob(F.cue_features(tok, quoted=quoted)) < model.cue.threshold:
            continue
        draft = _draft(ctx, tok, fragments, model)
        if draft is not None:
            drafts.append(draft)
    return drafts
