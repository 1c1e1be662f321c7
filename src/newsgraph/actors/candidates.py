"""Candidates: the entity mentions of an article, cleaned into names.

spaCy's entities in the headline, captions and body, clipped to their zone, without "the", a
possessive, titles, a trailing "(ACRONYM)" or a stock ticker; two names joined by a dash are two
candidates; a name's form may correct its label (a title before it makes a person, a legal form
after it a company).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.actors import embedded, gender, outlets
from newsgraph.actors.lexicon import ABBREVIATIONS, HONORIFICS
from newsgraph.actors.names import (
    LEGAL_FORM,
    PARTICLES,
    leading_titles,
    split_names,
    strip_possessive,
    title_head,
    word_key,
)
from newsgraph.geo import countries
from newsgraph.nlp import views
from newsgraph.records import Article

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Labels of mentions that may be a place name inside a longer name ("Washington" in "Washington Post").
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Words naming a ministerial portfolio: "Home" in "Home Secretary" is a title's, not an organisation.
_PORTFOLIOS = frozenset(
    "home foreign interior defence defense state justice health education finance treasury transport energy "
    "environment culture trade economy housing shadow industry work pensions".split()
)


# A stock ticker after a company's name: "(NYSE: BFE)", "(Nasdaq: HLAB)" names no actor.
_TICKER = re.compile(
    r"\((?:NYSE|NASDAQ|Nasdaq|LSE|AIM|TSX|TSXV|ASX|OTC\w*|HKEX|SIX|Euronext)(?: American)?\s*:\s*[A-Z0-9.]+\)"
)


_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|&)$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity mention, clipped to its zone, with titles and determiners stripped."""

    start: int
    end: int
    text: str
    label: str
    gender: str | None = None
    split: bool = False  # one of two names an entity joined with a dash ("Assad - Lavrov")




def _container(article: Article, offset: int) -> tuple[int, int] | None:
    spans = [article.headline] if article.headline is not None else []
    spans += [c.span for c in article.captions] + list(article.paragraphs)
    for span in spans:
        if span is not None and span.start <= offset < span.end:
            return span.start, span.end
    return None


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to the bare name: no "the", possessive, title or "(ACRONYM)"."""
    piece = text[start:end]
    lead = re.match(r"(?:[Tt]he|an?|An?)\s+", piece)
    if lead and label != "PERSON":
        start += lead.end()
    piece = _TRAILING_CONJUNCTION.sub("", text[start:end].split(" (")[0])  # "the Associated Press and"
    piece = strip_possessive(piece.rstrip(" ,;:-"))
    end = start + len(piece)
    if label == "PERSON":
        start += leading_titles(piece)
    return start, end


def _label(text: str, label: str) -> str:
    """The label of a name whose form says more than the tagger: a title before it, a legal form after it."""
    words = text.split()
    titled = len(words) > 1 and (word_key(words[0]) in HONORIFICS or word_key(words[0]) in ABBREVIATIONS)
    if label != "PERSON" and titled:
        return "PERSON"  # "Ms Stone", "Prof Dame Ann Vance" tagged ORG
    if label == "PERSON" and LEGAL_FORM.search(text):
        return "ORG"  # "Helio Labs, Inc." tagged PERSON
    return label


def candidates(doc: Doc, article: Article) -> list[Candidate]:
    """Entity mentions in the headline, captions and body (never section or boilerplate lines).

    An entity that holds two names joined by a dash ("Assad - Lavrov") gives two candidates, and
    leading dashes or a wire-service tail ("- Hague", "WIRE)--Helio Labs") are not part of a name.
    """
    out = []
    tickers = [m.span() for m in _TICKER.finditer(article.text)]
    claimed = -1  # a place joined to the name it is part of claims the entities after it
    for ent in views.ents(doc):
        if ent.label_ not in LABELS or ent.start_char < claimed:
            continue
        zone = _container(article, ent.end_char - 1)
        if zone is None or _in_title(doc, ent) or any(s <= ent.start_char < e for s, e in tickers):
            continue
        if ent.label_ in _PLACE_LABELS and (ent.label_ != "NORP" or countries.match(ent.text) is not None):
            name = _longer_name(doc, ent)
            if name is not None:
                joined = _joined(doc, article, name, zone)
                if joined is not None:
                    out.append(joined)
                    claimed = joined.end
                continue  # "Washington" in "The Washington Post", "Iraq" in "the Iraq War"
        base = max(ent.start_char, zone[0])
        parts = split_names(article.text[base:ent.end_char])
        for a, b in parts:
            label = _label(article.text[base + a:base + b], ent.label_)
            start, end = _trim(article.text, base + a, base + b, label)
            text = article.text[start:end]
            if label == "ORG" and not any(w[:1].isupper() or w[:1].isdigit() for w in text.split()):
                continue  # "foreign ministry": a description, not a name
            if end > start and "\n" not in text and any(c.isalpha() for c in text):
                out.append(Candidate(start, end, text, label, gender.of_address(article.text, start),
                                     split=len(parts) > 1))
    out.extend(_untagged_outlets(doc, article))
    return _join_particles(sorted(out, key=lambda c: c.start), article.text)


def _longer_name(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """The bounds of the longer name a place entity is part of (without its "the"), or None."""
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    return embedded.longer_name(doc, start, ent.end)


def _joined(doc: Doc, article: Article, name: tuple[int, int], zone: tuple[int, int]) -> Candidate | None:
    """The organisation a place is part of: an outlet ("Russia Today"), or a name ending in an ORG entity.

    None for other longer names ("the Iraq War", "Boston Marathon"): the place is dropped.
    """
    toks = views.tokens(doc)
    first, last = toks[name[0]], toks[name[1] - 1]
    start, end = _trim(article.text, max(first.idx, zone[0]), min(last.idx + len(last), zone[1]), "ORG")
    text = article.text[start:end]
    if end <= start or "\n" in text:
        return None
    if outlets.outlet(text) is None and not (last.ent_type_ == "ORG" and last.ent_iob_ != "O"):
        return None
    return Candidate(start, end, text, "ORG")


def _untagged_outlets(doc: Doc, article: Article) -> list[Candidate]:
    """Outlets and pollsters the tagger left untagged ("Axios", "Pew Research Center"): runs of proper nouns."""
    out: list[Candidate] = []
    toks = views.tokens(doc)
    text = article.text
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and _untagged_propn(toks[j]) and (j == i or not toks[j].is_sent_start):
            j += 1
        if j == i:
            i += 1
            continue
        start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
        found = outlets.outlet(text[start:end], strict=True)
        if found is not None and _container(article, start) is not None:
            out.append(Candidate(start, end, text[start:end], "ORG"))
        i = j
    return out


def _join_particles(cands: list[Candidate], text: str) -> list[Candidate]:
    """Join a name the tagger cut at a particle: "Ursula von der" + "Leyen" -> "Ursula von der Leyen"."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "PERSON"
            and text[prev.end : cand.start] == " "
            and prev.text.split()[-1].lower() in PARTICLES
        ):
            out[-1] = replace(prev, end=cand.end, text=text[prev.start : cand.end])
            continue
        out.append(cand)
    return out


def _untagged_propn(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_iob_ == "O"


def _in_title(doc: Doc, ent: Span) -> bool:
    """True for a portfolio word tagged as an entity: "Home" (Secretary), (Secretary of) "State"."""
    if not all(word_key(t.text) in _PORTFOLIOS for t in ent):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and title_head([after.text]) is not None:
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and title_head([doc[ent.start - 2].text]) is not None


