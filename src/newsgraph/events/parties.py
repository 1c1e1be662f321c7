"""Parties to events that the actors stage leaves without a country, or leaves out.

- **Armed groups** named by our table get the country they operate in when the actors stage gave
  them none (Hamas: Palestine, Hezbollah: Lebanon, the Taliban: Afghanistan ...), as PLOVER's
  gold-standard records code them. Groups that operate across borders (Islamic State, al-Qaeda)
  are left alone.
- **Unnamed parties**: an agent or recipient phrase that names no actor but a collective of people
  ("separatist gunmen", "protesters", "the authorities", "the country's media regulator") becomes
  an actor of its own, with a sector from its head word and the country the text places it in: a
  country named in the phrase, "the country" (the article's country), a place the phrase or the
  event is in ("gunmen in Mali", "killed four soldiers in Cameroon's Northwest region"), or the
  one country the sentence names. A phrase that cannot be placed is left out, never guessed.

These actors carry the events stage's method, so a reader can tell them from the actors stage's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from newsgraph.actors.names import fold
from newsgraph.events import syntax as sx
from newsgraph.geo import countries
from newsgraph.nlp import views
from newsgraph.records import Actor, Reading, TextSpan

# Armed groups and movements with one country of operation (alpha-3). Our own table.
GROUP_HOMES: dict[str, str] = {
    **dict.fromkeys(("hamas", "islamic jihad", "palestinian islamic jihad", "fatah", "al-aqsa martyrs brigades",
                     "popular front for the liberation of palestine"), "PSE"),
    **dict.fromkeys(("hezbollah", "hizbollah", "hizballah", "hizbullah", "amal"), "LBN"),
    **dict.fromkeys(("taliban", "haqqani network"), "AFG"),
    **dict.fromkeys(("tehrik-i-taliban pakistan", "lashkar-e-taiba", "jaish-e-mohammed"), "PAK"),
    **dict.fromkeys(("al-shabaab", "al-shabab", "al shabaab", "al shabab", "shabaab"), "SOM"),
    **dict.fromkeys(("boko haram", "iswap"), "NGA"),
    **dict.fromkeys(("houthis", "houthi", "houthi rebels", "ansar allah"), "YEM"),
    **dict.fromkeys(("pkk", "kurdistan workers' party", "kurdistan workers party"), "TUR"),
    **dict.fromkeys(("m23", "allied democratic forces", "codeco"), "COD"),
    **dict.fromkeys(("farc", "revolutionary armed forces of colombia", "eln"), "COL"),
    **dict.fromkeys(("polisario", "polisario front"), "ESH"),
    **dict.fromkeys(("ltte", "tamil tigers", "liberation tigers of tamil eelam"), "LKA"),
    **dict.fromkeys(("abu sayyaf", "new people's army", "moro islamic liberation front", "milf"), "PHL"),
    **dict.fromkeys(("arakan army", "kachin independence army", "karen national union"), "MMR"),
    **dict.fromkeys(("hayat tahrir al-sham", "hts", "syrian democratic forces", "sdf"), "SYR"),
    **dict.fromkeys(("rapid support forces", "janjaweed", "sudan liberation army"), "SDN"),
    **dict.fromkeys(("wagner", "wagner group"), "RUS"),
    **dict.fromkeys(("shining path", "sendero luminoso"), "PER"),
    **dict.fromkeys(("tigray people's liberation front", "tplf", "fano"), "ETH"),
}

# Head words of unnamed collectives, with the sector they belong to.
COLLECTIVES: dict[str, str] = {
    **dict.fromkeys(("gunman", "gunmen", "militant", "rebel", "insurgent", "separatist", "jihadist", "extremist",
                     "bandit", "attacker", "assailant", "fighter", "militia", "militiaman", "guerrilla", "guerilla",
                     "terrorist", "kidnapper", "pirate", "bomber"), "REB"),
    **dict.fromkeys(("protester", "demonstrator", "rioter", "crowd", "mob", "activist", "striker", "marcher"),
                    "OPP"),
    **dict.fromkeys(("troop", "soldier", "army", "force", "military", "navy", "marine", "paratrooper"), "MIL"),
    **dict.fromkeys(("authority", "government", "regime", "regulator", "ministry", "administration", "junta",
                     "official", "cabinet", "parliament", "commission", "council", "police", "policeman", "gendarme",
                     "gendarmerie"), "GOV"),
    **dict.fromkeys(("court", "prosecutor", "judge", "tribunal"), "JUD"),
    **dict.fromkeys(("resident", "villager", "student", "worker", "farmer", "civilian"), "CVL"),
}
_THE_COUNTRY = frozenset({"country", "nation"})
_COUNTS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "crowds"})
_ARMED = frozenset({"armed", "masked", "unidentified", "unknown", "hooded"})
_POLICE = frozenset({"police", "policeman", "gendarme", "gendarmerie"})
_AWAY = frozenset({"to", "into", "toward", "towards", "against", "at", "on"})
_WHERE = frozenset({"in", "near", "inside", "outside", "at", "across", "throughout"})
_SITE = frozenset({"in", "near", "inside", "outside", "at", "of"})  # where a destination is, not where one goes
_LEADING = frozenset({"the", "a", "an", "some", "several", "many", "dozens", "hundreds", "thousands", "of"})


def with_group_homes(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors, with the country of operation filled in for known armed groups that lack one."""
    out = []
    for actor in actors:
        home = None if actor.country else _home(actor)
        out.append(replace(actor, country=home) if home else actor)
    return tuple(out)


def _home(actor: Actor) -> str | None:
    for name in (actor.name, *(m.text for m in actor.mentions)):
        key = fold(name).removeprefix("the ").strip()
        if key in GROUP_HOMES:
            return GROUP_HOMES[key]
    return None


@dataclass(slots=True)
class Newcomers:
    """Actors for unnamed parties, made while one article's events are built."""

    reading: Reading
    made: list[Actor] = field(default_factory=list)

    def actor_for(self, token: Token, anchors: tuple[Token, ...], category: str) -> str | None:
        """The id of an actor for the unnamed collective headed by ``token``, or None when it cannot be placed.

        A crowd counted rather than named ("thousands marched") is the protesters of a PROTEST.
        """
        sector = COLLECTIVES.get(sx.lemma(token)) or COLLECTIVES.get(token.lower_)
        if sector is None and any(c.lower_ in _ARMED for c in views.children(token)):  # "armed men", "masked youths"
            sector = "REB"
        counted = sector is None and category == "PROTEST" and token.lower_ in _COUNTS
        sector = "OPP" if counted else sector
        if sector is None or token.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in views.children(token)):  # "its troops": the owner's
            return None
        country = self._country(token, anchors, sector=sector)
        if country is None:
            return None
        words = _phrase(token)
        while words and words[0].i != token.i and (words[0].lower_ in _LEADING or words[0].pos_ == "NUM"):
            words = words[1:]
        if not words:
            return None
        text = self.reading.article.text
        mention = TextSpan.of(text, words[0].idx, words[-1].idx + len(words[-1].text))
        name = "Protesters" if counted else mention.text[:1].upper() + mention.text[1:]
        for i, actor in enumerate(self.made):
            if fold(actor.name) == fold(name) and actor.country == country:
                self.made[i] = replace(actor, mentions=(*actor.mentions, mention))
                return actor.id
        actor = Actor(id=self._next_id(), name=name, type="NORP", mentions=(mention,), country=country,
                      sector=sector, method="newsgraph.events.rules.v1")
        self.made.append(actor)
        return actor.id

    def country_actor(self) -> str | None:
        """The id of the actor that stands for the article's country ("his country", "the nation")."""
        home = self._article_country()
        found = [a for a in self.reading.actors if a.country == home and a.type in ("GPE", "NORP")]
        return max(found, key=lambda a: len(a.mentions)).id if found else None

    def _next_id(self) -> str:
        taken = {a.id for a in (*self.reading.actors, *self.made)}
        number = len(taken) + 1
        while f"a{number}" in taken:
            number += 1
        return f"a{number}"

    def _country(self, token: Token, anchors: tuple[Token, ...], *, sector: str) -> str | None:
        """Where the text places a collective: the phrase, "the country", the event's place, the sentence.

        A government body is placed only by its own phrase or a place of the event, never by the
        other countries a sentence names ("the cabinet authorised a deployment to Somalia").
        """
        phrase = _phrase(token)
        for t in phrase:
            found = countries.match(t.text) if t.i != token.i and t.pos_ in ("ADJ", "PROPN") else None
            if found is not None and found.kind in ("name", "demonym"):
                return found.country.alpha3
        if any(t.lower_ in _THE_COUNTRY for t in phrase if t.i != token.i):
            return self._article_country()
        places = [o for t in _holders(token, anchors) for o in sx.prep_objects(t, ("in", "from", "at", "near"))]
        for place in places:
            home = self._country_in(_phrase(place))
            if home is not None:
                return home
        if sector in ("GOV", "JUD") and sx.lemma(token) not in _POLICE:
            return None
        return self._sentence_country(token.sent)

    def _country_in(self, tokens: list[Token]) -> str | None:
        """The country of the first place named among ``tokens`` (not a people: "in defiance of Chinese ...")."""
        for t in tokens:
            if t.ent_type_ == "NORP" and not _of_place(t):
                continue
            for actor in self.reading.actors:
                home = _place_country(actor, located=True)
                if home and any(m.start <= t.idx < m.end for m in actor.mentions):
                    return home
        return None

    def _sentence_country(self, sent: Span) -> str | None:
        """The one country a sentence places things in ("in Kaduna state, Nigeria").

        Only places in phrases of place count: not a destination or target ("to Somalia"), a source
        ("pressure from Qatar") or a people ("Nigerian soldiers").
        """
        words = views.span_tokens(sent)
        away = {t.idx for p in words if p.dep_ == "prep" and p.lower_ in _AWAY for o in sx.kids(p, "pobj")
                for t in _destination(o)}
        here = {t.idx for p in words if p.dep_ == "prep" and p.lower_ in _WHERE for o in sx.kids(p, "pobj")
                for t in _phrase(o) if t.ent_type_ != "NORP" or _of_place(t)} - away
        found = {_place_country(a) for a in self.reading.actors
                 if any(m.start <= i < m.end for m in a.mentions for i in here)} - {None}
        return found.pop() if len(found) == 1 else None

    def _article_country(self) -> str | None:
        """The country the article is about: the one whose places and peoples are named most, if one leads."""
        counts: Counter[str] = Counter()
        for a in self.reading.actors:
            if a.country and a.type in ("GPE", "NORP", "LOC"):
                counts[a.country] += len(a.mentions)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]


def _place_country(actor: Actor, *, located: bool = False) -> str | None:
    """The country of a place actor: its own, or the one its name places it in ("Dakar": Senegal).

    With ``located`` (the name stands in a phrase of place, "in the suburbs of Dakar") any actor
    whose name our tables know as a place counts, whatever its entity type.
    """
    if actor.country:
        return actor.country
    found = countries.match(actor.name) if located or actor.type in ("GPE", "LOC") else None
    return found.country.alpha3 if found is not None else None


def the_country(token: Token) -> bool:
    """Whether a phrase is "the country" or "his country": the article's country, not a new party."""
    return sx.lemma(token) in _THE_COUNTRY and any(
        c.lower_ == "the" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in views.children(token))


def _of_place(token: Token) -> bool:
    """Whether a people's name says where a place is ("the Mexican state of Guerrero"), not who acts."""
    return token.dep_ in ("amod", "compound") and sx.in_classes(sx.words_of(token.head), ("territory",))


def _holders(token: Token, anchors: tuple[Token, ...]) -> list[Token]:
    """Words whose place phrases place a party: the phrase, its verb, the verb's object, the event's cue."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token.head.head if token.dep_ == "pobj" else None
    out = [token]
    for v in (verb, *anchors[:2]):
        if v is None or v.i == token.i:
            continue
        out.append(v)
        obj = sx.direct_object(v)
        if obj is not None and obj.i != token.i:
            out.extend((obj, *sx.prep_objects(obj, ("of",))))
    return out


def _destination(token: Token) -> list[Token]:
    """The words naming where something goes ("to the border with Somalia"), not where that place is."""
    out = [token]
    for c in views.children(token):
        if not (c.dep_ == "prep" and c.lower_ in _SITE):
            out.extend(_destination(c))
    return out


def _phrase(token: Token) -> list[Token]:
    start, end = sx.phrase(token)
    return views.tokens_between(token.doc, start, end)
