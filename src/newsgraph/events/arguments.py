"""The parts of an event read off the parse: who acts, who receives, what is framed, what negates.

Pure helpers over spaCy tokens, used by :mod:`newsgraph.events.coder`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events import syntax as sx
from newsgraph.nlp import views

# Prepositions whose object receives the event, by category (direct objects always do).
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "to", "between"), "REQUEST": ("on", "upon", "to"), "ACCUSE": ("with", "against", "on", "of"),
    "AID": ("to", "for"), "RETREAT": ("to", "from"), "SANCTION": ("on", "against", "with", "to", "from"),
    "THREATEN": ("against", "with", "on", "to"),
    "ASSAULT": ("on", "against", "at", "upon", "into", "toward", "towards"), "COERCE": ("on", "against", "in", "at"),
    "MOBILIZE": ("against", "toward", "towards", "along", "to", "near", "around", "off"),
    "PROTEST": ("against",), "SUPPORT": ("for", "to", "with"), "REJECT": ("from", "by"),
    "AGREE": ("with", "to", "for"), "CONCEDE": ("to",), "COOPERATE": ("with", "to"),
}
_MATERIAL = frozenset({"COOPERATE", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"})
_LETTING = frozenset({"allow", "permit", "let"})
_TARGET_PREPS = ("at", "against", "on", "upon", "into", "toward", "towards")
_GIVING = frozenset({"AID", "COOPERATE", "RETREAT", "AGREE"})
_VERBAL_COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE"})
_YIELD_PREPS = frozenset({"after", "following", "amid", "under", "in", "over"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITIONS = frozenset({"if", "unless", "until", "whether", "once", "should"})


def out_of_question(token: Token) -> bool:
    """Whether a copula says "... is out of the question"."""
    return any(c.lower_ == "out" and any(t.lower_ == "question" for t in c.subtree) for c in views.children(token))


def framed_noun(token: Token) -> Token | None:
    """The event noun inside "a mediation effort" or "ten days of war games"."""
    for c in views.children(token):
        if c.dep_ == "compound" and sx.lemma(c) in lx.NOUNS:
            return c
    for obj in sx.prep_objects(token, ("of",)):
        if sx.lemma(obj) in lx.NOUNS:
            return obj
    return None


def joint(token: Token, agents: tuple[Token, ...]) -> bool:
    """Whether military exercises are joint: "joint", "with X", or several armies ("French and Egyptian")."""
    if any(sx.lemma(c) == "joint" for c in views.children(token)) or sx.prep_objects(token, ("with",)):
        return True
    named = [a for a in agents if a.ent_type_ in ("GPE", "NORP", "ORG")]
    return len(named) > 1 or any(c.conjuncts for a in agents for c in views.children(a) if c.dep_ == "amod")


def noun_agents(token: Token) -> list[Token]:
    """Who carried out an event named by a noun: "Israel's invasion", "Palestinian riots", "attacks by X".

    For forces moved, whose forces they are: "the deployment of Kenyan police".
    """
    found = sx.prep_objects(token, ("by",))
    if sx.lemma(token) in fw.FORCE_NOUNS and not found:
        found = [o for o in sx.prep_objects(token, ("of",))
                 if any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in (o, *views.children(o)))]
    for c in views.children(token):
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")):
            found.append(c)
    return sx.with_conjuncts(found)


def controller(cue: Token, inherited: tuple[Token, ...]) -> tuple[Token, ...]:
    """Who is to act in a complement: the object of "urged X to", otherwise the subject."""
    if sx.lemma(cue) in fw.OBJECT_CONTROL:
        obj = sx.kid(cue, "dobj")
        if obj is not None:
            return (obj,)
    return agents(cue) or inherited


def speaker_for_pronoun(found: tuple[Token, ...], speaker: tuple[Token, ...]) -> tuple[Token, ...]:
    """In reported speech a pronoun subject is the speaker ("Syria says it will ...", "... their forces had")."""
    if found and speaker and all(a.lower_ in sx.PRONOUNS or owned_forces(a) for a in found):
        return speaker
    return found


def between(noun: Token) -> list[Token]:
    """The parties "between" or "among" whom an event named by a noun takes place."""
    return sx.with_conjuncts(sx.prep_objects(noun, ("between", "among")))


def participants(noun: Token) -> list[Token]:
    """Who an event noun says took part: "talks *between X and Y*", "*Israel's* release", "call-up *by X*",
    "the arrest *of three opposition leaders*"."""
    if sx.lemma(noun) not in lx.NOUNS and sx.lemma(noun) not in fw.FRAME_NOUNS:
        return []
    if sx.lemma(noun) in fw.AMBIGUOUS_NOUNS and not any(s.obj or s.prep for s in lx.NOUNS.get(sx.lemma(noun), ())
                                                          if sx.matches(noun, s, noun=True)):
        return []  # "the strike by Arsenal's forward": a word of sport or business as much as of politics
    parties = [o for o in sx.prep_objects(noun, ("of",)) if o.ent_type_ in ("NORP", "GPE", "PERSON")
               or sx.in_classes(sx.words_of(o), ("persons", "leaders", "troops", "police", "captives"))]
    return noun_agents(noun) or between(noun) or parties


def watchdog(speaker: tuple[Token, ...]) -> bool:
    """Whether the one who speaks is a rights group or monitor ("Amnesty", "Reporters Without Borders")."""
    return any(sx.in_classes(sx.words_of(t), ("watchdogs",))
               or (t.ent_type_ == "ORG" and sx.words_of(t) & {"reporter", "journalist"}) for t in speaker)


def crowd(agents: tuple[Token, ...]) -> bool:
    """Whether those who act are protesters, rioters or a mob."""
    return bool(agents) and all(sx.in_classes(sx.words_of(t), ("protesters",)) for t in agents)


def verb_recipients(verb: Token, category: str, noun: Token) -> list[Token]:
    """Recipients a light verb names for its event noun ("gave *Pakistan* an ultimatum", "a loan *to Ghana*")."""
    found = [*sx.kids(verb, "dative"), *sx.prep_objects(verb, RECIPIENT_PREPS.get(category, ()))]
    return [t for t in sx.with_conjuncts(found) if t.i != noun.i and t.pos_ in ("NOUN", "PROPN", "PRON")]


def yielding(token: Token) -> bool:
    """Whether a predicate answers pressure: "after protests", "in response to demands", "under pressure"."""
    for prep in sx.kids(token, "prep"):
        if prep.lower_ not in _YIELD_PREPS:
            continue
        for obj in sx.kids(prep, "pobj"):
            if sx.lemma(obj) == "response":
                obj = next(iter(sx.prep_objects(obj, ("to",))), obj)
            if sx.in_classes(sx.words_of(obj), ("pressures",)):
                return True
    return False


def retaliation(clause: Token) -> bool:
    """Whether a warning says what would be done in return: "would respond with force", "would act if ..."."""
    if not sx.aux_lemmas(clause) & {"will", "wo", "would", "could", "shall", "'ll", "'d"}:
        return False
    if any(sx.lemma(t) in fw.RETALIATION_WORDS for t in clause.subtree):
        return True
    subject = sx.kid(clause, "nsubj")  # "it would act if ...", not "inflation could rise if ..."
    return has_condition(clause) and subject is not None and (subject.pos_ == "PRON" or bool(subject.ent_type_))


def has_condition(token: Token) -> bool:
    """Whether a predicate carries a condition clause ("would veto it *if* ...")."""
    return any(c.dep_ == "advcl" and is_condition(c) for c in views.children(token))


def own_forces(cue: Token) -> bool:
    """Whether a command is to the commander's own people ("its troops") or to no one named."""
    told = sx.kid(cue, "dobj")
    return told is None or sx.lemma(told) in lx.NOUNS or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in views.children(told))


def complement(cue: Token) -> Token | None:
    """The action a cue frames: its clause complement, event-noun object, or "for/of/with/on" object."""
    comp = sx.kid(cue, "xcomp", "ccomp", "acl")
    if comp is not None:
        return comp
    infinitives = [c for c in sx.kids(cue, "advcl") if any(a.lower_ == "to" for a in sx.kids(c, "aux"))]
    if infinitives and sx.lemma(cue) in fw.INTENT_VERBS:
        return infinitives[0]
    obj = sx.direct_object(cue)
    if obj is not None and obj.pos_ == "NOUN" and sx.lemma(obj) in lx.NOUNS:
        return obj
    for found in sx.prep_objects(cue, ("for", "of", "with", "on", "into", "to")):
        if found.pos_ == "VERB" or sx.lemma(found) in lx.NOUNS:
            return found
    return None


def light_noun(token: Token) -> Token | None:
    """The event noun a light verb carries ("held *talks*", "put under *investigation*")."""
    obj = sx.direct_object(token)
    if obj is not None and carries_event(obj):
        return obj
    for found in sx.prep_objects(token, ("under", "on", "in", "into")):
        if sx.lemma(found) in lx.NOUNS and sx.lemma(token) in fw.IN_LIGHT_VERBS:
            return found
    return None


def carries_event(noun: Token) -> bool:
    """Whether a noun names an event or frames one ("a mediation effort", "a declaration demanding")."""
    word = sx.lemma(noun)
    return noun.pos_ in ("NOUN", "PROPN") and (word in lx.NOUNS or word in fw.FRAME_NOUNS
                                               or word in fw.DOCUMENT_NOUNS)


def agents(token: Token) -> tuple[Token, ...]:
    """Who does what a verb says: its subject, or the "by" phrase of a passive, with conjuncts."""
    if sx.is_passive(token):
        by = sx.prep_objects(token, ("by",))
        if not by and sx.lemma(token) in fw.STATE_PASSIVES:  # "Vietnam is committed to ..."
            by = sx.kids(token, "nsubjpass")
        return tuple(sx.with_conjuncts(by))
    subj = [c for c in views.children(token) if c.dep_ in ("nsubj", "csubj")]
    if not subj and token.dep_ in ("conj", "advcl", "xcomp") and token.head.i != token.i:
        return agents(token.head)
    if token.dep_ == "relcl" and subj and subj[0].lower_ in ("who", "which", "that"):
        return (token.head,)  # "the activist, who has been on hunger strike": the activist
    return tuple(sx.with_conjuncts(subj))


def recipients(cue: Token, category: str) -> list[Token]:
    """Who an event is done to: the object, the passive subject, or a preposition's object by category."""
    found: list[Token] = []
    obj = sx.kid(cue, "dobj", "dative") if cue.pos_ != "NOUN" else None
    if cue.pos_ != "NOUN" and sx.is_passive(cue):
        obj = sx.kid(cue, "nsubjpass")
    if obj is not None and category in _GIVING and _given_to(cue, obj):
        found.extend(_given_to(cue, obj))  # "extended a loan of $1bn to Sri Lanka"
        obj = None
    if obj is not None and category == "MOBILIZE" and sx.in_classes(sx.words_of(obj), ("troops", "police")):
        found.extend(sx.prep_objects(obj, ("in", "to", "along", "near")))  # "its forces in Lebanon"
        obj = None  # the forces moved are the mover's own
    if obj is not None and _owned(obj):  # one's own: "recalled its ambassador from Madrid", "its border with X"
        found.extend(sx.prep_objects(obj, ("with", "from", "to", "in", "on")))
        obj = None
    if obj is not None and sx.in_classes(sx.words_of(obj), ("weapons", "materiel", "missiles", "riotgear")) \
            and sx.prep_objects(cue, _TARGET_PREPS):
        obj = None  # what is fired at someone is not the target ("launched missiles at Kyiv")
    if obj is not None and sx.lemma(obj) not in lx.NOUNS:
        found.append(obj)
    elif obj is not None:
        found.extend(owners(obj) or between(obj))
    found.extend(sx.kids(cue, "dative"))
    if not found or category in ("CONSULT", "COOPERATE"):  # "visited London for talks with Hague"
        found.extend(sx.prep_objects(cue, RECIPIENT_PREPS.get(category, ())))
        for purpose in sx.prep_objects(cue, ("for",)) if category == "CONSULT" else ():
            found.extend(sx.prep_objects(purpose, ("with",)))
    if not found and obj is not None and category in _MATERIAL:  # "suspended aid deliveries in Baghdad"
        found.append(obj)
    if not found and sx.lemma(cue) in _LETTING:  # "will not allow Sweden to join": the one let
        found.extend(s for c in sx.kids(cue, "ccomp", "xcomp") for s in sx.kids(c, "nsubj"))
    if not found and category == "THREATEN":  # "warned of consequences if Finland joined NATO"
        found.extend(s for c in sx.kids(cue, "advcl") if is_condition(c) for s in sx.kids(c, "nsubj"))
    if not found and cue.pos_ == "NOUN" and category in ("REJECT", "REQUEST", "AGREE", "CONSULT"):
        found.extend(owners(cue))
    if cue.pos_ == "NOUN" and category in ("CONSULT", "COOPERATE", "AGREE"):
        found.extend(between(cue))
    found = [t for t in sx.with_conjuncts(found) if t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")]
    if category in _VERBAL_COOPERATION:  # "discussed the situation in Haiti": a topic, not a party
        found = [t for t in found if t.ent_type_ or not sx.in_classes(sx.words_of(t), ("topics",))]
    return found


def _owned(noun: Token) -> bool:
    """Whether a noun is the subject's own ("its troops", "their ambassador")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their", "our", "his", "her")
               for c in views.children(noun))


def owned_forces(noun: Token) -> bool:
    """Whether a noun names one's own forces ("their forces", "its troops")."""
    return _owned(noun) and sx.in_classes(sx.words_of(noun), ("troops", "police"))


def sent_abroad(cue: Token) -> bool:
    """Whether something is sent "to" a country ("sent troops to Mozambique"), not to a place or into one."""
    obj = sx.direct_object(cue)
    holders = [cue, *([obj] if obj is not None else [])]
    return any(t.ent_type_ == "GPE" for h in holders for t in sx.prep_objects(h, ("to",)))


def _given_to(cue: Token, obj: Token) -> list[Token]:
    """Who something given goes to: "to/for" on the verb, on the gift or on the gift's "of" phrase."""
    holders = [cue, obj, *sx.prep_objects(obj, ("of",))]
    return [t for h in holders for t in sx.prep_objects(h, ("to", "for")) if t.pos_ in ("NOUN", "PROPN")]


def owners(noun: Token) -> list[Token]:
    """Whose proposal, demand or appeal a noun is ("an Indian proposal", "calls by Belarus's rulers")."""
    found = sx.prep_objects(noun, ("by", "from", "of"))
    found.extend(c for c in views.children(noun) if c.dep_ in ("poss", "amod", "compound") and c.ent_type_)
    return found


def obligation(comp: Token) -> Token | None:
    """The action in "X must go", "X should leave", "X has to return", or None."""
    if sx.aux_lemmas(comp) & OBLIGATION_AUX:
        return comp
    if sx.lemma(comp) in ("have", "need") and sx.kid(comp, "xcomp") is not None:
        xcomp = sx.kid(comp, "xcomp")
        return xcomp if xcomp is not None and any(c.lower_ == "to" for c in views.children(xcomp)) else None
    return None


def same_party(subjects: list[Token], speaker: tuple[Token, ...]) -> bool:
    """Whether an obligation is the speaker's own ("we must do more") or no one's ("one must"), not a demand."""
    if not subjects or not is_specific(subjects[0]):
        return True
    first = subjects[0]
    if first.pos_ != "PRON":
        return any(first.i == s.i for s in speaker)
    return first.lower_ in ("we", "i", "it") or not speaker


def is_negated(token: Token) -> bool:
    """Whether a predicate is negated ("did not", "never", "no one arrested")."""
    if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in views.children(token)):
        return True
    return any(c.lower_ == "no" and c.dep_ == "det" for s in sx.kids(token, "nsubj") for c in views.children(s))


def first(tokens: list[Token]) -> Token | None:
    """The first of ``tokens``, or None."""
    return tokens[0] if tokens else None


def is_condition(token: Token) -> bool:
    """Whether a clause is a condition or a time limit ("if war starts", "unless Baghdad accepts")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in views.children(token))


def is_opinion(token: Token) -> bool:
    """Whether "agree" only shares a view ("I agree with Mr Forsyth"), with nothing agreed to."""
    if sx.lemma(token) not in ("agree", "disagree") or sx.kids(token, "xcomp", "ccomp", "dobj"):
        return False
    if sx.prep_objects(token, ("to", "on", "upon", "over")):
        return False
    subject = sx.kid(token, "nsubj")
    return bool(sx.prep_objects(token, ("with",))) or subject is None or subject.lower_ in ("i", "we", "you")


def is_question_or_command(token: Token) -> bool:
    """Whether a sentence asks ("Who will support them?") or orders ("Don't let them wreck it")."""
    sent = token.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_punct or t.text == "?"), None)
    if last is not None and last.text == "?":
        return True
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in views.children(root)):
        return False
    return all(sx.lemma(c) == "do" for c in views.children(root) if c.dep_ == "aux")  # "Don't let them ..."


def is_specific(subject: Token) -> bool:
    """Whether an obligation's subject names someone ("the government must", "Syria must"), not "one must"."""
    if subject.ent_type_ or subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "it")
    return any((c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every"))
               or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_) for c in views.children(subject))
