"""Speakers: the noun phrase that says something, and the actor it stands for.

``subject_of`` finds who a reporting verb's subject is (through conjunctions, participles and
relative clauses); ``mention_of`` cuts the speaker mention out of the parse; ``Resolver`` maps a
mention to an actor, resolving pronouns ("he", "it") and descriptions ("the coalition",
"the minister") to the most salient compatible actor mentioned before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.nlp import views
from newsgraph.quotes.lexicon import (
    ACT_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_MARKERS,
    FEMALE_PRONOUNS,
    MALE_MARKERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
)
from newsgraph.quotes.lookup import actor_at, bare_name, canonical
from newsgraph.records import Actor

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_LEFT_DEPS = frozenset("det amod compound nmod poss nummod quantmod case punct".split())
_RELATIVE = frozenset("who which that whom".split())
_INHERIT_DEPS = frozenset("conj xcomp advcl pcomp".split())
_DEMONYM = ("ian", "ese", "ish", "ean", "an", "i")


def detached_from(verb: Token) -> Token | None:
    """The reporting verb whose subject also did ``verb``, when ``verb`` only looks like part of the report.

    In "X said the government was deaf to the street and called for a strike", the parser makes
    "called" a conjunct inside the reported clause; it is X's act, not the government's. A
    subjectless conjunct of a reported clause is detached when it is a speech act in the same
    tense as the reporting verb and the clause's own subject is not a pronoun (which would make
    it the speaker's: "X said it was following events and hoped ...").
    """
    if verb.dep_ != "conj" or verb.lemma_.lower() not in ACT_VERBS \
            or any(c.dep_ in _SUBJ for c in views.children(verb)):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    reporter = head.head
    if head.dep_ != "ccomp" or reporter.lemma_.lower() not in REPORTING_VERBS:
        return None
    subj = [c for c in views.children(head) if c.dep_ in _SUBJ]
    if not subj or subj[0].pos_ == "PRON" or verb.tag_ != reporter.tag_:
        return None
    return reporter


def subject_of(verb: Token, *, inherit: bool = True, depth: int = 0) -> Token | None:
    """The subject of ``verb``, inherited from the governing verb when it has none (and ``inherit``).

    "Reuters quoted an official as saying": the one quoted is the speaker, not the agency.
    """
    if verb.lemma_.lower() == "quote":
        quoted = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if quoted:
            return quoted[0]
    for child in views.children(verb):
        if child.dep_ in _SUBJ:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            if child.dep_ == "nsubjpass" and child.lower_ == "it":
                return None
            return child
        if child.dep_ == "agent":
            pobj = [c for c in views.children(child) if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    reporter = detached_from(verb)
    if reporter is not None:
        return subject_of(reporter, depth=depth + 1)
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "X was quoted as saying ...", "before adding ..."
    if inherit and depth < 3 and verb.dep_ in _INHERIT_DEPS and head.i != verb.i:
        return subject_of(head, depth=depth + 1)
    return None


def speaker_token(subject: Token, *, lead: int = -1) -> Token:
    """The token to take as speaker for a subject: past a dateline, and the name in an apposition.

    "The head of the union, Marc Lefevre, said" is said by Marc Lefevre; a subject the parser
    found in a wire dateline ("EL PASO, Texas (AP) — Rep. Lopez said") is moved to the first noun
    phrase after it.
    """
    tok = subject
    if tok.idx < lead:
        after = [t for t in tok.doc[tok.i:] if t.idx >= lead and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if after:
            tok = after[0]
            while tok.dep_ in ("compound", "flat", "poss") and tok.head.i > tok.i:
                tok = tok.head
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
        for child in views.children(tok):
            if child.dep_ == "appos" and child.pos_ == "PROPN" and (tok.pos_ == "NOUN" or child.ent_type_ == "PERSON"):
                return child  # "The head of the union, Marc Lefevre"; "The Lord Chancellor, Lord Falconer"
    return tok


def _subtree_text(token: Token) -> str:
    return "".join(t.text_with_ws for t in token.subtree)


def mention_of(head: Token) -> tuple[int, int]:
    """Character span of the speaker noun phrase headed by ``head``.

    Determiners, modifiers, compounds and "of"/"for" phrases are kept ("a spokesman for the
    ministry"); appositions and relative clauses are not ("Mr Smith, who ...").
    """
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head.text)
    left = head
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and child.dep_ != "punct":
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = head
    for child in head.rights:
        if child.dep_ == "prep" and (child.lower_ in ("of", "for", "at", "from") or (
                child.lower_ == "by" and head.lemma_.lower() in DOCUMENT_NOUNS)) and "," not in _subtree_text(child):
            right = max(right, child.right_edge, key=lambda t: t.i)
        elif child.dep_ in ("compound", "nummod") or (child.dep_ == "punct" and child.text == "-"):
            right = max(right, child.right_edge, key=lambda t: t.i)
        else:
            break
    while left.i < right.i and left.is_punct:
        left = left.nbor()
    while right.i > left.i and right.is_punct:
        right = right.nbor(-1)
    end = right.idx + len(right.text)
    text = head.doc[left.i:right.i + 1].text
    if text.count("(") > text.count(")"):  # "the Institute for Fiscal Studies (IFS"
        end = left.idx + len(text[:text.rindex("(")].rstrip())
    return left.idx, max(end, head.idx + len(head.text))


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved speaker: the actor (if any) and the name to show."""

    actor: Actor | None
    name: str | None


def _gender(actor: Actor, learnt: dict[str, str] | None = None) -> str | None:
    if learnt and actor.id in learnt:
        return learnt[actor.id]
    for m in actor.mentions:
        first = m.text.split()[0].lower() if m.text.split() else ""
        if first in FEMALE_MARKERS:
            return "f"
        if first in MALE_MARKERS:
            return "m"
    return None


@dataclass(slots=True)
class Resolver:
    """Resolve speaker mentions to actors, remembering who was salient where.

    Salient points are actor mentions that are grammatical subjects (outside quotes) and the
    speakers of earlier quotes; a pronoun goes to the nearest compatible one before it.
    """

    doc: Doc
    actors: Sequence[Actor]
    text: str = ""  # the article text (Doc.text is rebuilt on every access)
    named: bool = True  # False when the actors are entity fallbacks: their ids are not the reading's
    _points: list[tuple[int, int, Actor]] = field(default_factory=list)  # (offset, weight, actor)
    _genders: dict[str, str] = field(default_factory=dict)  # learnt from pronouns resolved so far

    def note_subjects(self, inside_quotes: Sequence[tuple[int, int]]) -> None:
        """Record every subject mention of an actor outside quoted text as salient."""
        starts, ends = _merged(inside_quotes)
        for token in views.tokens(self.doc):
            if token.dep_ not in _SUBJ:
                continue
            i = bisect.bisect_right(starts, token.idx) - 1
            if i >= 0 and token.idx < ends[i]:
                continue
            actor = actor_at(self.actors, token.idx, token.idx + len(token.text))
            if actor is not None:
                self._add(token.idx, 1, actor)

    def note_speaker(self, offset: int, actor: Actor) -> None:
        """Record that ``actor`` spoke at ``offset``."""
        self._add(offset, 2, actor)

    def _add(self, offset: int, weight: int, actor: Actor) -> None:
        bisect.insort(self._points, (offset, weight, actor), key=lambda p: (p[0], p[1]))

    def salient(self, offset: int, types: Sequence[str], *, gender: str | None = None,
                speakers_only: bool = False) -> Actor | None:
        """The nearest salient actor before ``offset`` of one of ``types`` (and gender, when known)."""
        before = bisect.bisect_left(self._points, offset, key=lambda p: p[0])
        for _, weight, actor in reversed(self._points[:before]):
            if actor.type in types and (gender is None or _gender(actor, self._genders) in (None, gender)):
                if weight == 2 or not speakers_only:
                    return actor
        if speakers_only:
            return None
        for actor in reversed(self._mentioned_before(offset)):
            if actor.type in types and (gender is None or _gender(actor, self._genders) in (None, gender)):
                return actor
        return None

    def subject_between(self, start: int, end: int, types: Sequence[str]) -> tuple[int, Actor] | None:
        """The offset and actor of the last subject of ``types`` (not a speaker) within ``[start, end)``."""
        found = [(off, a) for off, w, a in self._points if start <= off < end and w == 1 and a.type in types]
        return found[-1] if found else None

    def _mentioned_before(self, offset: int) -> list[Actor]:
        found = sorted(((m.start, a) for a in self.actors for m in a.mentions if m.end <= offset),
                       key=lambda p: p[0])
        return [a for _, a in found]

    def described(self, offset: int, noun: str) -> Actor | None:
        """The nearest actor before ``offset`` whose name or role holds ``noun`` ("the coalition")."""
        noun = noun.lower()
        for actor in reversed(self._mentioned_before(offset)):
            words = {w.lower() for w in actor.name.split()} | {w.lower() for r in actor.roles for w in r.split()}
            if noun in words:
                return actor
        return None

    def resolve(self, span: tuple[int, int], head: Token | None) -> Who:
        """Resolve the speaker mention ``span`` (headed by ``head`` when parsed) to an actor and name."""
        text = (self.text or views.text(self.doc))[span[0]:span[1]]
        if head is None:  # a name read by pattern (headline, caption): trust the name over the tagger's span
            actor = canonical(self.actors, text) or self._by_span(span, head)
        else:
            actor = self._by_span(span, head)
        if actor is None and head is not None:
            actor = self._by_reference(span[0], head)
        if actor is None and (head is None or head.pos_ == "PROPN"):
            actor = canonical(self.actors, text)  # "Hale" for Tom Hale, missed by the tagger
        if actor is not None:
            return Who(actor, actor.name)
        if head is not None and head.pos_ == "PRON":
            return Who(None, None)
        return Who(None, bare_name(text) or None)

    def _by_span(self, span: tuple[int, int], head: Token | None) -> Actor | None:
        """The actor named by the mention: at its head word ("analyst John Smith" is Smith, not the bank)."""
        if head is None:
            return actor_at(self.actors, *span)
        if head.pos_ == "PRON":
            return None
        actor = actor_at(self.actors, head.idx, head.idx + len(head.text))
        if actor is None and head.pos_ == "NOUN":
            for child in views.children(head):
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    actor = actor_at(self.actors, *mention_of(child))
                elif child.dep_ == "prep" and child.lower_ in ("by", "from") and head.lemma_.lower() in DOCUMENT_NOUNS:
                    objs = [t for t in views.children(child) if t.dep_ == "pobj"]
                    last = objs[0].right_edge if objs else head
                    found = actor_at(self.actors, objs[0].left_edge.idx, last.idx + len(last.text)) if objs else None
                    actor = found if found is not None and found.type in ("ORG", "PERSON") else actor
        if actor is not None and actor.type in ("GPE", "NORP") and (
                head.pos_ == "NOUN" or (head.text.endswith(_DEMONYM)
                                     and any(c.dep_ == "det" for c in views.children(head)))):
            return None  # "Russian officials", "the Norwegian": people of a country, not the country
        return actor

    def _by_reference(self, offset: int, head: Token) -> Actor | None:
        low = head.lower_
        if low in PERSON_PRONOUNS:
            gender = "f" if low in FEMALE_PRONOUNS else "m"
            found = self.salient(offset, ("PERSON",), gender=gender)
            if found is not None and _gender(found) is None:
                self._genders.setdefault(found.id, gender)  # "she" once, never "he" after
            return found
        if low in ("it", "they"):
            return self.salient(offset, ("ORG",) if low == "it" else ("ORG", "GPE", "NORP"))
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in views.children(head)):
            return None  # only "the coalition", never "the banks" or "a spokesman"
        lemma = head.lemma_.lower()
        if lemma in PERSON_NOUNS and head.tag_ == "NN":
            found = self.described(offset, lemma)
            if found is None and not any(c.dep_ == "prep" for c in views.children(head)):
                found = self.salient(offset, ("PERSON",), speakers_only=True)  # "the England coach"
            return found
        if lemma in ORG_NOUNS or lemma in PERSON_NOUNS:
            found = self.described(offset, lemma)
            if found is None and lemma in ORG_NOUNS and lemma in ("group", "company", "firm", "organisation",
                                                                  "organization", "charity", "agency"):
                found = self.salient(offset, ("ORG",))
            return found
        return None


def _merged(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of character spans as sorted, disjoint (starts, ends), for lookups by bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        elif s < e:
            starts.append(s)
            ends.append(e)
    return starts, ends
