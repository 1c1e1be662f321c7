"""Who acts and who receives where the category or the verb decides it, not the subject and object.

- a host is the recipient of a visit, but the third party of talks it hosts between others;
- protesters who burn or attack are rioting (PROTEST/riot), not repressing or assaulting;
- forces deployed in the passive belong to whoever their name says ("French riot police were
  deployed"); forces sent to another country are military aid ("sent troops to Mozambique");
- a receiver of aid is its recipient and the "from" phrase its giver;
- an agreement "between X and Y" is X's and Y's;
- a sending whose purpose is to help is aid ("will send engineers to help Ukraine");
- what moves decides the event of verbs of moving ("peacekeeping troops arrived");
- a rights group reporting repression accuses those it names.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.events import arguments as ar
from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events import senses as sn
from newsgraph.events import syntax as sx
from newsgraph.events.frames import PROMISABLE, Frame


def roles(frame: Frame, cue: Token, sense: sn.Sense) -> Frame:
    """The frame with its agents, recipients (and category) as the category and cue say."""
    if sense.mode == sn.HOSTING:
        obj = sx.direct_object(cue)
        if obj is not None and sx.lemma(obj) in lx.NOUNS:  # "hosted talks between X and Y": a third party
            return replace(frame, mode="third-party")
        # PLOVER: the visitor is the source, the host the recipient
        return replace(frame, mode="visit", agents=frame.recipients, recipients=frame.agents)
    crowd = [a for a in frame.agents if ar.crowd((a,))]
    if frame.category in ("COERCE", "ASSAULT") and crowd:  # "protesters set fire to ...", "clashes between police
        others = tuple(a for a in frame.agents if a not in crowd)  # and protesters": a riot by the protesters
        return replace(frame, category="PROTEST", mode="riot", agents=tuple(crowd),
                       recipients=others + frame.recipients)
    if frame.category == "MOBILIZE" and not frame.agents and sx.is_passive(cue):  # "French police were deployed"
        return replace(frame, agents=tuple(sx.kids(cue, "nsubjpass")))
    if frame.category == "MOBILIZE" and sx.lemma(cue) in fw.SENDING_VERBS and ar.sent_abroad(cue):
        return replace(frame, category="AID", mode="military")  # "sent troops to Mozambique": military aid
    if frame.category == "AID" and sx.lemma(cue) in fw.RECEIVING_VERBS:  # "Ukraine received tanks from the US"
        return replace(frame, agents=tuple(sx.prep_objects(cue, ("from",))), recipients=frame.agents)
    obj = sx.direct_object(cue)
    parties = ar.between(obj) if obj is not None and not frame.agents else []
    if parties and frame.category in PROMISABLE:  # "an agreement between X and Y was reached"
        return replace(frame, agents=tuple(parties), recipients=())
    return frame


def sent_to_help(token: Token, agents: tuple[Token, ...], anchors: tuple[Token, ...],
                 sense: sn.Sense | None) -> Frame | None:
    """ "sent engineers to help Ukraine restore its grid": a sending whose purpose is to help is an AID.

    Args:
        token: The verb of sending.
        agents: Who sends.
        anchors: Predicates above the verb.
        sense: The verb's own sense, if one fitted (its AID mode is kept).
    """
    for clause in sx.kids(token, "advcl", "xcomp"):
        if sx.lemma(clause) not in fw.HELP_VERBS or not any(c.lower_ == "to" for c in sx.kids(clause, "aux")):
            continue
        helped = sx.kids(clause, "dobj") or [t for c in sx.kids(clause, "ccomp", "xcomp")
                                             for t in sx.kids(c, "nsubj") or sx.kids(c, "dobj")]
        helped += sx.prep_objects(clause, ("in",))  # "to help earthquake victims in Turkey"
        sent = sx.direct_object(token)
        mode = "military" if sent is not None and sx.in_classes(sx.words_of(sent), ("troops", "materiel")) else None
        mode = sense.mode if sense is not None and sense.category == "AID" else mode
        return Frame("AID", mode, token, agents, tuple(helped), anchors=(token, *anchors))
    return None


def moved(token: Token, anchors: tuple[Token, ...]) -> Frame | None:
    """ "Peacekeeping troops arrived in Bosnia": what moves decides the event."""
    subject = sx.kid(token, "nsubj")
    if subject is None:
        return None
    words = sx.words_of(subject)
    for sense in fw.SUBJECT_SENSES:
        if sx.in_classes(words, sense.obj):
            places = sx.prep_objects(token, ("in", "to", "into"))
            return Frame(sense.category, sense.mode, token, (subject,), tuple(places), anchors=(token, *anchors))
    return None


def abuse_report(token: Token, frames: list[Frame | None], speaker: tuple[Token, ...],
                 anchors: tuple[Token, ...] = ()) -> Frame | None:
    """A rights group reporting repression or violence by others accuses those who did it.

    Args:
        token: The reporting cue ("said", "according").
        frames: The events reported.
        speaker: Who reports them.
        anchors: Predicates above the cue, for the date.
    """
    for frame in frames:
        if frame is not None and frame.category in ("COERCE", "ASSAULT") and not frame.negated \
                and not any(a.i == s.i for a in frame.agents for s in speaker):
            return Frame("ACCUSE", "allege", token, speaker, frame.agents, anchors=anchors)
    return None
