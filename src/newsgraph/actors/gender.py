"""A person's grammatical gender, as the text shows it, to tell apart people sharing a surname.

"Maria Lopez ... said she" and "Carlos Lopez said his sister": a later "Ms Lopez" is Maria.
Evidence: a form of address before a mention ("Mr", "Ms"), a gendered title ("spokeswoman"),
and the first personal pronoun after a full-name mention in the same sentence when no other
person is named in between. Never guessed from first names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp import views

_ADDRESS = {
    "mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f",
    "madam": "f", "mme": "f", "mlle": "f", "baroness": "f", "baron": "m",
}
_WORDS = {
    **dict.fromkeys(
        "spokeswoman chairwoman businesswoman congresswoman councilwoman queen princess actress mother wife "
        "sister daughter grandmother widow".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman chairman businessman congressman councilman king prince actor father husband brother son "
        "grandfather widower".split(),
        "m",
    ),
}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_BEFORE = re.compile(r"\b([A-Z][a-z]{1,8})\.?\s+$")


def of_address(text: str, start: int) -> str | None:
    """Return "m" or "f" when a gendered form of address ends right before ``start`` (or opens it)."""
    head = text[start : start + 12].split(maxsplit=1)
    if head and head[0].rstrip(".").lower() in _ADDRESS:
        return _ADDRESS[head[0].rstrip(".").lower()]
    m = _BEFORE.search(text[max(0, start - 12) : start])
    return _ADDRESS.get(m.group(1).lower()) if m else None


def of_role(role: str) -> str | None:
    """Return the gender a role word says ("spokeswoman" -> "f"), or None."""
    for word in reversed(role.lower().split()):
        if word in _WORDS:
            return _WORDS[word]
    return None


def of_pronoun(doc: Doc, end: int, person_starts: set[int]) -> str | None:
    """Gender of the first personal pronoun after character ``end`` in its sentence.

    Args:
        doc: The parsed article.
        end: End offset of a full-name mention.
        person_starts: Start offsets of person mentions; a pronoun after another person is
            not counted.
    """
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    for nxt in doc[token.i + 1 : views.sent_of(doc, token.i).end]:
        if nxt.idx in person_starts:
            return None
        if nxt.lower_ in _PRONOUNS:
            return _PRONOUNS[nxt.lower_]
    return None
