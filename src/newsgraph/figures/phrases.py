"""Find number phrases in a parsed sentence: "about 70,000", "some 2.5 million", "dozens of".

A phrase is a run of number tokens (digits, number words, scale words, vague plurals such as
"dozens", fractions such as "a third") with the hedge in front of it ("at least", "more than").
Dates, times, money, percentages of things and ordinals are not phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.figures.lexicon import HEDGE_WORDS
from newsgraph.figures.numbers import FRACTIONS, SCALES, SINGLE, UNITS, VAGUE, Quantity, parse_quantity, strip_hedges
from newsgraph.nlp import views

# Entity types whose numbers are not counts of anything we report.
SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
_NUMBER_WORDS = frozenset(UNITS) | frozenset(VAGUE) | frozenset(SINGLE) | frozenset(FRACTIONS) | {
    s for s in SCALES if len(s) > 2}
_GLUED_SUFFIXES = frozenset({"m", "mn", "bn", "k", "b"})
_CURRENCY = frozenset({"$", "£", "€", "¥", "us$"})
_RANGE_TOKEN = re.compile(r"^\d[\d,.]*[-\u2013]\d[\d,.]*$")  # "200–300", one token
_RANGE_WORDS = frozenset({"between", "and", "to", "-", "\u2013"})
_GLUED_NUMBER = re.compile(r"^([A-Za-z]{2,})(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_GROUP_SPACES = frozenset({"\u00a0", "\u2009", "\u202f"})


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A number phrase: tokens ``[start, end)`` of the Doc, its head token and its value."""

    start: int
    end: int
    head: Token
    quantity: Quantity
    skip: int = 0  # characters of the first token before the number: "with14,593" run together

    def covers(self, token: Token) -> bool:
        """Whether ``token`` is part of the phrase."""
        return self.start <= token.i < self.end

    def chars(self, doc: Doc) -> tuple[int, int]:
        """The phrase's character offsets in the article."""
        last = doc[self.end - 1]
        return doc[self.start].idx + self.skip, last.idx + len(last.text)


def _bare_number_entity(token: Token) -> bool:
    """Whether ``token`` is in a DATE/TIME entity made of numbers only ("at 70", "between 90 and 230" mistagged).

    Years stay out: ``_excluded`` drops four-digit numbers from 1800 to 2100.
    """
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    ent = views.ent_at(token.doc, token.i)
    return ent is not None and all((t.like_num and t.text[:1].isdigit()) or t.lower_ in _RANGE_WORDS for t in ent)


def _is_number(token: Token) -> bool:
    lower = token.lower_
    if lower in ("one", "1") and token.dep_ not in ("nummod", "compound", "quantmod") and not _tens_before(token):
        return False  # "one of them", "no one"; but "twenty-one"
    if lower in FRACTIONS:  # "a third of", "two-thirds of", "half of", "half a million"; not "the third day"
        after = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
        return after[:1] == ["of"] or (lower == "half" and after[:1] == ["a"] and after[1:] != []
                                       and after[1] in SCALES)
    if token.ent_type_ in SKIP_ENTS and not _bare_number_entity(token):
        return False
    if token.like_num or lower in _NUMBER_WORDS:
        return True
    return lower[:1].isdigit() and _RANGE_TOKEN.match(lower) is not None


def _tens_before(token: Token) -> bool:
    """Whether ``token`` ends a number such as "twenty-one" or "ninety one"."""
    doc, i = token.doc, token.i
    before = doc[i - 2] if i >= 2 and doc[i - 1].text in ("-", "\u2013") else doc[i - 1] if i >= 1 else None
    return before is not None and before.lower_ in _TENS


def _thousands_group(doc: Doc, left: int, right: int) -> bool:
    """Whether token ``right`` continues the number at ``left`` as a group of three digits ("14 000").

    The groups are separated by one space, or by a no-break or thin space that spaCy keeps as a token.
    """
    token = doc[right]
    if not (token.is_digit and len(token.text) == 3 and doc[left].text.isdigit() and len(doc[left].text) <= 3):
        return False
    if right == left + 1:
        return doc[left].whitespace_ == " "
    gap = doc[left + 1]
    return right == left + 2 and gap.text in _GROUP_SPACES and not doc[left].whitespace_ and not gap.whitespace_


def _joins(sent: Span, start: int, end: int) -> bool:
    """Whether the word at ``end`` links the number run ``[start, end)`` to the number after it."""
    doc = sent.doc
    word, before = doc[end].lower_, doc[end - 1].lower_
    if end + 1 >= sent.end or not _is_number(doc[end + 1]):
        return False
    if word == "of":
        return before in VAGUE  # "tens of thousands"
    if word == "and":  # "two hundred and fifty", "one and a half million", "between 200 and 300"
        return before in SCALES or (start > sent.start and doc[start - 1].lower_ == "between")
    if word in ("-", "\u2013", "to"):  # "2,000-3,000", "200 to 300"; "from 200 to 300" is a change, not a range
        return start == sent.start or doc[start - 1].lower_ != "from"
    return False


def _extend_right(sent: Span, i: int) -> int:
    """End (exclusive) of the number run starting at token ``i``."""
    doc = sent.doc
    end = i + 1
    while end < sent.end:
        tok = doc[end]
        glued = tok.lower_ in _GLUED_SUFFIXES and not doc[end - 1].whitespace_
        if _thousands_group(doc, end - 1, end):
            end += 1
        elif end + 1 < sent.end and _thousands_group(doc, end - 1, end + 1):
            end += 2
        elif _is_number(tok) or glued:
            end += 1
        elif tok.lower_ == "and" and [t.lower_ for t in doc[end + 1:end + 3]] == ["a", "half"]:
            end += 3  # "one and a half million"
        elif doc[end - 1].lower_ == "half" and tok.lower_ in ("a", "an") and end + 1 < sent.end and \
                doc[end + 1].lower_ in SCALES:
            end += 1  # "half a million"
        elif _joins(sent, i, end):
            end += 2
        else:
            break
    return end


def _extend_left(sent: Span, start: int, end: int) -> int:
    """Start of the phrase including the hedge before the number ("at least 40", "an estimated 5,000")."""
    doc = sent.doc
    before = start - 1
    while before > sent.start and doc[before].is_space:
        before -= 1  # "several  hundred" in text with double spaces
    if before >= sent.start and doc[before].lower_ in ("several", "few"):
        start = before
        if doc[start].lower_ == "few" and start > sent.start and doc[start - 1].lower_ == "a":
            start -= 1
    elif start > sent.start and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in (
            set(SINGLE) | set(FRACTIONS)):
        start -= 1
    elif start > sent.start and doc[start - 1].lower_ == "between" and any(
            t.lower_ == "and" for t in doc[start:end]):
        return start - 1
    left = start
    while left > sent.start and (doc[left - 1].lower_ in HEDGE_WORDS or doc[left - 1].is_space) and start - left < 6:
        left -= 1
    core = " ".join(doc[start:end].text.lower().split())
    for s in range(left, start):
        rest, hedged = strip_hedges(" ".join(doc[s:end].text.lower().split()))
        if hedged and rest == core and not doc[s].is_space:
            return s
    return start


def _phrase_head(sent: Span, start: int, end: int) -> Token:
    """The number token of ``[start, end)`` whose syntactic head lies outside the numbers (the last such).

    The hedge is left out, so that "Between 2,000 and 4,000 people", parsed with "Between" on top,
    has "2,000" as its head.
    """
    core = next((i for i in range(start, end) if _is_number(sent.doc[i])), start)
    heads = [t for t in sent.doc[core:end] if not (core <= t.head.i < end) or t.head.i == t.i]
    return heads[-1] if heads else sent.doc[end - 1]


def _excluded(sent: Span, start: int, end: int) -> bool:
    """Money, percentages and years are not counts of people or things."""
    doc = sent.doc
    before = doc[start - 1].lower_ if start > sent.start else ""
    after = doc[end].lower_ if end < sent.end else ""
    if before in _CURRENCY or after in ("%", "percent", "per", "pc"):
        return True
    text = doc[start:end].text
    # isdecimal, not isdigit: superscripts ("²²²²") are digits that int() does not read.
    if len(doc[start:end]) == 1 and text.isdecimal() and len(text) == 4 and 1800 <= int(text) <= 2100:
        return True
    # Ages: "Mr Mubanga, 29, from London", "aged 29".
    after_name = before == "," and start - 2 >= sent.start and doc[start - 2].ent_type_ == "PERSON"
    # A number in apposition is an age ("Ruth Brown, 29,"), unless a label introduces it ("Displaced: 452").
    return after_name or before == "aged" or (end - start == 1 and doc[start].dep_ == "appos" and before != ":")


def _glued(sent: Span, i: int) -> NumberPhrase | None:
    """A number run together with the word before it, as PDF extraction leaves it: "with14,593",
    "Around1.6 million" (a hedge glued on is kept as the hedge)."""
    m = _GLUED_NUMBER.match(sent.doc[i].text)
    if m is None:
        return None
    end = _extend_right(sent, i)
    rest = m.group(2) + sent.doc[i].whitespace_ + sent.doc[i + 1:end].text if end > i + 1 else m.group(2)
    hedged = parse_quantity(f"{m.group(1)} {rest}")
    quantity = hedged or parse_quantity(rest)
    if quantity is None or _excluded(sent, i, end):
        return None
    return NumberPhrase(i, end, _phrase_head(sent, i, end), quantity, 0 if hedged else len(m.group(1)))


def number_phrases(sent: Span) -> list[NumberPhrase]:
    """Every number phrase of ``sent`` with a readable value, in order."""
    found: list[NumberPhrase] = []
    tokens = views.tokens(sent.doc)
    i = sent.start
    while i < sent.end:
        token = tokens[i]
        if not _is_number(token):
            text = token.text
            glued = _glued(sent, i) if text[-1:].isdigit() and text[:1].isalpha() else None
            if glued is not None:
                found.append(glued)
            i = glued.end if glued is not None else i + 1
            continue
        end = _extend_right(sent, i)
        start = _extend_left(sent, i, end)
        if not _excluded(sent, start, end):
            quantity = parse_quantity(sent.doc[start:end].text)
            if quantity is not None:
                found.append(NumberPhrase(start, end, _phrase_head(sent, start, end), quantity))
        i = end
    return found
