"""Titles and roles from the words around a name.

Three places say what someone or something is:

- before the name: "Russian Foreign Minister Sergei Lavrov", "the medical charity Medecins
  Sans Frontieres", "said Sen. John Smith";
- an apposition after it: "David Cameron, the prime minister of Britain,", "Jane Doe, a
  spokeswoman for the UN,", "Sen. John Smith, R-Texas,";
- an apposition before it: "The main opposition group, the Syrian National Coalition,".

Each gives a :class:`RoleHit`: the role words (country names and determiners stripped), the
country the role belongs to (from a demonym, "Russia's", "of Britain") and a sector.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsgraph.actors import orgs
from newsgraph.actors.lexicon import ABBREVIATIONS, HONORIFICS, ORG_HEADS, POLICE_RANKS, SECTOR_WORDS
from newsgraph.actors.names import title_head, word_key
from newsgraph.geo import countries
from newsgraph.nlp import views

_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
_LINKS = frozenset("of for at to with from in on".split())
_PLACE_LINKS = frozenset("from in on".split())
_RUN_LINKS = frozenset("of for".split())
_STOP_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "ADV", "INTJ"})
_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_PARTY = re.compile(r"^\(?[RDI]-[A-Z][A-Za-z. ]+\)?$")


class RoleHit(NamedTuple):
    """A role found next to a mention."""

    role: str | None
    country: str | None
    sector: str | None


def _country_words(tokens: list[Token]) -> tuple[int, str | None]:
    """Count the leading tokens that name a country ("UK", "South Korean") and return its code."""
    for size in (3, 2, 1):
        if len(tokens) >= size:
            found = countries.match(" ".join(t.text for t in tokens[:size]))
            if found is not None and found.kind in ("name", "demonym", "part", "seat"):
                return size, found.country.alpha3
    return 0, None


def _owner(tokens: list[Token]) -> tuple[str | None, str | None, bool]:
    """Country and sector of a possessor or complement ("Russia", "the UN", "Acme Corp"), and
    whether it is a country itself."""
    text = " ".join(t.text for t in tokens if t.lower_ not in _DETERMINERS)
    if not text:
        return None, None, False
    found = countries.match(text)
    if found is not None:
        return found.country.alpha3, None, True
    prof = orgs.profile(text)
    return prof.country, prof.sector, False


def _sector(words: list[Token], head_sector: str | None) -> str | None:
    """The sector of a role: the modifier nearest the head that says one, else the head's."""
    for token in reversed(words[:-1]):
        key = word_key(token.text)
        key = key if key in SECTOR_WORDS else _singular(key)
        if key in SECTOR_WORDS:
            return SECTOR_WORDS[key]
    return head_sector


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _role_text(tokens: list[Token]) -> str:
    """The words of a role, verbatim except that abbreviated titles are spelled out."""
    words = [t for t in tokens if t.text != "."]
    police = any(word_key(t.text) in POLICE_RANKS for t in words)  # "Det Ch Insp" stays as written
    if words and not police and all(word_key(t.text) in ABBREVIATIONS for t in words):  # "Lt. Gen."
        return " ".join(ABBREVIATIONS[word_key(t.text)] for t in words)
    doc = tokens[0].doc
    return views.text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _words(tokens: list[Token]) -> list[str]:
    """Token texts with hyphenated compounds joined ("Secretary", "-", "General" -> "Secretary-General")."""
    out: list[str] = []
    glue = False
    for token in tokens:
        if out and (glue or token.text == "-") and not token.doc[token.i - 1].whitespace_:
            out[-1] += token.text
        else:
            out.append(token.text)
        glue = token.text == "-"
    return out


def _head(words: list[Token], *, person: bool) -> tuple[int, str | None] | None:
    if person:
        return title_head(_words(words))
    key = word_key(words[-1].text) if words else ""
    if key in ORG_HEADS:
        return 1, ORG_HEADS[key]
    return None


def describe(tokens: list[Token], *, person: bool) -> RoleHit | None:
    """Read a description ("Russia's foreign minister", "a spokesman for the UN") as a role.

    Args:
        tokens: The description's tokens, in order.
        person: True for a person's title, False for an organisation's description.

    Returns:
        The role, or None when the words do not end in a title (or organisation head noun).
    """
    words = [t for t in tokens if word_key(t.text) not in HONORIFICS or t.text[:1].islower()]
    while words and (words[0].lower_ in _DETERMINERS or words[0].is_punct):
        words = words[1:]
    country, sector = None, None
    owner = next((i for i, t in enumerate(words) if t.tag_ == "POS"), None)
    if owner is not None:
        country, sector, _ = _owner(words[:owner])
        words = words[owner + 1 :]
    size, named = _country_words(words)
    country, words = country or named, words[size:]
    org = _org_words(words)
    if org is not None:
        country, sector = country or org.country, sector or org.sector
    link = next((i for i, t in enumerate(words) if t.lower_ in _LINKS and i > 0), None)
    complement: list[Token] = []
    link_word = ""
    if link is not None and _head(words[:link], person=person) is not None:
        link_word = words[link].lower_
        words, complement = words[:link], words[link + 1 :]
    head = _head(words, person=person) if words else None
    if head is None:
        return None
    role_tokens = words
    if complement:
        c_country, c_sector, is_country = _owner(complement)
        if is_country or link_word in _PLACE_LINKS:
            country = country or c_country
        else:
            role_tokens = words + [words[-1].doc[complement[0].i - 1]] + complement
            country, sector = country or c_country, sector or c_sector
    sector = sector or _sector(words, head[1]) or _sector([*complement, words[-1]], None)
    return RoleHit(_role_text(role_tokens), country, sector)


def _left_run(doc: Doc, first: int) -> list[Token]:
    """The title-like words right before token ``first`` in its sentence."""
    sent_start = views.sent_of(doc, first).start
    run: list[Token] = []
    i = first - 1
    while i >= sent_start and len(run) < 8:
        token = doc[i]
        if token.lower_ in _DETERMINERS or token.text in _QUOTES:
            break
        glued = not token.whitespace_ and not doc[i - 1].whitespace_
        joined = (token.text == "-" and glued) or (
            token.text == "." and not doc[i - 1].whitespace_ and word_key(doc[i - 1].text) in ABBREVIATIONS
        )
        keep = (
            joined
            or token.tag_ == "POS"
            or (token.lower_ in _RUN_LINKS and bool(run) and run[-1].text[:1].isupper() and _is_head(doc[i - 1]))
            or (token.text[:1].isalpha() and _titleish(token))
        )
        if not keep:
            break
        run.append(token)
        i -= 1
    run.reverse()
    while run and (run[0].tag_ == "POS" or run[0].lower_ in _LINKS or run[0].text == "-"):
        run = run[1:]
    return run


def _is_head(token: Token) -> bool:
    return title_head([token.text]) is not None


def _org_words(words: list[Token]) -> orgs.KnownOrg | None:
    """The known organisation that opens a role ("UN Secretary-General"), if any."""
    for size in (4, 3, 2, 1):
        if len(words) > size:
            org = orgs.known(" ".join(t.text for t in words[:size]))
            if org is not None:
                return org
    return None


def _titleish(token: Token) -> bool:
    key = word_key(token.text)
    if key in ABBREVIATIONS or key in HONORIFICS:
        return True
    if token.text[:1].isupper():
        return token.pos_ not in _STOP_POS or key in SECTOR_WORDS
    return token.pos_ in _WORD_POS


def before(doc: Doc, first: int, *, person: bool) -> RoleHit | None:
    """Read the title written right before a name ("UK Foreign Secretary William Hague")."""
    run = _left_run(doc, first)
    while run:
        hit = describe(run, person=person)
        if hit is not None:
            return hit
        if not person:
            return None
        run = run[1:]
    return None


def _phrase(doc: Doc, start: int, *, limit: int = 14) -> list[Token]:
    """Tokens from ``start`` up to the next comma, stop or clause."""
    out: list[Token] = []
    sent_end = views.sent_of(doc, start).end if start < len(doc) else start
    for i in range(start, min(sent_end, start + limit)):
        token = doc[i]
        if token.is_space or (token.is_punct and token.text != "-" and token.tag_ != "POS"):
            break
        if token.pos_ in ("VERB", "AUX") and word_key(token.text) not in SECTOR_WORDS:
            break
        if token.lower_ in ("who", "which", "that", "and", "but"):
            break
        out.append(token)
    return out


def after(doc: Doc, end: int, *, person: bool) -> RoleHit | None:
    """Read an apposition after a name ("X, the prime minister of Y," / "X, R-Texas,")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    phrase = _phrase(doc, end + 1)
    if phrase and all(t.like_num for t in phrase):  # an age: "John Smith, 45, a teacher"
        nxt = phrase[-1].i + 1
        if nxt < len(doc) and doc[nxt].text == ",":
            phrase = _phrase(doc, nxt + 1)
    if not phrase:
        return None
    text = views.text(doc)[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
    if person and _PARTY.match(text):
        return RoleHit(None, "USA", "GOV")
    if not (phrase[0].lower_ in _DETERMINERS or phrase[0].text[:1].islower() or _owner_start(phrase)):
        return None
    return describe(phrase, person=person)


def _owner_start(phrase: list[Token]) -> bool:
    """True when a phrase opens with a possessor ("Russia's ...") or a country word ("UK ...")."""
    return any(t.tag_ == "POS" for t in phrase[:4]) or _country_words(phrase)[0] > 0


def before_comma(doc: Doc, first: int, *, person: bool) -> RoleHit | None:
    """Read an apposition before a name ("The main opposition group, the Syrian National Coalition,")."""
    i = first - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    sent_start = views.sent_of(doc, first).start
    j = i - 1
    while j > sent_start and not doc[j - 1].is_punct and i - j < 10:
        j -= 1
    phrase = list(doc[j:i])
    if not phrase or (phrase[0].lower_ not in _DETERMINERS and not _owner_start(phrase)):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    return describe(phrase, person=person)


def find(doc: Doc, start: int, end: int, *, person: bool) -> list[RoleHit]:
    """Every role written around the mention ``doc.text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return []
    hits = [before(doc, span.start, person=person), after(doc, span.end, person=person)]
    hits.append(before_comma(doc, span.start, person=person))
    return [h for h in hits if h is not None]
