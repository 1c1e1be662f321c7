"""Cluster entity mentions into actors: persons by name, organisations by name, countries.

The clusters are mutable while the stage builds them and become frozen :class:`Actor`
records at the end (:func:`newsgraph.actors.rules.extract`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from newsgraph.actors import gender, orgs, outlets, roles
from newsgraph.actors.candidates import Candidate, candidates
from newsgraph.actors.lexicon import ORG_HEADS, ORG_NAME_WORDS
from newsgraph.actors.names import (
    PARTICLES,
    PersonName,
    acronym,
    contains_words,
    fold,
    org_key,
    person_name,
    surname_variants,
    word_key,
)
from newsgraph.geo import countries
from newsgraph.nlp import views
from newsgraph.records import Article

# Prepositions and verbs after which a capital is a place, not its government ("talks in Moscow").
_PLACE_PREPS = frozenset(
    "in at to from into near outside inside across around via through toward towards throughout within "
    "beyond over between".split()
)
_PLACE_VERBS = frozenset("visit leave reach enter arrive tour fly travel return bomb shell capture".split())
_AGENT_VERBS = frozenset(
    "accuse urge warn criticise criticize condemn blame pressure press sanction ask tell call persuade "
    "threaten support back join".split()
)
_GOVERNMENT_NOUNS = frozenset("government regime administration authorities officials leadership".split())


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
    genders: dict[str, int] = field(default_factory=dict)

    def vote(self, value: str | None) -> None:
        """Count one piece of evidence of the person's gender ("m" or "f")."""
        if value is not None:
            self.genders[value] = self.genders.get(value, 0) + 1

    @property
    def gender(self) -> str | None:
        """"m" or "f" when the evidence agrees, else None."""
        return next(iter(self.genders)) if len(self.genders) == 1 else None

    def add(self, start: int, end: int, text: str, source: str = "ent") -> None:
        """Add a mention (and its text as a form of the name)."""
        self.mentions.setdefault((start, end), source)
        if source == "ent" and text not in self.forms:
            self.forms.append(text)

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return min(start for start, _ in self.mentions)


def is_metonym(doc: Doc, start: int, end: int, *, seat: bool = False) -> bool:
    """Return True when a capital or seat stands for its government ("Moscow said", "the Kremlin's").

    A capital stands for its government only as an agent: the subject of a verb other than
    "be"/"have", a possessor, the object of a political verb ("accused Washington"), or a
    modifier of "government"-like nouns. A seat of power ("the Kremlin", "Downing Street")
    does so everywhere except after a preposition of place or a verb of motion.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return seat
    if span.text.isupper() and len(span.text) > 3:  # a dateline: "WASHINGTON (AP) -"
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    dep, head = root.dep_, root.head
    if dep == "pobj" and head.lower_ in _PLACE_PREPS:
        return False
    if dep == "dobj" and head.lemma_ in _PLACE_VERBS:
        return False
    if dep in ("compound", "nmod", "amod"):
        return head.lemma_.lower() in _GOVERNMENT_NOUNS
    if seat:
        return True
    if dep in ("nsubj", "nsubjpass"):
        return head.lemma_ not in ("be", "have")
    if dep == "pobj" and head.lower_ == "by":
        return True
    return dep == "poss" or (dep == "dobj" and head.lemma_ in _AGENT_VERBS)


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
        cluster.vote(cand.gender)

    def person_for(self, text: str, at: int, sex: str | None = None) -> Cluster | None:
        """The person cluster a short name ("Lavrov", "Assad") refers to at offset ``at``.

        Among several people sharing the name, a gendered form of address ("Ms Lopez") picks
        those of that gender; then the one named last before ``at`` wins.
        """
        key = fold(text)
        found = [c for c in self.persons() if c.person and key in {fold(v) for v in surname_variants(c.person)}]
        if not found:
            found = [c for c in self.persons() if c.person and key == fold(c.person.first or "")]
        if sex is not None and len(found) > 1:
            found = [c for c in found if c.gender in (sex, None)] or found
        if len(found) <= 1:
            return found[0] if found else None
        before = [(max(s for s, _ in c.mentions if s < at), c) for c in found if any(s < at for s, _ in c.mentions)]
        return max(before, key=lambda pair: pair[0])[1] if before else min(found, key=lambda c: c.first)

    def add_place(self, cand: Candidate) -> None:
        """Place a country, demonym, capital, known organisation or other place mention."""
        found = countries.match(cand.text)
        if found is not None and (cand.label != "PERSON" or found.kind == "name"):
            if found.kind in ("name", "demonym") or (
                found.kind in ("capital", "seat")
                and is_metonym(self.doc, cand.start, cand.end, seat=found.kind == "seat")
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
        """Place a mention of an organisation of our tables (UN, BBC, MSF) or of an outlet by its name's
        form ("Des Moines Register"); False if it is neither."""
        text = views.text(self.doc)
        the = text[max(0, cand.start - 4) : cand.start] in ("the ", "The ")
        org = orgs.known(cand.text, the=the)
        if org is None:
            found = outlets.outlet(cand.text, strict=cand.label == "PERSON")
            if found is None:
                return False
            cluster = self.add_org(replace(cand, label="ORG"))
            cluster.sector, cluster.country = found.sector, cluster.country or found.country
            return True
        cluster = self.get(f"O:{org.name}", "ORG")
        cluster.sector, cluster.country = org.sector, org.country
        cluster.scan.update((org.name, *org.aliases))
        if orgs.needs_the(org) and the:  # "The Hill": the mention keeps its "The", and only "The Hill" is scanned
            cand = replace(cand, start=cand.start - 4, text=text[cand.start - 4 : cand.end])
            cluster.scan.update(name.replace("The ", "the ", 1) for name in (org.name, *org.aliases))
        cluster.add(cand.start, cand.end, cand.text)
        return True

    def add_org(self, cand: Candidate) -> Cluster:
        """Place an organisation's name, merging partial names and acronyms with full ones."""
        key = org_key(cand.text)
        for cluster in self.by_key.values():
            if cluster.type != "ORG":
                continue
            names = {org_key(f).replace(" ", "") for f in [*cluster.forms, *cluster.scan]}
            if key.replace(" ", "") in names or any(_same_org(f, cand.text) for f in cluster.forms):
                cluster.add(cand.start, cand.end, cand.text)
                return cluster
        cluster = self.get(f"O:{key}", "ORG")
        cluster.add(cand.start, cand.end, cand.text)
        return cluster


def _same_org(known_name: str, text: str) -> bool:
    """True when ``text`` is a part or the acronym of ``known_name`` ("National Coalition", "SNC")."""
    if text.isupper() and len(text) > 1 and acronym(known_name) == text.replace(".", ""):
        return True
    capitalised = all(w[:1].isupper() for w in text.split() if w.lower() not in PARTICLES | {"of", "for", "and"})
    return capitalised and contains_words(known_name, text)


def build(doc: Doc, article: Article) -> Clusters:
    """Cluster the entity mentions of ``doc`` (scanning and roles come after)."""
    cands = _vote_labels(candidates(doc, article))
    clusters = Clusters(doc)
    for cand in cands:
        if len(cand.text.split()) > 1 and (
            (cand.label == "PERSON" and not _not_person(cand.text)) or _looks_like_person(doc, cand, cands)
        ):
            clusters.add_full_name(cand)
    _pronoun_votes(doc, clusters)
    others = sorted((c for c in cands if c.start not in _starts(clusters)), key=lambda c: -len(c.text))
    for cand in others:
        if _is_acronym(cand.text):
            cand = replace(cand, label="ORG")  # "A.C.L.U." tagged PERSON
        person = None
        if (cand.label in ("PERSON", "ORG", "GPE", "NORP") or cand.split) and not _not_person(cand.text):
            person = clusters.person_for(cand.text, cand.start, cand.gender)
        if person is not None:
            person.add(cand.start, cand.end, cand.text)
            person.vote(cand.gender)
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


def _vote_labels(cands: list[Candidate]) -> list[Candidate]:
    """Give every mention of the same text the label most of them have ("Monowitz" GPE twice, ORG once)."""
    counts: dict[str, dict[str, int]] = {}
    for cand in cands:
        votes = counts.setdefault(fold(cand.text), {})
        votes[cand.label] = votes.get(cand.label, 0) + 1
    out = []
    for cand in cands:
        votes = counts[fold(cand.text)]
        label = max(votes, key=lambda lab: votes[lab])  # ties: the label seen first
        out.append(cand if cand.gender is not None else replace(cand, label=label))
    return out


def _pronoun_votes(doc: Doc, clusters: Clusters) -> None:
    """Count the pronoun after each full-name mention as evidence of the person's gender."""
    starts = {s for c in clusters.persons() for s, _ in c.mentions}
    for cluster in clusters.persons():
        for _, end in cluster.mentions:
            cluster.vote(gender.of_pronoun(doc, end, starts))


def _looks_like_person(doc: Doc, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for a name tagged ORG/GPE that is a person's: "The Home Secretary, Amber Stone,".

    The name must be two or three capitalised words, with no organisation word and no
    country, and either be described by a person's title or share its last word with a
    mention tagged PERSON.
    """
    words = cand.text.split()
    if cand.label not in ("ORG", "GPE", "NORP") or not 2 <= len(words) <= 3 or _not_person(cand.text):
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(word_key(w) in ORG_NAME_WORDS or word_key(w) in ORG_HEADS for w in words):
        return False
    if countries.match(words[0]) is not None or orgs.country_in(cand.text) is not None:
        return False
    surnames = {c.text.split()[-1] for c in cands if c.label == "PERSON"}
    return words[-1] in surnames or any(h.role for h in roles.find(doc, cand.start, cand.end, person=True))


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper() and countries.match(text) is None


def _starts(clusters: Clusters) -> set[int]:
    return {s for c in clusters.by_key.values() for s, _ in c.mentions}


def _not_person(text: str) -> bool:
    """True for a "person" that is a country or a known organisation (a tagging slip)."""
    found = countries.match(text)
    if found is not None and found.kind in ("name", "demonym"):
        return True
    return orgs.known(text) is not None or outlets.outlet(text, strict=True) is not None
