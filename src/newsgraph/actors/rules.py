"""Actors: the persons, organisations and places of an article, each with all its mentions.

The stage reads spaCy's entities in the headline, captions and body, clusters them into
actors (:mod:`newsgraph.actors.cluster`), adds every other occurrence of their names
(:mod:`newsgraph.actors.scan`), reads titles and roles around the mentions
(:mod:`newsgraph.actors.roles`) and returns frozen :class:`~newsgraph.records.Actor` records,
numbered "a1", "a2", ... in order of first mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.actors import companies, orgs, roles, scan
from newsgraph.actors.cluster import Cluster, Clusters, build
from newsgraph.actors.lexicon import RES
from newsgraph.nlp import views
from newsgraph.records import Actor, Reading, TextSpan
from newsgraph.registry import stage

METHOD = "newsgraph.actors.rules.v1"
_POLL = re.compile(r"(?:'s|\u2019s)?\s(?:[Pp]oll|[Ss]urvey)(?:s|ing)?\b")


def _add_roles(doc: Doc, cluster: Cluster) -> None:
    """Read the roles written around a person's or organisation's mentions."""
    person = cluster.type == "PERSON"
    found_country, found_sector = None, None
    for (start, end), source in sorted(cluster.mentions.items()):
        if source == "desc":
            continue
        for hit in roles.find(doc, start, end, person=person):
            if hit.role and hit.role.lower() not in {r.lower() for r in cluster.roles}:
                cluster.roles.append(hit.role)
            found_country = found_country or hit.country
            found_sector = found_sector or hit.sector
    if person:
        cluster.country = cluster.country or found_country
        cluster.sector = cluster.sector or found_sector
        return
    name = _name(cluster)
    cluster.country = cluster.country or found_country or orgs.country_in(name)
    cluster.sector = cluster.sector or _pollster(doc, cluster) or found_sector or orgs.sector_of_name(name)


def _pollster(doc: Doc, cluster: Cluster) -> str | None:
    """RES for an organisation named as the maker of a poll: "a Monmouth University poll", "the Elon poll"."""
    text = views.text(doc)
    for end in sorted(e for (_, e), source in cluster.mentions.items() if source != "desc"):
        if _POLL.match(text, end):
            return RES
    return None


def _name(cluster: Cluster) -> str:
    """The actor's name: a country's common name, else the longest full form seen."""
    if cluster.type == "GPE" and cluster.key.startswith("C:") and cluster.name:
        return cluster.name
    forms = cluster.forms or sorted(cluster.scan)
    if cluster.key.startswith("G:") and cluster.name:
        return cluster.name
    return max(forms, key=lambda f: (len(f.split()), len(f)))


def _record(cluster: Cluster, text: str, index: int) -> Actor:
    spans = tuple(TextSpan.of(text, s, e) for s, e in sorted(cluster.mentions))
    return Actor(
        id=f"a{index}",
        name=_name(cluster),
        type=cluster.type,
        mentions=spans,
        roles=tuple(cluster.roles),
        country=cluster.country,
        sector=cluster.sector,
        method=METHOD,
    )


def actors_of(doc: Doc, reading: Reading) -> tuple[Actor, ...]:
    """Return the actors of the article that ``doc`` was parsed from."""
    article = reading.article
    clusters: Clusters = build(doc, article)
    companies.retype(clusters, article)
    scan.add_acronyms(clusters, article)
    scan.add_name_mentions(clusters, article)
    for cluster in clusters.by_key.values():
        if cluster.type in ("PERSON", "ORG"):
            _add_roles(doc, cluster)
    scan.add_descriptions(clusters, article)
    ordered = sorted((c for c in clusters.by_key.values() if c.mentions), key=lambda c: c.first)
    return tuple(_record(c, article.text, i) for i, c in enumerate(ordered, start=1))


@stage(METHOD, requires=("doc",), produces=("actors",))
def extract(doc: Doc, reading: Reading) -> Reading:
    """Return the reading with its actors (persons, organisations, countries and places)."""
    return replace(reading, actors=actors_of(doc, reading))
