"""Cluster entity mentions into actors: persons by name, organisations by name, countries.

The clusters are mutable while the stage builds them and become frozen :class:`Actor`
records at the end (:func:`newsgraph.actors.rules.extract`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsgraph.actors import orgs
from newsgraph.actors.names import (
    PersonName,
    acronym,
    contains_words,
    fold,
    leading_titles,
    org_key,
    person_name,
    strip_possessive,
    surname_variants,
)
from newsgraph.geo import countries
from newsgraph.records import Article

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Prepositions and verbs after which a capital is a place, not its government ("talks in Moscow").
_PLACE_PREPS = frozenset(
    "in at to from into near outside inside across around via through toward towards throughout within "
    "beyond over between".split()
)
_PLACE_VERBS = frozenset("visit leave reach enter arrive tour fly travel return bomb shell capture".split())
_GOVERNMENT_NOUNS = frozenset("government regime administration authorities officials leadership".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity mention, clipped to its zone, with titles and determiners stripped."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class Cluster:
    """An actor while it is being built."""

    key: str
    type: str
    forms: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> "ent" | "scan" | "desc"
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    scan: set[str] = field(default_factory=set)
    person: PersonName | None = None

    def add(self, start: int, end: int, text: str, source: str = "ent") -> None:
        """Add a mention (and its text as a form of the name)."""
        self.mentions.setdefault((start, end), source)
        if source == "ent" and text not in self.forms:
            self.forms.append(text)

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return min(start for start, _ in self.mentions)


def _container(article: Article, offset: int) -> tuple[int, int] | None:
    spans = [article.headline] if article.headline is not None else []
    spans += [c.span for c in article.captions] + list(article.paragraphs)
    for span in spans:
        if span is not None and span.start <= offset < span.end:
            return span.start, span.end
    return None


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to the bare name: no "the", possessive, title or trailing dot."""
    piece = text[start:end]
    lead = re.match(r"(?:[Tt]he\s+)", piece)
    if lead and label != "PERSON":
        start += lead.end()
    piece = strip_possessive(text[start:end].rstrip(" ,;:-"))
    end = start + len(piece)
    if label == "PERSON":
        start += leading_titles(piece)
    return start, end


def candidates(doc: Doc, article: Article) -> list[Candidate]:
    """Entity mentions in the headline, captions and body (never section or boilerplate lines)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        zone = _container(article, ent.end_char - 1)
        if zone is None:
            continue
        start, end = _trim(article.text, max(ent.start_char, zone[0]), ent.end_char, ent.label_)
        text = article.text[start:end]
        if end > start and "\n" not in text and any(c.isalpha() for c in text):
            out.append(Candidate(start, end, text, ent.label_))
    return out


def is_metonym(doc: Doc, start: int, end: int) -> bool:
    """Return True when a capital or seat stands for its government ("Moscow said", "the Kremlin's")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS:
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _PLACE_VERBS:
        return False
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.lemma_.lower() in _GOVERNMENT_NOUNS
    return True


class Clusters:
    """All the clusters of one article, keyed, with the rules that place a mention in one."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_key: dict[str, Cluster] = {}

    def get(self, key: str, type_: str) -> Cluster:
        """Return the cluster ``key``, creating it with type ``type_``."""
        if key not in self.by_key:
            self.by_key[key] = Cluster(key, type_)
        return self.by_key[key]

    def persons(self) -> list[Cluster]:
        """The person clusters with a full name."""
        return [c for c in self.by_key.values() if c.person is not None and c.person.full]

    def add_full_name(self, cand: Candidate) -> None:
        """Place a person's full name ("Sergei Lavrov") in its cluster."""
        name = person_name(cand.text)
        key = f"P:{fold(name.first or '')}:{fold(name.core)}"
        cluster = self.get(key, "PERSON")
        if cluster.person is None or len(cand.text) > len(" ".join(cluster.person.words)):
            cluster.person = name
        cluster.add(cand.start, cand.end, cand.text)

    def person_for(self, text: str, at: int) -> Cluster | None:
        """The person cluster a short name ("Lavrov", "Assad") refers to at offset ``at``."""
        key = fold(text)
        found = [c for c in self.persons() if c.person and key in {fold(v) for v in surname_variants(c.person)}]
        if not found:
            found = [c for c in self.persons() if c.person and key == fold(c.person.first or "")]
        if len(found) <= 1:
            return found[0] if found else None
        before = [(max(s for s, _ in c.mentions if s < at), c) for c in found if any(s < at for s, _ in c.mentions)]
        return max(before, key=lambda pair: pair[0])[1] if before else min(found, key=lambda c: c.first)

    def add_place(self, cand: Candidate) -> None:
        """Place a country, demonym, capital, known organisation or other place mention."""
        found = countries.match(cand.text)
        if found is not None and (cand.label != "PERSON" or found.kind == "name"):
            if found.kind in ("name", "demonym") or (
                found.kind in ("capital", "seat") and is_metonym(self.doc, cand.start, cand.end)
            ):
                cluster = self.get(f"C:{found.country.alpha3}", "GPE")
                cluster.name, cluster.country = found.country.name, found.country.alpha3
                cluster.scan.update(countries.forms(found.country.alpha3))
            else:
                label = found.place or cand.text
                cluster = self.get(f"G:{fold(label)}", "LOC" if cand.label == "LOC" else "GPE")
                cluster.name, cluster.country = cluster.name or label, found.country.alpha3
            cluster.add(cand.start, cand.end, cand.text)
            return
        if cand.label in ("GPE", "LOC"):
            self.get(f"G:{fold(cand.text)}", cand.label).add(cand.start, cand.end, cand.text)
        elif cand.label == "NORP":
            self.get(f"N:{fold(cand.text).rstrip('s')}", "NORP").add(cand.start, cand.end, cand.text)

    def add_known_org(self, cand: Candidate) -> bool:
        """Place a mention of an organisation of our tables (UN, BBC, MSF); False if it is none."""
        org = orgs.known(cand.text)
        if org is None:
            return False
        cluster = self.get(f"O:{org.name}", "ORG")
        cluster.sector, cluster.country = org.sector, org.country
        cluster.scan.update((org.name, *org.aliases))
        cluster.add(cand.start, cand.end, cand.text)
        return True

    def add_org(self, cand: Candidate) -> None:
        """Place an organisation's name, merging partial names and acronyms with full ones."""
        key = org_key(cand.text)
        for cluster in self.by_key.values():
            if cluster.type != "ORG":
                continue
            names = [org_key(f) for f in cluster.forms] + [org_key(f) for f in cluster.scan]
            if key in names or any(_same_org(f, cand.text) for f in cluster.forms):
                cluster.add(cand.start, cand.end, cand.text)
                return
        self.get(f"O:{key}", "ORG").add(cand.start, cand.end, cand.text)


def _same_org(known_name: str, text: str) -> bool:
    """True when ``text`` is a part or the acronym of ``known_name`` ("National Coalition", "SNC")."""
    if text.isupper() and len(text) > 1 and acronym(known_name) == text:
        return True
    return contains_words(known_name, text) and (len(text.split()) > 1 or text[:1].isupper())


def build(doc: Doc, article: Article) -> Clusters:
    """Cluster the entity mentions of ``doc`` (scanning and roles come after)."""
    cands = candidates(doc, article)
    clusters = Clusters(doc)
    for cand in cands:
        if cand.label == "PERSON" and len(cand.text.split()) > 1 and not _not_person(cand.text):
            clusters.add_full_name(cand)
    others = sorted((c for c in cands if c.start not in _starts(clusters)), key=lambda c: -len(c.text))
    for cand in others:
        person = None
        if cand.label in ("PERSON", "ORG", "GPE", "NORP") and not _not_person(cand.text):
            person = clusters.person_for(cand.text, cand.start)
        if person is not None:
            person.add(cand.start, cand.end, cand.text)
        elif cand.label == "PERSON" and not _not_person(cand.text):
            cluster = clusters.get(f"P:{fold(cand.text)}", "PERSON")
            cluster.person = cluster.person or person_name(cand.text)
            cluster.add(cand.start, cand.end, cand.text)
        elif not clusters.add_known_org(cand):
            if cand.label in ("ORG", "FAC") and countries.match(cand.text) is None:
                if cand.label == "ORG":
                    clusters.add_org(cand)
            else:
                clusters.add_place(cand)
    return clusters


def _starts(clusters: Clusters) -> set[int]:
    return {s for c in clusters.by_key.values() for s, _ in c.mentions}


def _not_person(text: str) -> bool:
    """True for a "person" that is a country or a known organisation (a tagging slip)."""
    found = countries.match(text)
    return (found is not None and found.kind in ("name", "demonym")) or orgs.known(text) is not None
