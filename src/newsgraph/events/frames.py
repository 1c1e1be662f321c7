"""Event frames and PLOVER's rules for negation, the future, intent and conditions.

A *frame* is the event read off a predicate: its category, mode, cue, agent and recipient
phrases (as head tokens) and its negation and future flags. ``settle`` applies what PLOVER says
of negated and future events:

- a negated cooperation or request is a REJECT ("won't pressure"); a negated promise of force or
  protest a promise of restraint (AGREE, "will not strike"); a negated promise of sanctions or
  deployments a refusal (REJECT, "will not send troops"); other negated events are no events;
- future or intended CONSULT, SUPPORT, COOPERATE, AID (and RETREAT, as PLOVER's gold records code
  "will release") are AGREE; a concession stays a CONCEDE, since the manual counts promised
  concessions as concessions ("will ease the rules"); future force, sanctions or protest are
  THREATEN.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsgraph.events import arguments as ar
from newsgraph.events import framing as fw
from newsgraph.events import senses as sn
from newsgraph.events import syntax as sx

# Cooperation that, promised or planned, is an AGREE (PLOVER's AGREE: "all cooperative actions
# reported in future tense"); CONCEDE is verbal already and stays a CONCEDE.
PROMISABLE = sn.COOPERATIVE - {"CONCEDE"}
# Force and protest that, promised not to happen, are a promise of restraint ("the union will not strike").
_RESTRAINABLE = frozenset({"ASSAULT", "COERCE", "PROTEST"})


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
class Context:
    """What the coder knows of a predicate from those above it."""

    agents: tuple[Token, ...] = ()  # subject inherited from a controlling verb
    speaker: tuple[Token, ...] = ()  # who said it, for pronoun subjects of reported speech
    negated: bool = False
    future: bool = False
    anchors: tuple[Token, ...] = ()
    depth: int = 0

    def down(self, token: Token, *, negated: bool | None = None, future: bool | None = None,
             agents: tuple[Token, ...] | None = None) -> Context:
        """The context one predicate further down, with ``token`` as the nearest anchor (None: unchanged)."""
        return replace(self, anchors=(token, *self.anchors), depth=self.depth + 1,
                       negated=self.negated if negated is None else negated,
                       future=self.future if future is None else future,
                       agents=self.agents if agents is None else agents)


def plain(category: str, cue: Token, agents: tuple[Token, ...], anchors: tuple[Token, ...]) -> Frame:
    """A frame of ``category`` on ``cue`` with no mode or recipient."""
    return Frame(category, None, cue, agents, anchors=(cue, *anchors))


def settle(frame: Frame | None, *, negated: bool, future: bool) -> Frame | None:
    """Apply negation and the future as PLOVER codes them."""
    if frame is None:
        return None
    if negated:
        if frame.category in sn.COOPERATIVE or frame.category == "REQUEST":
            return replace(frame, category="REJECT", mode=demand_mode(frame), negated=False)
        if future and frame.category in _RESTRAINABLE:  # "will not strike": a promise of restraint
            return replace(frame, category="AGREE", mode=None, future=True)
        if future and frame.category in sn.MATERIAL_CONFLICT:  # "will not send troops", "will not impose sanctions"
            return refuse(frame)
        return replace(frame, negated=True)
    if future:
        if frame.category in PROMISABLE:
            return replace(frame, category="AGREE", mode=None, future=True)
        if frame.category in sn.MATERIAL_CONFLICT:
            return replace(frame, category="THREATEN", mode=threat_mode(frame), future=True)
        return replace(frame, future=True)
    return frame


def refuse(frame: Frame) -> Frame:
    """A refusal to take part in what ``frame`` names ("will not join the sanctions")."""
    return replace(frame, category="REJECT", mode=demand_mode(frame), negated=False)


def conditional(frame: Frame | None, cue: Token) -> Frame | None:
    """A future refusal or use of force under a condition ("would veto it if ...") is a THREATEN."""
    if frame is None or not frame.future or frame.category not in sn.MATERIAL_CONFLICT | {"REJECT"}:
        return frame
    head = cue
    while head.dep_ in ("xcomp", "ccomp", "conj") and head.head.i != head.i and not ar.has_condition(head):
        head = head.head
    if not ar.has_condition(head):
        return frame
    mode = threat_mode(frame) if frame.category != "REJECT" else "relations"
    return replace(frame, category="THREATEN", mode=mode)


def intent(frame: Frame, sub: Frame | None, *, yielded: bool = False) -> Frame:
    """A promise or offer: AGREE to cooperate, THREATEN to use force, REJECT when promising not to.

    Agreeing to a concession under pressure is acceding to demands, a CONCEDE ("agreed to scrap
    the tax after protests"); a concession merely promised is an AGREE ("promised to democratize").
    """
    yielded = yielded or ar.yielding(frame.cue) or (sub is not None and ar.yielding(sub.cue))
    if yielded and (sub is None or sub.category in ("CONCEDE", "RETREAT")):  # acceding to demands
        base = sub or frame
        return replace(base, category="CONCEDE", mode=None, agents=frame.agents or base.agents,
                       anchors=frame.anchors, future=True)
    if sub is None:
        return frame
    if sx.lemma(frame.cue) in fw.READINESS and sub.category == "ASSAULT":
        return replace(frame, category="MOBILIZE", mode="weapons", recipients=frame.recipients or sub.recipients)
    if sub.category in sn.MATERIAL_CONFLICT or sub.category == "THREATEN":
        mode = "violence" if sub.category in ("ASSAULT", "MOBILIZE") else threat_mode(sub)
        return replace(frame, category="THREATEN", mode=mode, recipients=frame.recipients or sub.recipients)
    if sub.category in sn.VERBAL_CONFLICT:
        return replace(sub, agents=frame.agents or sub.agents, future=True)
    return replace(frame, recipients=frame.recipients or sub.recipients, future=True)


def demand_mode(sub: Frame | None) -> str | None:
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


def threat_mode(sub: Frame) -> str | None:
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
