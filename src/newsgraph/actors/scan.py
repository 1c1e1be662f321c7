"""Find every occurrence of a known name in the text, where the tagger missed some.

spaCy's small model tags "Lavrov" in one sentence and misses it in the next; once a name is
known as an actor's, every occurrence of it (with word boundaries, in the headline, captions
and body) is a mention. Longer names claim their text first, and a mention never overlaps
another actor's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsgraph.actors import embedded
from newsgraph.actors.cluster import Cluster, Clusters, is_metonym
from newsgraph.actors.lexicon import ORG_HEADS
from newsgraph.actors.names import acronym, fold, is_title_word, person_name, surname_variants, title_head
from newsgraph.geo import countries
from newsgraph.intervals import Occupied
from newsgraph.nlp import views
from newsgraph.records import Article

_PLACE_TYPES = frozenset({"GPE", "LOC"})
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")


def zones(article: Article) -> list[tuple[int, int]]:
    """The (start, end) spans of the headline, captions and paragraphs."""
    spans = [article.headline] if article.headline is not None else []
    spans += [c.span for c in article.captions] + list(article.paragraphs)
    return [(s.start, s.end) for s in spans if s is not None]


def _joins(ch: str) -> bool:
    """Whether ``ch`` continues a word (a letter, digit, underscore or hyphen)."""
    return ch.isalnum() or ch in "_-"


def _occurrences(text: str, form: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Where ``form`` occurs as a whole word inside the zones ``spans``, left to right, without overlaps."""
    if not form:
        return
    for zone_start, zone_stop in spans:
        zone_end = min(zone_stop, len(text))
        at = text.find(form, zone_start, zone_end)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not _joins(text[at - 1])) and (end == zone_end or not _joins(text[end])):
                yield at, end
                at = text.find(form, end, zone_end)
            else:
                at = text.find(form, at + 1, zone_end)


def _taken(clusters: Clusters) -> Occupied:
    return Occupied((s, e) for c in clusters.by_key.values() for s, e in c.mentions)


def _forms(cluster: Cluster) -> set[str]:
    forms = set(cluster.forms) | cluster.scan
    if cluster.person is not None and cluster.person.full:
        forms |= set(surname_variants(cluster.person))
    if cluster.type == "ORG":
        for name in list(cluster.forms):
            forms |= _org_variants(name)
    return {f for f in forms if len(f) > 1}


def _org_variants(name: str) -> set[str]:
    """Shorter names of an organisation: without its country ("National Coalition"), its acronym ("SNC")."""
    words = name.split()
    out = set()
    if len(words) >= 3 and countries.match(words[0]) is not None:
        out.add(" ".join(words[1:]))
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) >= 3 and len(capitalised) == len([w for w in words if w.isalpha() and len(w) > 3]):
        out.add(acronym(name))
    return out


def _other_first_name(text: str, start: int, cluster: Cluster) -> bool:
    """True when a surname is preceded by a first name that is not this person's."""
    m = re.search(r"([A-Z][\w\-]+)\s+$", text[max(0, start - 40) : start])
    if m is None or cluster.person is None or is_title_word(m.group(1)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if start - len(m.group(0)) <= line_start:  # the word opens the line: a headline's first word
        return False
    return fold(m.group(1)) != fold(cluster.person.first or "") and m.group(1) not in cluster.forms


def add_name_mentions(clusters: Clusters, article: Article) -> None:
    """Add a mention for every occurrence of every actor's known names."""
    text, spans = article.text, zones(article)
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters.by_key.values():
        for form in _forms(cluster):
            owners.setdefault(form, []).append(cluster)
    taken = _taken(clusters)
    for form in sorted(owners, key=len, reverse=True):
        seat = countries.match(form)
        if seat is not None and seat.kind in ("capital", "seat"):
            _add_seat_mentions(clusters, form, spans, taken)
            continue
        if len(owners[form]) > 1:
            continue  # shared by two actors (two Assads): only the tagger's mentions count
        cluster = owners[form][0]
        place = cluster.type in _PLACE_TYPES
        for start, end in _occurrences(text, form, spans):
            if taken.overlaps(start, end) or (place and _in_longer_name(clusters, start, end)):
                continue
            if cluster.type == "PERSON":
                start = _first_name(clusters, cluster, start, end)
                if _other_first_name(text, start, cluster):
                    continue
            cluster.add(start, end, text[start:end], "scan")
            taken.add(start, end)


def _add_seat_mentions(clusters: Clusters, form: str, spans: list[tuple[int, int]], taken: Occupied) -> None:
    """Give each occurrence of a capital or seat to its country or to the place, by its use."""
    found = countries.match(form)
    if found is None:
        return
    text = views.text(clusters.doc)
    for start, end in _occurrences(text, form, spans):
        if taken.overlaps(start, end) or _in_longer_name(clusters, start, end):
            continue
        if is_metonym(clusters.doc, start, end, seat=found.kind == "seat"):
            cluster = clusters.get(f"C:{found.country.alpha3}", "GPE")
            cluster.name, cluster.country = found.country.name, found.country.alpha3
        else:
            cluster = clusters.get(f"G:{fold(form)}", "GPE")
            cluster.name, cluster.country = cluster.name or form, found.country.alpha3
        cluster.add(start, end, form, "scan")
        taken.add(start, end)


def _in_longer_name(clusters: Clusters, start: int, end: int) -> bool:
    """Whether a place's name at ``[start, end)`` is a word of a longer name ("Iraq" in "the Iraq War")."""
    toks = views.tokens_between(clusters.doc, start, end)
    if not toks or toks[0].idx != start or toks[-1].idx + len(toks[-1]) != end:
        return False  # not a whole token: "Americans" of "Americans’"
    return embedded.longer_name(clusters.doc, toks[0].i, toks[-1].i + 1) is not None


def _first_name(clusters: Clusters, cluster: Cluster, start: int, end: int) -> int:
    """Widen a bare surname to the first name before it ("Nadia" Haddad) when the actor lacks one."""
    if cluster.person is None or cluster.person.full:
        return start
    span = clusters.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return start
    prev = clusters.doc[span.start - 1]
    if prev.pos_ != "PROPN" or not prev.is_title or prev.ent_type_ not in ("", "PERSON") or prev.whitespace_ != " ":
        return start
    if is_title_word(prev.text) or countries.match(prev.text) is not None:
        return start
    cluster.person = person_name(f"{prev.text} {cluster.person.surname}")
    cluster.forms.append(f"{prev.text} {cluster.person.surname}")
    return prev.idx


def add_acronyms(clusters: Clusters, article: Article) -> None:
    """Give an organisation the acronym written after its name: "the World Health Organization (WHO)"."""
    text = article.text
    for cluster in list(clusters.by_key.values()):
        if cluster.type != "ORG":
            continue
        for (_, end), source in list(cluster.mentions.items()):
            m = _ACRONYM.match(text, end)
            if source != "ent" or m is None:
                continue
            short = m.group(1)
            cluster.scan.add(short)
            for other in list(clusters.by_key.values()):
                if other is not cluster and other.type == "ORG" and {fold(f) for f in other.forms} == {fold(short)}:
                    cluster.mentions.update(other.mentions)
                    del clusters.by_key[other.key]


def _heads(cluster: Cluster) -> set[str]:
    """Nouns a description of an organisation may use: "coalition", "opposition group", "charity"."""
    heads = set()
    for name in cluster.forms:
        last = name.split()[-1].lower() if name.split() else ""
        if last in ORG_HEADS:
            heads.add(last)
    for role in cluster.roles:
        words = role.lower().split()
        if words and words[-1] in ORG_HEADS:
            heads.add(words[-1])
            heads.add(" ".join(words[-2:]))
    return heads


def _person_heads(cluster: Cluster) -> set[str]:
    """Descriptions of a person by title: "the foreign secretary", "the president"."""
    heads = set()
    for role in cluster.roles:
        words = role.lower().split()
        if words and title_head(words[-1:]) is not None and not any(w in ("of", "for", "at") for w in words):
            heads.add(" ".join(words))
            heads.add(words[-1])
    return heads


def add_descriptions(clusters: Clusters, article: Article) -> None:
    """Add "the coalition" / "the prime minister" mentions after an actor's first mention, when unambiguous."""
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters.by_key.values():
        heads = _heads(cluster) if cluster.type == "ORG" else _person_heads(cluster) if cluster.person else set()
        for head in heads:
            owners.setdefault(head, []).append(cluster)
    taken = _taken(clusters)
    spans = zones(article)
    for head in sorted(owners, key=len, reverse=True):
        if len(owners[head]) > 1:
            continue
        cluster = owners[head][0]
        for start, end in _occurrences(article.text, "the " + head, spans):
            _add_description(cluster, start, end, article.text, taken)
        for start, end in _occurrences(article.text, "The " + head, spans):
            _add_description(cluster, start, end, article.text, taken)


def _add_description(cluster: Cluster, start: int, end: int, text: str, taken: Occupied) -> None:
    if start > cluster.first and not taken.overlaps(start, end):
        cluster.add(start, end, text[start:end], "desc")
        taken.add(start, end)
