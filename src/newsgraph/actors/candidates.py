"""Candidates: the entity mentions of an article, cleaned into names.

spaCy's entities in the headline, captions and body, clipped to their zone, without "the", a
possessive, titles, a trailing "(ACRONYM)" or a stock ticker; two names joined by a dash are two
candidates; a name's form may correct its label (a title before it makes a person, a legal form
after it a company).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from newsgraph.actors import gender
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
from newsgraph.nlp import views
from newsgraph.records import Article

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Words naming a ministerial portfolio: "Home" in "Home Secretary" is a title's, not an organisation.
_PORTFOLIOS = frozenset(
    "home foreign interior defence defense state justice health education finance treasury transport energy "
    "environment culture trade economy housing shadow industry work pensions".split()
)


# A stock ticker after a company's name: "(NYSE: BFE)", "(Nasdaq: HLAB)" names no actor.
_TICKER = re.compile(
    r"\((?:NYSE|NASDAQ|Nasdaq|LSE|AIM|TSX|TSXV|ASX|OTC\w*|HKEX|SIX|Euronext)(?: American)?\s*:\s*[A-Z0-9.]+\)"
)


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
    piece = text[start:end].split(" (")[0]
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
    for ent in views.ents(doc):
        if ent.label_ not in LABELS:
            continue
        zone = _container(article, ent.end_char - 1)
        if zone is None or _in_title(doc, ent) or any(s <= ent.start_char < e for s, e in tickers):
            continue
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
    return _join_particles(out, article.text)


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


def _in_title(doc: Doc, ent: Span) -> bool:
    """True for a portfolio word tagged as an entity: "Home" (Secretary), (Secretary of) "State"."""
    if not all(word_key(t.text) in _PORTFOLIOS for t in ent):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and title_head([after.text]) is not None:
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and title_head([doc[ent.start - 2].text]) is not None


