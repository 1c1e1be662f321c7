"""Code one clause of the dependency parse to a PLOVER event frame.

A *frame* is the event read off a predicate: its category, mode, cue, agent and recipient
phrases (as head tokens) and its negation and future flags. The coder walks down from a
predicate through the words that only frame another event:

- verbs of saying ("Lavrov said Russia would not ...") hand over to what was said, keeping the
  speaker for pronoun subjects; an obligation said of someone else ("X must go") is a REQUEST;
- verbs of attempting, deciding, beginning ("decided to allow") and light verbs with an event
  noun ("held talks", "staged a protest") hand over to their complement;
- request, refusal, threat, accusation and intent cues ("demanded that", "refused to",
  "threatened to", "promised to") are the event, and their complement only sets the mode (and
  for intent, whether a promise of cooperation is an AGREE or a promise of force a THREATEN).

Then PLOVER's rules for negation and the future apply (``settle``): a negated cooperation or
request is a REJECT ("won't pressure", "no chance of ... telling Assad to stand down"); other
negated events are not events; future cooperation is AGREE and future force is THREATEN.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsgraph.events import arguments as ar
from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events import senses as sn
from newsgraph.events import syntax as sx

_MAX_DEPTH = 8
# Verbs whose object is the one told, asked or allowed to act ("urged the EU to").
_OBJECT_CONTROL = frozenset({"urge", "ask", "tell", "order", "call", "press", "pressure", "force", "allow",
                             "permit", "invite", "persuade", "encourage", "request", "implore", "beg"})
# Future and hypothetical: PLOVER codes promised cooperation as AGREE and promised force as THREATEN.
_FUTURE_AUX = frozenset({"will", "wo", "shall", "'ll", "would", "'d", "could", "may", "might"})
# What one *can* do is no event ("the citizen can be arrested"); what one cannot do is a refusal.
_ABILITY_AUX = frozenset({"can", "ca"})


@dataclass(frozen=True, slots=True)
class Frame:
    """An event read off the parse, before it is tied to actors and dates."""

    category: str
    mode: str | None
    cue: Token
    agents: tuple[Token, ...] = ()
    recipients: tuple[Token, ...] = ()
    negated: bool = False
    future: bool = False
    anchors: tuple[Token, ...] = ()  # predicates to look for the date and place on, innermost first


@dataclass(frozen=True, slots=True)
class _Ctx:
    agents: tuple[Token, ...] = ()  # subject inherited from a controlling verb
    speaker: tuple[Token, ...] = ()  # who said it, for pronoun subjects of reported speech
    negated: bool = False
    future: bool = False
    anchors: tuple[Token, ...] = ()
    depth: int = 0

    def down(self, token: Token, *, negated: bool | None = None, future: bool | None = None,
             agents: tuple[Token, ...] | None = None) -> _Ctx:
        """The context one predicate further down, with ``token`` as the nearest anchor (None: unchanged)."""
        return replace(self, anchors=(token, *self.anchors), depth=self.depth + 1,
                       negated=self.negated if negated is None else negated,
                       future=self.future if future is None else future,
                       agents=self.agents if agents is None else agents)


def code(token: Token) -> list[Frame]:
    """Code the clause headed by ``token`` (a verb, adjective or event noun).

    A verb of saying yields one frame for each clause said ("... opened its borders but was
    refusing admittance to ..., police said"); any other predicate at most one.
    """
    ctx = _Ctx()
    if token.pos_ in ("VERB", "AUX") and sx.lemma(token) in fw.REPORT_VERBS and sx.kids(token, "ccomp"):
        here = _enter(token, ctx)
        clauses = sx.with_conjuncts(sx.kids(token, "ccomp"))
        frames = [_reported(token, c, here) for c in clauses]
        if sx.lemma(token) in fw.ACCUSING_REPORT_VERBS:
            frames.insert(0, _accusation(token, clauses[0], here))
        return [f for f in frames if f is not None]
    frame = _interpret(token, ctx)
    return [frame] if frame is not None else []


def _accusation(token: Token, clause: Token, ctx: _Ctx) -> Frame | None:
    """ "X did Y, a rights group charged": an ACCUSE by the speaker toward the one said to act."""
    frame = Frame("ACCUSE", "allege", token, ctx.agents, tuple(sx.kids(clause, "nsubj")), anchors=ctx.anchors)
    return _settle(frame, ctx)


def _interpret(token: Token, ctx: _Ctx) -> Frame | None:
    if ctx.depth > _MAX_DEPTH:
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun(token, ctx)
    if token.pos_ == "ADJ":
        return _adjective(token, ctx)
    if token.pos_ in ("VERB", "AUX"):
        return _verb(token, ctx)
    return None


# ----------------------------------------------------------------------------- verbs


def _enter(token: Token, ctx: _Ctx) -> _Ctx:
    """The context inside a verb: its negation, its future and its subject."""
    negated = ctx.negated or ar.is_negated(token)
    future = ctx.future or bool(sx.aux_lemmas(token) & _FUTURE_AUX)
    agents = _speaker_for_pronoun(ar.agents(token), ctx) or ctx.agents
    return ctx.down(token, negated=negated, future=future, agents=agents)


def _verb(token: Token, ctx: _Ctx) -> Frame | None:
    word = sx.lemma(token)
    here = _enter(token, ctx)
    if ar.is_opinion(token) or (sx.aux_lemmas(token) & _ABILITY_AUX and not here.negated):
        return None
    if word == "be":
        return _copula(token, here)
    if word in fw.REPORT_VERBS:
        clauses = sx.kids(token, "ccomp")
        if clauses and word in fw.ACCUSING_REPORT_VERBS:
            return _accusation(token, clauses[0], here)
        if clauses:
            return _reported(token, clauses[0], here)
        for saying in (*sx.kids(token, "advcl"), *sx.prep_objects(token, ("as",))):
            if sx.lemma(saying) in fw.REPORT_VERBS and saying.pos_ == "VERB":  # "was quoted as saying"
                return _verb(saying, replace(here, agents=here.agents or ar.agents(token)))
        if word == "tell" and sx.kid(token, "xcomp") is not None and sx.kid(token, "dobj") is not None:
            return _framed(token, sn.Sense("REQUEST"), here)
    if word in fw.SUBJECT_VERBS:
        frame = _moved(token, here)
        if frame is not None:
            return frame
    sense = sx.first_sense(token, lx.VERBS.get(word, ()))
    light = ar.light_noun(token) if word in fw.LIGHT_VERBS | fw.REPORT_VERBS | fw.IN_LIGHT_VERBS else None
    if sense is not None and (sense.obj or light is None):
        return _framed(token, sense, here)
    if light is not None:
        frame = _light(token, light, here)
        if frame is not None:
            return frame
    return _through(token, word, here)


def _light(verb: Token, noun: Token, ctx: _Ctx) -> Frame | None:
    """The event a light verb carries: "held talks", "lodged a protest", "launched a mediation effort"."""
    override = fw.LIGHT_SENSES.get((sx.lemma(verb), sx.lemma(noun)))
    if override is not None:
        return _framed(noun, override, replace(ctx, depth=ctx.depth + 1), comp=ar.complement(verb))
    frame = _noun(noun, ctx, comp=sx.kid(verb, "ccomp"))
    if frame is None and sx.lemma(noun) in fw.FRAME_NOUNS:  # "took steps to enhance freedoms"
        return _purpose(verb, ctx)
    if frame is None and sx.lemma(noun) in fw.DOCUMENT_NOUNS:
        clause = sx.kid(noun, "acl", "relcl", "ccomp") or sx.kid(verb, "ccomp")
        if clause is not None and (clause.dep_ == "ccomp" or ar.obligation(clause) is not None):
            return _reported(verb, clause, ctx, carried=False)  # "a reminder to Iraq that it must cooperate"
        return _interpret(clause, ctx.down(noun)) if clause is not None else None
    return frame


def _moved(token: Token, ctx: _Ctx) -> Frame | None:
    """ "Peacekeeping troops arrived in Bosnia": what moves decides the event."""
    subject = sx.kid(token, "nsubj")
    if subject is None:
        return None
    words = sx.words_of(subject)
    for sense in fw.SUBJECT_SENSES:
        if sx.in_classes(words, sense.obj):
            places = sx.prep_objects(token, ("in", "to", "into"))
            return Frame(sense.category, sense.mode, token, (subject,), tuple(places), anchors=(token, *ctx.anchors))
    return None


def _through(token: Token, word: str, ctx: _Ctx) -> Frame | None:
    """Events a verb only frames: complements of "try", "plan", "fail"; nouns after "for", "no chance of"."""
    comp = sx.kid(token, "xcomp") or ar.first([c for c in sx.prep_objects(token, ("to", "on")) if c.pos_ == "VERB"])
    if comp is not None:
        inner = replace(ctx, agents=_controller(token, comp, ctx))
        if word in fw.TRANSPARENT_VERBS:
            return _interpret(comp, inner)
        if word in fw.FUTURE_VERBS:
            return _interpret(comp, replace(inner, future=True))
        if word in fw.NEGATING_VERBS:
            return _interpret(comp, replace(inner, negated=not ctx.negated))
        if word in fw.READINESS:
            sub = _interpret(comp, replace(inner, negated=False, future=False))
            return _settle(_intent(_plain("AGREE", token, ctx), sub), ctx)
    for noun in sx.kids(token, "dobj", "attr", "nsubj"):
        frame = _negating_noun(noun, ctx)
        if frame is not None:
            return frame
        if sx.lemma(noun) == "responsibility":  # "claimed responsibility for the attack"
            done = [n for n in sx.prep_objects(noun, ("for",)) if n.pos_ == "NOUN"]
            if done:
                return _noun(done[0], replace(ctx, depth=ctx.depth + 1))
    subject = sx.kid(token, "nsubj")
    if subject is not None and subject.pos_ == "NOUN" and sx.direct_object(token) is None:
        if word in fw.ASPECT_VERBS:  # "riots are continuing", "fighting broke out"
            return _noun(subject, replace(ctx, agents=()))
        if word in fw.ENDING_VERBS:  # "the fighting stopped": a ceasefire
            frame = _noun(subject, replace(ctx, agents=()))
            if frame is not None and frame.category == "ASSAULT":
                return replace(frame, category="RETREAT", mode="ceasefire")
    for noun in sx.prep_objects(token, fw.PURPOSE_PREPS):  # "went to Geneva for talks", "converged for a rally"
        frame = _noun(noun, ctx) if noun.pos_ == "NOUN" else None
        if frame is not None and frame.category in ("CONSULT", "PROTEST"):
            return frame
    if word in fw.HARM_VERBS:  # "died in an attack", "died as a result of torture"
        for noun in (t for p in sx.kids(token, "prep") for t in p.subtree if t.pos_ == "NOUN"):
            frame = _noun(noun, replace(ctx, agents=()))
            if frame is not None and frame.category == "ASSAULT":
                return replace(frame, recipients=tuple(sx.kids(token, "nsubj")))
    return None


def _copula(token: Token, ctx: _Ctx) -> Frame | None:
    """ "is willing to", "is due to", "there is no chance of ...", "... is out of the question"."""
    adj = sx.kid(token, "acomp")
    if adj is not None:
        return _adjective(adj, ctx)
    comp = sx.kid(token, "xcomp")
    if comp is not None and comp.pos_ == "VERB":  # "X is to visit Y"
        return _interpret(comp, ctx.down(token, future=True))
    if ar.out_of_question(token):
        subject = sx.kid(token, "csubj", "nsubj")
        return _interpret(subject, ctx.down(token, negated=True)) if subject is not None else None
    for noun in sx.kids(token, "attr"):
        frame = _negating_noun(noun, ctx)
        if frame is not None:
            return frame
        if sx.kid(token, "expl") is not None:
            return _noun(noun, ctx)
    return None


def _adjective(token: Token, ctx: _Ctx) -> Frame | None:
    word = sx.lemma(token)
    if any(c.lower_ == "as" for c in token.children):  # "as opposed to", "as ready as"
        return None
    comp = sx.kid(token, "xcomp") or ar.first(sx.prep_objects(token, ("to", "for", "of")))
    if comp is None:
        return None
    if word in fw.FUTURE_ADJECTIVES:
        return _interpret(comp, ctx.down(token, future=True))
    if word in fw.INTENT_ADJECTIVES:
        sub = _interpret(comp, ctx.down(token, negated=False, future=False))
        return _settle(_intent(_plain("AGREE", token, ctx), sub), ctx)
    if word in fw.GUILT_ADJECTIVES:  # "guilty of violating the ceasefire"
        return _interpret(comp, ctx.down(token))
    if word in fw.REFUSAL_ADJECTIVES:
        sub = _interpret(comp, ctx.down(token, negated=False, future=False))
        frame = replace(_plain("REJECT", token, ctx), mode=_demand_mode(sub), recipients=sub.recipients if sub else ())
        return _settle(frame, ctx)
    return None


def _reported(token: Token, clause: Token, ctx: _Ctx, *, carried: bool = True) -> Frame | None:
    """What a verb of saying reports: the event said, or a REQUEST when an obligation is said.

    With ``carried``, an event noun the verb carries comes first ("reiterated its demand that ...").
    """
    if ctx.depth > _MAX_DEPTH:
        return None
    ctx = replace(ctx, depth=ctx.depth + 1)
    speaker = ctx.agents
    inner = replace(ctx, agents=(), speaker=speaker or ctx.speaker, negated=False, future=False)
    light = ar.light_noun(token) if carried else None
    if light is not None:
        frame = _light(token, light, ctx)
        if frame is not None:
            return frame
    said = ar.obligation(clause)
    if said is not None and not ar.same_party(sx.kids(clause, "nsubj"), speaker):
        sub = _interpret(said, inner)
        frame = Frame("REQUEST", _demand_mode(sub), token, tuple(speaker), tuple(sx.kids(clause, "nsubj")),
                      anchors=(token, *ctx.anchors))
        return _settle(frame, ctx)
    frame = _interpret(clause, inner)
    if frame is None:
        return None
    if not frame.agents and speaker:  # "US officials said that lifting sanctions was out of the question"
        frame = replace(frame, agents=speaker)
    if sx.lemma(token) in fw.WARN_VERBS and frame.category not in ("THREATEN", "REJECT"):
        return None
    return _settle(frame, ctx) if ctx.negated else frame


# ----------------------------------------------------------------------------- nouns


def _noun(token: Token, ctx: _Ctx, *, comp: Token | None = None) -> Frame | None:
    word = sx.lemma(token)
    if word in fw.FRAME_NOUNS:
        inner = ar.framed_noun(token)
        if inner is not None:
            return _noun(inner, ctx, comp=comp)
        clause = sx.kid(token, "acl", "relcl")
        return _interpret(clause, ctx.down(token)) if clause is not None else None
    sense = sx.first_sense(token, lx.NOUNS.get(word, ()), noun=True)
    if sense is None:
        return None
    negated = ctx.negated or any(c.lower_ == "no" for c in sx.kids(token, "det"))
    agents = tuple(ar.noun_agents(token))
    if not agents or all(a.pos_ == "PRON" for a in agents):  # "its readiness": whose, the clause says
        agents = ctx.agents or agents
    if sense.category == "MOBILIZE" and ar.joint(token, agents):
        sense = sn.Sense("COOPERATE")
    here = replace(ctx, negated=negated, agents=agents, depth=ctx.depth + 1)
    return _framed(token, sense, here, comp=comp)


def _negating_noun(noun: Token, ctx: _Ctx) -> Frame | None:
    """ "no chance of Moscow telling X to ...", "no question of Russia asking ...": a negated event."""
    if sx.lemma(noun) not in fw.CONTROL_NOUNS_NEGATING:
        return None
    if not any(c.lower_ == "no" for c in noun.children) and not ctx.negated:
        return None
    comp = sx.kid(noun, "acl", "xcomp") or ar.first(sx.prep_objects(noun, ("of", "for")))
    if comp is None:
        return None
    agents = tuple(o for o in sx.prep_objects(noun, ("of",)) if o.i != comp.i) or ctx.agents
    return _interpret(comp, ctx.down(noun, negated=True, agents=agents))


# ----------------------------------------------------------------------------- frames


def _framed(cue: Token, sense: sn.Sense, ctx: _Ctx, *, comp: Token | None = None) -> Frame | None:
    """Build the frame of a cue word with ``sense``, reading its complement for the mode."""
    comp = comp or ar.complement(cue)
    sub = None
    if comp is not None:
        sub_agents = _controller(cue, comp, ctx) if comp.dep_ in ("xcomp", "ccomp") else ()
        sub = _interpret(comp, ctx.down(cue, negated=False, future=False, agents=sub_agents))
    frame = Frame(sense.category, sense.mode, cue, ctx.agents, tuple(ar.recipients(cue, sense.category)),
                  anchors=(cue, *ctx.anchors))
    if sense.mode == sn.HOSTING:  # PLOVER: the visitor is the source, the host the recipient
        frame = replace(frame, mode="visit", agents=frame.recipients, recipients=frame.agents)
    word = sx.lemma(cue)
    if sub is not None and word in fw.COMMAND_VERBS and sub.category not in sn.VERBAL_CONFLICT | {"AGREE"} \
            and (ar.own_forces(cue) or sub.category == "COERCE"):  # "ordered its troops to withdraw": done
        return _settle(replace(sub, agents=frame.agents, anchors=frame.anchors), ctx)
    if word in fw.SENDING_VERBS:
        purpose = _purpose(cue, ctx)
        if purpose is not None and purpose.category in ("ACCUSE", "CONSULT"):
            return _settle(replace(purpose, agents=frame.agents), ctx)
    return _conditional(_settle(_refine(frame, sub, comp, cue), ctx), cue)


def _conditional(frame: Frame | None, cue: Token) -> Frame | None:
    """A future refusal or use of force under a condition ("would veto it if ...") is a THREATEN."""
    if frame is None or not frame.future or frame.category not in sn.MATERIAL_CONFLICT | {"REJECT"}:
        return frame
    head = cue
    while head.dep_ in ("xcomp", "ccomp", "conj") and head.head.i != head.i and not ar.has_condition(head):
        head = head.head
    if not ar.has_condition(head):
        return frame
    mode = _threat_mode(frame) if frame.category != "REJECT" else "relations"
    return replace(frame, category="THREATEN", mode=mode)


def _purpose(cue: Token, ctx: _Ctx) -> Frame | None:
    """The event a "to"-clause of purpose names ("sent personnel to investigate")."""
    for clause in sx.kids(cue, "advcl", "xcomp"):
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
            return _interpret(clause, ctx.down(cue, negated=False, future=False))
    return None


def _refine(frame: Frame, sub: Frame | None, comp: Token | None, cue: Token) -> Frame:
    """Use the complement's event for the mode, intent and recipients of a framing cue."""
    cat = frame.category
    if cat == "AGREE" and sx.lemma(cue) in fw.INTENT_VERBS:
        frame = _intent(frame, sub)
    elif cat in ("REQUEST", "REJECT") and sub is not None:
        frame = replace(frame, mode=frame.mode or _demand_mode(sub))
    elif cat == "THREATEN" and sub is not None:
        frame = replace(frame, mode=frame.mode or _threat_mode(sub))
    if sub is not None and not frame.recipients:
        heirs = sub.recipients
        if frame.category == "REQUEST" and comp is not None and comp.dep_ == "ccomp":
            heirs = sub.agents or heirs
        frame = replace(frame, recipients=heirs)
    return frame


def _plain(category: str, cue: Token, ctx: _Ctx) -> Frame:
    """A frame of ``category`` on ``cue`` with the context's agents and no mode or recipient."""
    return Frame(category, None, cue, ctx.agents, anchors=(cue, *ctx.anchors))


def _intent(frame: Frame, sub: Frame | None) -> Frame:
    """A promise or offer: AGREE to cooperate, THREATEN to use force, REJECT when promising not to."""
    if sub is None:
        return frame
    if sx.lemma(frame.cue) in fw.READINESS and sub.category == "ASSAULT":
        return replace(frame, category="MOBILIZE", mode="weapons", recipients=frame.recipients or sub.recipients)
    if sub.category in sn.MATERIAL_CONFLICT or sub.category == "THREATEN":
        mode = "violence" if sub.category in ("ASSAULT", "MOBILIZE") else _threat_mode(sub)
        return replace(frame, category="THREATEN", mode=mode, recipients=frame.recipients or sub.recipients)
    if sub.category in sn.VERBAL_CONFLICT:
        return replace(sub, agents=frame.agents or sub.agents, future=True)
    return replace(frame, recipients=frame.recipients or sub.recipients, future=True)


def _settle(frame: Frame | None, ctx: _Ctx) -> Frame | None:
    """Apply negation and the future as PLOVER codes them."""
    if frame is None:
        return None
    if ctx.negated:
        if frame.category in sn.COOPERATIVE or frame.category == "REQUEST":
            return replace(frame, category="REJECT", mode=_demand_mode(frame), negated=False)
        if ctx.future and frame.category in sn.MATERIAL_CONFLICT:  # "will not strike": a promise of restraint
            return replace(frame, category="AGREE", mode=None, future=True)
        return replace(frame, negated=True)
    if ctx.future:
        if frame.category in sn.COOPERATIVE:
            return replace(frame, category="AGREE", mode=None, future=True)
        if frame.category in sn.MATERIAL_CONFLICT:
            return replace(frame, category="THREATEN", mode=_threat_mode(frame), future=True)
        return replace(frame, future=True)
    return frame


def _demand_mode(sub: Frame | None) -> str | None:
    """REQUEST/REJECT mode from what is demanded or refused (PLOVER: assist, change, yield, meet)."""
    if sub is None:
        return None
    if sub.category in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if sub.category in ("CONSULT", "AGREE"):
        return "meet"
    if sub.category == "RETREAT":
        return "change" if sub.mode == "resign" else "yield"
    if sub.category == "CONCEDE":
        return "change"
    return sub.mode if sub.category in ("REQUEST", "REJECT") else None


def _threat_mode(sub: Frame) -> str | None:
    """THREATEN mode from the action threatened (PLOVER: restrict, ban, arrest, relations, expel, ...)."""
    if sub.category in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if sub.category == "SANCTION":
        return "expel" if sub.mode in ("expel", "withdraw") else "relations"
    if sub.category == "COERCE":
        return {"ban": "ban", "arrest": "arrest", "censor": "ban"}.get(sub.mode or "", "restrict")
    if sub.category == "PROTEST":
        return "restrict"
    return sub.mode if sub.category == "THREATEN" else None


# ----------------------------------------------------------------------------- parts


def _speaker_for_pronoun(agents: tuple[Token, ...], ctx: _Ctx) -> tuple[Token, ...]:
    """In reported speech a pronoun subject is the speaker ("Syria says it will ...")."""
    if agents and ctx.speaker and all(a.lower_ in sx.PRONOUNS for a in agents):
        return ctx.speaker
    return agents


def _controller(cue: Token, comp: Token, ctx: _Ctx) -> tuple[Token, ...]:
    """Who is to act in a complement: the object of "urged X to", otherwise the subject."""
    if sx.lemma(cue) in _OBJECT_CONTROL:
        obj = sx.kid(cue, "dobj")
        if obj is not None:
            return (obj,)
    return ar.agents(cue) or ctx.agents

