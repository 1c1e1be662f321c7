"""Code one clause of the dependency parse to a PLOVER event frame.

A *frame* (:class:`newsgraph.events.frames.Frame`) is the event read off a predicate. The coder
walks down from a predicate through the words that only frame another event:

- verbs of saying ("Lavrov said Russia would not ...") hand over to what was said, keeping the
  speaker for pronoun subjects; an obligation said of someone else ("X must go") is a REQUEST;
- verbs of attempting, deciding, beginning ("decided to allow") and light verbs with an event
  noun ("held talks", "staged a protest", "approved a loan") hand over to their complement;
- an event noun that is the subject of a verb naming no event is the event ("the talks between
  X and Y ended"); wanting another to act is a REQUEST of them ("Bangkok wanted Myanmar's
  military to release ...");
- request, refusal, threat, accusation and intent cues ("demanded that", "refused to",
  "threatened to", "promised to") are the event, and their complement only sets the mode (and
  for intent, whether a promise of cooperation is an AGREE or a promise of force a THREATEN).

Then PLOVER's rules for negation and the future apply (:func:`newsgraph.events.frames.settle`): a
negated cooperation or request is a REJECT ("won't pressure", "no chance of ... telling Assad to
stand down"); other negated events are not events; future cooperation is AGREE, a promised
concession a CONCEDE and future force a THREATEN. Who acts where the category decides it (hosts,
rioting crowds, forces deployed) is :mod:`newsgraph.events.roles`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.events import arguments as ar
from newsgraph.events import frames as fr
from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events import roles as rl
from newsgraph.events import senses as sn
from newsgraph.events import syntax as sx
from newsgraph.events.frames import Context, Frame
from newsgraph.nlp import views

_MAX_DEPTH = 8
# Verbs that may carry an event noun as object or in a phrase ("held talks", "approved a loan").
_LIGHT_HOSTS = fw.LIGHT_VERBS | fw.REPORT_VERBS | fw.IN_LIGHT_VERBS | fw.NOUN_VERBS


def code(token: Token) -> list[Frame]:
    """Code the clause headed by ``token`` (a verb, adjective or event noun).

    A verb of saying yields one frame for each clause said ("... opened its borders but was
    refusing admittance to ..., police said"); any other predicate at most one.
    """
    ctx = Context()
    if token.pos_ in ("VERB", "AUX") and sx.lemma(token) in fw.REPORT_VERBS and sx.kids(token, "ccomp"):
        here = _enter(token, ctx)
        clauses = sx.with_conjuncts(sx.kids(token, "ccomp"))
        frames = [_reported(token, c, here) for c in clauses]
        if sx.lemma(token) in fw.ACCUSING_REPORT_VERBS:
            frames.insert(0, _accusation(token, clauses[0], here))
        elif ar.watchdog(here.agents):  # "Amnesty said the authorities had detained ...": an accusation too
            frames.insert(0, rl.abuse_report(token, frames, here.agents, here.anchors))
        return [f for f in frames if f is not None]
    frame = _interpret(token, ctx)
    return [frame] if frame is not None else []


def _accusation(token: Token, clause: Token, ctx: Context) -> Frame | None:
    """ "X did Y, a rights group charged": an ACCUSE by the speaker toward the one said to act."""
    frame = Frame("ACCUSE", "allege", token, ctx.agents, tuple(sx.kids(clause, "nsubj")), anchors=ctx.anchors)
    return _settle(frame, ctx)


def _interpret(token: Token, ctx: Context) -> Frame | None:
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


def _enter(token: Token, ctx: Context) -> Context:
    """The context inside a verb: its negation, its future and its subject."""
    negated = ctx.negated or ar.is_negated(token)
    future = ctx.future or bool(sx.aux_lemmas(token) & fw.FUTURE_AUX)
    agents = ar.speaker_for_pronoun(ar.agents(token), ctx.speaker) or ctx.agents
    return ctx.down(token, negated=negated, future=future, agents=agents)


def _verb(token: Token, ctx: Context) -> Frame | None:
    word = sx.lemma(token)
    here = _enter(token, ctx)
    if ar.is_opinion(token) or (sx.aux_lemmas(token) & fw.ABILITY_AUX and not here.negated):
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
        frame = rl.moved(token, here.anchors)
        if frame is not None:
            return frame
    obj = sx.direct_object(token)
    if obj is not None and (word, sx.lemma(obj)) in fw.LIGHT_SENSES:  # "declared a ceasefire", "offered an apology"
        return _light(token, obj, here)
    sense = sx.first_sense(token, lx.VERBS.get(word, ()))
    light = ar.light_noun(token) if word in _LIGHT_HOSTS else None
    if light is not None and word in fw.NOUN_VERBS:  # "approved a loan": the noun decides
        frame = _light(token, light, here)
        if frame is not None and frame.category != "AGREE":
            return frame
        light = None
    if word in fw.SENDING_VERBS and (sense is None or sense.category in ("MOBILIZE", "AID")):
        frame = rl.sent_to_help(token, here.agents, here.anchors, sense)  # "will send engineers to help Ukraine"
        if frame is not None:
            return _settle(frame, here)
    if sense is not None and (sense.obj or light is None):
        return _framed(token, sense, here)
    if light is not None:
        frame = _light(token, light, here)
        if frame is not None:
            return frame
    return _through(token, word, here)


def _light(verb: Token, noun: Token, ctx: Context) -> Frame | None:
    """The event a light verb carries: "held talks", "lodged a protest", "launched a mediation effort".

    The verb's own indirect object or preposition supplies a missing recipient ("gave Pakistan an
    ultimatum"); not taking part in an event is a refusal ("will not join the sanctions").
    """
    if sx.lemma(verb) in fw.PARTICIPATION_VERBS and ctx.negated:
        frame = _light(verb, noun, replace(ctx, negated=False, future=False))
        return fr.refuse(replace(frame, future=ctx.future)) if frame is not None else None
    override = fw.LIGHT_SENSES.get((sx.lemma(verb), sx.lemma(noun)))
    if override is not None:
        frame = _framed(noun, override, replace(ctx, depth=ctx.depth + 1), comp=ar.complement(verb))
    else:
        frame = _noun(noun, ctx, comp=sx.kid(verb, "ccomp"))
    told = sx.kids(verb, "dative")  # "gave Pakistan an ultimatum": the one given it receives it
    if frame is not None and (told or not frame.recipients):
        frame = replace(frame, recipients=tuple(ar.verb_recipients(verb, frame.category, noun)))
    if frame is None and sx.lemma(noun) in fw.FRAME_NOUNS:  # "took steps to enhance freedoms"
        return _purpose(verb, ctx)
    if frame is None and sx.lemma(noun) in fw.DOCUMENT_NOUNS:
        clause = sx.kid(noun, "acl", "relcl", "ccomp") or sx.kid(verb, "ccomp")
        if clause is not None and (clause.dep_ == "ccomp" or ar.obligation(clause) is not None):
            return _reported(verb, clause, ctx, carried=False)  # "a reminder to Iraq that it must cooperate"
        return _interpret(clause, ctx.down(noun)) if clause is not None else None
    return frame


def _through(token: Token, word: str, ctx: Context) -> Frame | None:
    """Events a verb only frames: complements of "try", "plan", "fail"; nouns after "for", "no chance of"."""
    clause = sx.kid(token, "xcomp", "ccomp")
    wanted = _wanted(token, clause, ctx) if word in fw.WISH_VERBS and clause is not None else None
    if wanted is not None:
        return wanted
    comp = sx.kid(token, "xcomp") or ar.first([c for c in sx.prep_objects(token, ("to", "on")) if c.pos_ == "VERB"])
    if comp is not None:
        inner = replace(ctx, agents=ar.controller(token, ctx.agents))
        if word in fw.TRANSPARENT_VERBS:
            return _interpret(comp, inner)
        if word in fw.FUTURE_VERBS:
            return _interpret(comp, replace(inner, future=True))
        if word in fw.NEGATING_VERBS:
            return _interpret(comp, replace(inner, negated=not ctx.negated))
        if word in fw.READINESS:
            sub = _interpret(comp, replace(inner, negated=False, future=False))
            return _settle(fr.intent(_plain("AGREE", token, ctx), sub), ctx)
    for noun in sx.kids(token, "dobj", "attr", "nsubj"):
        frame = _negating_noun(noun, ctx)
        if frame is not None:
            return frame
        if sx.lemma(noun) == "responsibility":  # "claimed responsibility for the attack"
            done = [n for n in sx.prep_objects(noun, ("for",)) if n.pos_ == "NOUN"]
            if done:
                return _noun(done[0], replace(ctx, depth=ctx.depth + 1))
    frame = _subject_event(token, word, ctx)
    if frame is not None:
        return frame
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


def _subject_event(token: Token, word: str, ctx: Context) -> Frame | None:
    """An event named by the subject of a verb that names none ("fighting broke out", "the talks between X
    and Y ended"); an ended fighting is a ceasefire."""
    subject = sx.kid(token, "nsubj", "nsubjpass")
    if subject is None or subject.pos_ != "NOUN":
        return None
    bare = sx.direct_object(token) is None
    parties = ar.participants(subject)
    if not parties and not (bare and word in fw.ASPECT_VERBS | fw.ENDING_VERBS):
        return None
    frame = _noun(subject, replace(ctx, agents=()))
    if frame is not None and bare and word in fw.ENDING_VERBS and frame.category == "ASSAULT":
        return replace(frame, category="RETREAT", mode="ceasefire")
    if frame is not None and bare and word in fw.ENDING_VERBS and not parties:
        return None  # "the meeting ended": nothing said of who met
    return frame


def _copula(token: Token, ctx: Context) -> Frame | None:
    """ "is willing to", "is due to", "there is no chance of ...", "... is out of the question"."""
    adj = sx.kid(token, "acomp")
    if adj is not None:
        return _adjective(adj, ctx)
    comp = sx.kid(token, "xcomp")
    if comp is not None and comp.pos_ == "VERB":  # "X is to visit Y"
        return _interpret(comp, ctx.down(token, future=True))
    for noun in sx.prep_objects(token, ("on", "in", "under")):  # "has been on hunger strike"
        if noun.pos_ == "NOUN" and sx.lemma(noun) in lx.NOUNS:
            return _light(token, noun, ctx)
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


def _adjective(token: Token, ctx: Context) -> Frame | None:
    word = sx.lemma(token)
    if any(c.lower_ == "as" for c in views.children(token)):  # "as opposed to", "as ready as"
        return None
    comp = sx.kid(token, "xcomp") or ar.first(sx.prep_objects(token, ("to", "for", "of")))
    if comp is None:
        return None
    if word in fw.FUTURE_ADJECTIVES:
        return _interpret(comp, ctx.down(token, future=True))
    if word in fw.INTENT_ADJECTIVES:
        sub = _interpret(comp, ctx.down(token, negated=False, future=False))
        return _settle(fr.intent(_plain("AGREE", token, ctx), sub), ctx)
    if word in fw.GUILT_ADJECTIVES:  # "guilty of violating the ceasefire"
        return _interpret(comp, ctx.down(token))
    if word in fw.REFUSAL_ADJECTIVES:
        sub = _interpret(comp, ctx.down(token, negated=False, future=False))
        frame = replace(_plain("REJECT", token, ctx), mode=fr.demand_mode(sub),
                        recipients=sub.recipients if sub else ())
        return _settle(frame, ctx)
    return None


def _reported(token: Token, clause: Token, ctx: Context, *, carried: bool = True) -> Frame | None:
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
        frame = Frame("REQUEST", fr.demand_mode(sub), token, tuple(speaker), tuple(sx.kids(clause, "nsubj")),
                      anchors=(token, *ctx.anchors))
        return _settle(frame, ctx)
    frame = _interpret(clause, inner)
    if frame is None and sx.lemma(token) in fw.WARN_VERBS and ar.retaliation(clause):
        frame = Frame("THREATEN", None, clause, anchors=(token, *ctx.anchors))  # "would respond with force if"
    if frame is None:
        return None
    if not frame.agents and speaker:  # "US officials said that lifting sanctions was out of the question"
        frame = replace(frame, agents=speaker)
    if sx.lemma(token) in fw.WARN_VERBS and frame.category not in ("THREATEN", "REJECT"):
        if not ar.retaliation(clause):
            return None  # "warned that prices would rise"
        frame = replace(frame, category="THREATEN", mode=fr.threat_mode(frame))  # "would file a protest if"
    if sx.lemma(token) in fw.WARN_VERBS and not frame.recipients:  # "warned Kosovo that ..."
        frame = replace(frame, recipients=tuple(sx.kids(token, "dobj", "dative")))
    return _settle(frame, ctx) if ctx.negated else frame


# ----------------------------------------------------------------------------- nouns


def _noun(token: Token, ctx: Context, *, comp: Token | None = None) -> Frame | None:
    word = sx.lemma(token)
    if word in fw.FRAME_NOUNS:
        inner = ar.framed_noun(token)
        if inner is not None:
            return _noun(inner, ctx, comp=comp)
        clause = sx.kid(token, "acl", "relcl")  # "Germany's decision to send tanks": Germany sends
        owners = tuple(ar.noun_agents(token))
        return _interpret(clause, ctx.down(token, agents=owners or None)) if clause is not None else None
    sense = sx.first_sense(token, lx.NOUNS.get(word, ()), noun=True)
    if sense is None:
        return None
    negated = ctx.negated or any(c.lower_ == "no" for c in sx.kids(token, "det"))
    agents = tuple(ar.noun_agents(token))
    if not agents or all(a.pos_ == "PRON" for a in agents):  # "its readiness": whose, the clause says
        agents = ctx.agents or tuple(ar.between(token)) or agents  # "the talks between X and Y"
    if sense.category == "MOBILIZE" and ar.joint(token, agents):
        sense = sn.Sense("COOPERATE")
    here = replace(ctx, negated=negated, agents=agents, depth=ctx.depth + 1)
    return _framed(token, sense, here, comp=comp)


def _negating_noun(noun: Token, ctx: Context) -> Frame | None:
    """ "no chance of Moscow telling X to ...", "no question of Russia asking ...": a negated event."""
    if sx.lemma(noun) not in fw.CONTROL_NOUNS_NEGATING:
        return None
    if not any(c.lower_ == "no" for c in views.children(noun)) and not ctx.negated:
        return None
    comp = sx.kid(noun, "acl", "xcomp") or ar.first(sx.prep_objects(noun, ("of", "for")))
    if comp is None:
        return None
    agents = tuple(o for o in sx.prep_objects(noun, ("of",)) if o.i != comp.i) or ctx.agents
    return _interpret(comp, ctx.down(noun, negated=True, agents=agents))


# ----------------------------------------------------------------------------- frames


def _framed(cue: Token, sense: sn.Sense, ctx: Context, *, comp: Token | None = None) -> Frame | None:
    """Build the frame of a cue word with ``sense``, reading its complement for the mode."""
    comp = comp or ar.complement(cue)
    sub = None
    if comp is not None:
        sub_agents = ar.controller(cue, ctx.agents) if comp.dep_ in ("xcomp", "ccomp") else ()
        sub = _interpret(comp, ctx.down(cue, negated=False, future=False, agents=sub_agents))
    frame = Frame(sense.category, sense.mode, cue, ctx.agents, tuple(ar.recipients(cue, sense.category)),
                  anchors=(cue, *ctx.anchors))
    frame = rl.roles(frame, cue, sense)
    word = sx.lemma(cue)
    if sub is not None and word in fw.COMMAND_VERBS and sub.category not in sn.VERBAL_CONFLICT | {"AGREE"} \
            and (ar.own_forces(cue) or sub.category == "COERCE"):  # "ordered its troops to withdraw": done
        return _settle(replace(sub, agents=frame.agents, anchors=frame.anchors), ctx)
    if word in fw.SENDING_VERBS:
        purpose = _purpose(cue, ctx)
        if purpose is not None and purpose.category in ("ACCUSE", "CONSULT"):
            return _settle(replace(purpose, agents=frame.agents), ctx)
    return fr.conditional(_settle(_refine(frame, sub, comp, cue), ctx), cue)


def _purpose(cue: Token, ctx: Context) -> Frame | None:
    """The event a "to"-clause of purpose names ("sent personnel to investigate")."""
    for clause in sx.kids(cue, "advcl", "xcomp"):
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in views.children(clause)):
            return _interpret(clause, ctx.down(cue, negated=False, future=False))
    return None


def _refine(frame: Frame, sub: Frame | None, comp: Token | None, cue: Token) -> Frame:
    """Use the complement's event for the mode, intent and recipients of a framing cue."""
    cat = frame.category
    if cat == "AGREE" and (sx.lemma(cue) in fw.INTENT_VERBS or sub is None or sub.category in ("CONCEDE", "RETREAT")):
        frame = fr.intent(frame, sub, yielded=ar.yielding(cue) or (comp is not None and ar.yielding(comp)))
    elif cat in ("REQUEST", "REJECT") and sub is not None:
        frame = replace(frame, mode=frame.mode or fr.demand_mode(sub))
    elif cat == "THREATEN" and sub is not None:
        frame = replace(frame, mode=frame.mode or fr.threat_mode(sub))
    if sub is not None and not frame.recipients:
        heirs = sub.recipients
        if frame.category == "REQUEST" and comp is not None and comp.dep_ == "ccomp":
            heirs = sub.agents or heirs
        frame = replace(frame, recipients=heirs)
    return frame


def _plain(category: str, cue: Token, ctx: Context) -> Frame:
    """A frame of ``category`` on ``cue`` with the context's agents and no mode or recipient."""
    return fr.plain(category, cue, ctx.agents, ctx.anchors)


def _settle(frame: Frame | None, ctx: Context) -> Frame | None:
    """Apply the context's negation and future (:func:`newsgraph.events.frames.settle`)."""
    return fr.settle(frame, negated=ctx.negated, future=ctx.future)


# ----------------------------------------------------------------------------- parts


def _wanted(token: Token, comp: Token, ctx: Context) -> Frame | None:
    """ "Bangkok wanted Myanmar's military to release ...": wanting another to act is a REQUEST of them."""
    told = sx.kids(comp, "nsubj") or sx.kids(token, "dobj")
    wanter = ctx.agents or ar.agents(token)
    if not told or not wanter or ar.same_party(told, wanter) or told[0].lower_ in ("it", "we", "i", "you"):
        return None
    if any(w.lower_ in ("we", "i", "you") for w in (*wanter, *ar.agents(token))):
        return None  # "we want the Syrian people to choose": a wish voiced, not a demand reported
    sub = _interpret(comp, ctx.down(token, negated=False, future=False, agents=tuple(told)))
    frame = Frame("REQUEST", fr.demand_mode(sub), token, wanter, tuple(told), anchors=(token, *ctx.anchors))
    return _settle(frame, ctx)
