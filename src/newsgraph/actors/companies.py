"""Companies the tagger took for persons ("Krispy Kreme", "Tim Hortons").

The small model tags many two-word brand names PERSON. The text says otherwise when it refers
back to the name as "the company" / "the firm", or when the name carries a legal form ("Inc",
"Ltd", "plc"). Such a cluster becomes an organisation, and merges with the organisation that
has the same name with its legal form ("Helio Labs" and "Helio Labs, Inc.").
"""

from __future__ import annotations

import re

from newsgraph.actors import roles
from newsgraph.actors.cluster import Cluster, Clusters
from newsgraph.actors.names import LEGAL_FORM, fold, is_title_word
from newsgraph.records import Article

# Descriptions that stand for a company, never for a person.
_COMPANY = re.compile(r"\b[Tt]he (?:company|firm|chain|retailer|carmaker|manufacturer|lender|airline)\b")
_SUBJECT = frozenset("nsubj nsubjpass".split())
_LOOKBACK = 400  # characters: "the company" refers to a name at most a few sentences back


def _bare(name: str) -> str:
    return fold(LEGAL_FORM.sub("", name))


def _eligible(clusters: Clusters, cluster: Cluster, text: str) -> bool:
    """True for a "person" with nothing personal about it: no title, no gender, no role."""
    if cluster.type != "PERSON" or cluster.gender is not None:
        return False
    if any(is_title_word(f.split()[0]) for f in cluster.forms if f.split()):
        return False
    before = [text[max(0, s - 12):s].split() for s, _ in cluster.mentions]
    if any(words and is_title_word(words[-1]) for words in before):
        return False  # "Dr Carpenter"
    return not any(roles.find(clusters.doc, s, e, person=True) for s, e in cluster.mentions)


def _referred_to(clusters: Clusters, article: Article) -> set[str]:
    """Keys of the person clusters that a later "the company" refers back to."""
    text = article.text
    spans = [(s, e, c) for c in clusters.by_key.values() if c.type in ("PERSON", "ORG") for s, e in c.mentions]
    found = set()
    for m in _COMPANY.finditer(text):
        noun = clusters.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if noun is None or noun.root.dep_ not in _SUBJECT:
            continue  # "employed by the company", "the godfather of the firm"
        before = [(e, c) for s, e, c in spans if e <= m.start() and m.start() - e <= _LOOKBACK]
        if not before:
            continue
        _, nearest = max(before, key=lambda p: p[0])
        if _eligible(clusters, nearest, text):
            found.add(nearest.key)
    return found


def retype(clusters: Clusters, article: Article) -> None:
    """Make organisations of the person clusters that the text shows are companies (see the module)."""
    keys = _referred_to(clusters, article)
    keys |= {c.key for c in clusters.by_key.values()
             if c.type == "PERSON" and any(LEGAL_FORM.search(f) for f in c.forms)}
    orgs = {_bare(f): c for c in clusters.by_key.values() if c.type == "ORG" for f in c.forms}
    for key in keys:
        cluster = clusters.by_key[key]
        cluster.type, cluster.person = "ORG", None
        same = next((orgs[_bare(f)] for f in cluster.forms if orgs.get(_bare(f), cluster) is not cluster), None)
        if same is not None:
            same.mentions.update(cluster.mentions)
            same.forms.extend(f for f in cluster.forms if f not in same.forms)
            del clusters.by_key[key]
    for cluster in clusters.by_key.values():
        shared = [f for f in cluster.forms if len(f.split()) > 1 and _bare(f) in orgs]
        if cluster.type == "PERSON" and shared and _eligible(clusters, cluster, article.text):
            target = orgs[_bare(shared[0])]
            target.mentions.update(cluster.mentions)
            cluster.mentions.clear()
