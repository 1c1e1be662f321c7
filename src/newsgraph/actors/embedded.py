"""Place names inside longer proper names: "Washington" in "The Washington Post" is not the United States.

The actors stage and the places stage both ask, for a place mention ``doc[start:end]``,
whether it is a word of a longer name. It is when

- a spaCy entity of another kind (ORG, EVENT, WORK_OF_ART, FAC, PRODUCT, LAW) holds it and more:
  "Iraq" in the EVENT "the Iraq War", "America" in the ORG "Bank of America";
- or capitalised words that are not a name of their own continue it in the same sentence:
  "Russia Today", "Chicago Tribune", "Afghanistan Veterans of America", "Boston Marathon".

A place still stands on its own before a title or role ("Russian President", "Indiana Gov.",
"British Prime Minister", "U.S. House Speaker"), a party ("New York Democrat", "Iowa GOP"), a day
or month ("Washington Monday", "Iowa Feb."), a form of address, a person's or another place's
name ("Florida Rick Scott", a list), a word of its own name ("Kansas City", "Polk County") and a
conjunction ("Iraq and Afghanistan Veterans ...": "Iraq" stands, "Afghanistan" does not). In a
title-case or all-capital line, where every word is capitalised, only a known head word
("Tribune", "War") or an entity of another kind makes the place part of a longer name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.actors import orgs
from newsgraph.actors.lexicon import ABBREVIATIONS, HONORIFICS, ORG_HEADS, ORG_NAME_WORDS
from newsgraph.actors.names import title_head, title_like, word_key
from newsgraph.events.dates import MONTHS, WEEKDAYS
from newsgraph.nlp import views

# Entity labels of names that may hold a place name and are not places themselves.
NAME_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"})
# Entities a continuation never belongs to: the next word starts a name of its own.
_OWN_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_PARTY = frozenset("democrat democrats democratic republican republicans gop dem dems".split())
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS, *(m[:3] for m in MONTHS), "sept"))  # "Iowa Feb.", "Washington Monday"
# Words of a place's own name after a shorter place name: "Kansas City", "Polk County", "Washington D.C.".
_PLACE_TAILS = frozenset("city county state province island islands dc".split())
# Head words of names of events and laws ("Iraq War", "Boston Marathon", "Paris Agreement").
_EVENT_HEADS = frozenset(
    "war wars marathon olympics games cup summit conference agreement accord accords treaty act caucus caucuses "
    "primary convention crisis genocide massacre uprising revolution".split()
)
# A capitalised common noun ("Danish Web sites") does not continue a name; a proper noun does.
_NAME_POS = frozenset({"PROPN"})
# A continuation that names a place this big (or a country, state or region) is a place of its own.
_MIN_PLACE = 100_000
_MAX_RUN = 6
# Words inside a longer name between its other words and a place: "Bank of America", "Tour de France".
_OPENING_QUOTES = frozenset("\"'\u201c\u2018")
_CONNECTORS = frozenset("of at de du des la le el del the for in".split())


def longer_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Return the token bounds of the longer name that the place ``doc[start:end]`` is part of.

    Args:
        doc: The parsed article.
        start: The place's first token.
        end: One past its last token.

    Returns:
        ``(first, stop)`` token bounds of the longer name (an entity's, or the place and its
        continuation), or None when the place stands on its own.
    """
    toks = views.tokens(doc)
    ent = views.ent_at(doc, start)
    if ent is not None and ent.label_ in NAME_LABELS and _holds(doc, ent, start, end):
        return ent.start, ent.end
    last = toks[end - 1]
    if last.tag_ == "POS" or not (last.text[:1].isupper() or last.text[:1].isdigit()):
        return None  # "Russia's Foreign Ministry": a possessor stands on its own
    run = _continuation(toks, end)
    if not run:
        return None
    known = _known_org_end(doc, start, run)
    if known is not None:
        return start, known  # "Russia Today", "New York Times": a name of our tables
    if _stands_before(run) or _modifies_known_org(doc, run) or _is_place(run):
        return None
    if _all_capitalised(doc, toks[end - 1], run[0]):
        heads = [t for t in run if _is_head(t) or t.ent_type_ in NAME_LABELS]
        return (start, heads[-1].i + 1) if heads else None
    return start, run[-1].i + 1


def _holds(doc: Doc, ent: Span, start: int, end: int) -> bool:
    """Whether the entity ``ent`` is a longer name holding the place ``doc[start:end]``.

    A capitalised word of the entity must touch the place, on the left past "of", "at", "de",
    "the" ... ("Bank of America", "Tour de France", "Good Morning America") or on the right
    ("the Iraq War", unless a title follows: "Indiana Gov."); "the Iraq war", "Rubio's Miami",
    "America, LGBTQ" (a tagger's slip) and an entity that is itself a place ("Nagorno-Karabakh")
    do not hold it.
    """
    toks = views.tokens(doc)
    i = start - 1
    while i >= ent.start and toks[i].text.lower() in _CONNECTORS:
        i -= 1
    left = i >= ent.start and _capitalised(toks[i]) and not _opens_sentence(toks[i])
    right = end < ent.end and _capitalised(toks[end]) and toks[end - 1].whitespace_ == " "
    if right and _stands_before(toks[end : ent.end]):
        right = False
    if not (left or right):
        return False
    return not _is_place(toks[ent.start + (toks[ent.start].text.lower() == "the") : ent.end])


def _opens_sentence(token: Token) -> bool:
    """Whether a word other than a proper noun is capitalised for opening a sentence or a quote ("Today in America")."""
    if token.pos_ == "PROPN":
        return False
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].text in _OPENING_QUOTES)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.replace(".", "").replace("-", "").isalnum()


def _continuation(toks: list[Token], end: int) -> list[Token]:
    """The capitalised words right after the place in its sentence, up to a name of their own."""
    run: list[Token] = []
    i = end
    while i < len(toks) and len(run) < _MAX_RUN:
        token, prev = toks[i], toks[i - 1]
        if token.is_sent_start or prev.whitespace_ != " " or not token.text[:1].isupper():
            break
        if token.ent_iob_ == "B" and token.ent_type_ in _OWN_NAME_LABELS:
            break
        run.append(token)
        i += 1
    return run


def _stands_before(run: list[Token]) -> bool:
    """Whether the place stands on its own before ``run``: a title, party, date, address or function word."""
    first = run[0]
    key = word_key(first.text)
    if key in _PARTY or key in _CALENDAR or key in _PLACE_TAILS or key in HONORIFICS:
        return True
    if key.endswith("s") and key[:-1] in ABBREVIATIONS:  # "Florida Sens.", "U.S. Reps."
        return True
    if len(run) == 1 and first.text.isupper() and first.text.isalpha():
        return True  # an organisation's acronym the place qualifies: "North Carolina RNC member"
    if first.pos_ not in _NAME_POS and first.ent_type_ not in NAME_LABELS:
        return True  # "U.S. The" (a missed sentence break), "America I"
    if title_like(first.text):
        return True
    words = [t.text for t in run]
    for size in range(len(words), 0, -1):
        if title_head(words[:size]) is not None:  # "House Speaker" in "U.S. House Speaker Paul Ryan"
            return not any(_is_media_or_org(w) for w in words[: size - 1])
    return False


def _known_org_end(doc: Doc, start: int, run: list[Token]) -> int | None:
    """One past the last word of the longest organisation of our tables that the place opens, if any."""
    text = views.text(doc)
    first = views.tokens(doc)[start]
    for last in reversed(run):
        if orgs.known(text[first.idx : last.idx + len(last)]) is not None:
            return last.i + 1
    return None


def _modifies_known_org(doc: Doc, run: list[Token]) -> bool:
    """Whether the place modifies an organisation of our tables ("Afghan Taliban", "Pakistan Taliban")."""
    ent = views.ent_at(doc, run[0].i)
    last = ent[-1] if ent is not None and ent.start == run[0].i and ent.label_ == "ORG" else run[-1]
    return orgs.known(views.text(doc)[run[0].idx : last.idx + len(last)]) is not None


def _is_place(run: list[Token]) -> bool:
    """Whether the continuation names a place itself: "Syrian Golan Heights", "Washington D.C."."""
    from newsgraph.places.index import gazetteer

    text = views.text(run[0].doc)[run[0].idx : run[-1].idx + len(run[-1])]
    return any(c.primary and (c.kind != "city" or c.population >= _MIN_PLACE) for c in gazetteer().lookup(text))


def _is_media_or_org(word: str) -> bool:
    key = word_key(word)
    return key in ORG_NAME_WORDS or key in ORG_HEADS


def _is_head(token: Token) -> bool:
    key = word_key(token.text)
    return _is_media_or_org(token.text) or key in _EVENT_HEADS


def _all_capitalised(doc: Doc, last: Token, after: Token) -> bool:
    """Whether the place's sentence is a title-case or all-capital line ("Chicago Tribune Backs Smith")."""
    if last.text.isupper() and after.text.isupper() and len(after.text) > 2:
        return True
    memo = views.cache(doc, "embedded.title_case")
    sent = views.sent_of(doc, last.i)
    if sent.start not in memo:
        words = [t for t in views.span_tokens(sent) if t.text.isalpha() and len(t) > 3]
        capitalised = sum(1 for t in words if t.text[:1].isupper())
        memo[sent.start] = len(words) >= 3 and capitalised >= 0.75 * len(words)
    found: bool = memo[sent.start]
    return found
