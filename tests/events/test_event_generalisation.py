"""Sentences we wrote ourselves for the constructions that over-fitted coders miss, one class at a time.

Each case is ``(text, category, actor countries, recipient countries)``: the event of ``category``
must be found, and when a country set is given (``None``: not checked) the first event of that
category must point at actors of exactly those ISO alpha-3 countries. People are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from newsgraph.records import Event, Reading

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 15)

Case = tuple[str, str, set[str] | None, set[str] | None]

# 1. An event named by a noun is the subject of a verb that names no event.
NOMINAL_SUBJECTS: list[Case] = [
    ("The talks between Egypt and Ethiopia ended without a deal on Tuesday.", "CONSULT", {"EGY", "ETH"}, None),
    ("Cooperation between Kenya and Uganda on border security led to the arrest of several smugglers.",
     "COOPERATE", {"KEN", "UGA"}, None),
    ("The call-up of reservists by Armenia signalled rising tension with Azerbaijan.", "MOBILIZE", {"ARM"}, None),
    ("Joint naval exercises by India and France took place off the coast of Goa.", "COOPERATE", {"IND", "FRA"},
     None),
    ("Vietnam's release of two Chinese fishermen eased tension in the South China Sea.", "RETREAT", {"VNM"}, None),
    ("The deployment of Kenyan police to Haiti has been delayed again.", "MOBILIZE", {"KEN"}, {"HTI"}),
    ("An agreement between Egypt and Sudan on the dam was reached after midnight.", "AGREE", {"EGY", "SDN"}, None),
]

# 2. A light or generic verb with an event noun: the noun decides.
LIGHT_NOUNS: list[Case] = [
    ("The World Bank approved a loan of 300 million dollars to Ghana.", "AID", None, {"GHA"}),
    ("Colombia and Ecuador resumed the exchange of intelligence on armed groups.", "COOPERATE", {"COL", "ECU"},
     None),
    ("Niger's military rulers gave the French ambassador an ultimatum to leave the country.", "THREATEN", {"NER"},
     {"FRA"}),
    ("The Dutch prime minister expressed remorse for the country's role in the slave trade.", "CONCEDE", None, None),
    ("The jailed Bahraini activist Ali Hassan has been on hunger strike for three weeks.", "PROTEST", None, None),
    ("Parliament in Lima approved the deployment of troops to the southern border.", "MOBILIZE", None, None),
    ("Kenya and Tanzania resumed cross-border trade after a two-year dispute.", "COOPERATE", {"KEN", "TZA"}, None),
    ("The jailed Egyptian activist Karim Nasser, who has been on hunger strike since May, was moved to hospital.",
     "PROTEST", {"EGY"}, None),
    ("Japan extended a loan of 1 billion dollars to Sri Lanka.", "AID", {"JPN"}, {"LKA"}),
    ("The Polish president offered an apology to Ukraine for the remarks.", "SUPPORT", {"POL"}, {"UKR"}),
]

# 3. Only future cooperation is an AGREE; a promised concession stays a CONCEDE.
FUTURES: list[Case] = [
    ("The Chinese government will ease rules on foreign investment after complaints from European firms.",
     "CONCEDE", {"CHN"}, None),
    ("Kazakhstan agreed to scrap the export tax on grain after protests by farmers.", "CONCEDE", {"KAZ"}, None),
    ("The governor of Kano said he would lift the curfew next week.", "CONCEDE", None, None),
    ("Norway will send engineers to help Ukraine restore its power grid.", "AGREE", {"NOR"}, None),
    ("Australia will send two aircraft to help Tonga after the eruption.", "AGREE", {"AUS"}, None),
    ("The Moroccan government agreed to raise teachers' salaries after a month of strikes.", "CONCEDE", {"MAR"},
     None),
    ("Japan will send a medical team to help earthquake victims in Turkey.", "AGREE", {"JPN"}, {"TUR"}),
]

# 4. A negated future is a refusal by the subject.
NEGATED_FUTURES: list[Case] = [
    ("Switzerland will not join the sanctions against Iran, the finance minister said.", "REJECT", {"CHE"}, None),
    ("Brazil will not join the US-led naval coalition, the president said.", "REJECT", {"BRA"}, None),
    ("Hungary said it would not join the joint purchase of ammunition for Ukraine.", "REJECT", {"HUN"}, None),
    ("India will not take part in the summit hosted by China, officials said.", "REJECT", {"IND"}, None),
    ("Georgia will not send troops to Ukraine, the prime minister said.", "REJECT", {"GEO"}, {"UKR"}),
    ("Turkey will not allow Sweden to join NATO until it acts against Kurdish militants.", "REJECT", {"TUR"},
     {"SWE"}),
    ("Austria said it would not take part in the naval mission.", "REJECT", {"AUT"}, None),
]

# 5. Threats without the word "threaten".
THREATS: list[Case] = [
    ("Iran said it would close the Strait of Hormuz if its oil exports were blocked.", "THREATEN", {"IRN"}, None),
    ("Serbia's president warned Kosovo that Belgrade would cut electricity supplies unless the tax was scrapped.",
     "THREATEN", {"SRB"}, None),
    ("Washington gave Pakistan an ultimatum to hand over the suspects.", "THREATEN", {"USA"}, {"PAK"}),
    ("The EU warned that it could suspend trade preferences for Cambodia if the crackdown continued.", "THREATEN",
     None, {"KHM"}),
    ("Turkey said it would expel the Dutch ambassador unless the ban on its ministers was lifted.", "THREATEN",
     {"TUR"}, None),
    ("China said it would impose tariffs on French brandy if the EU went ahead with duties on electric cars.",
     "THREATEN", {"CHN"}, {"FRA"}),
    ("North Korea warned that it would respond with force to any provocation.", "THREATEN", {"PRK"}, None),
    ("Russia warned of serious consequences if Finland joined NATO.", "THREATEN", {"RUS"}, {"FIN"}),
    ("The Philippines warned China that it would file a new diplomatic protest if the harassment continued.",
     "THREATEN", {"PHL"}, {"CHN"}),
]

# 6. Reported speech: who wants, who reports abuses.
REPORTED: list[Case] = [
    ("A spokesman said Bangkok wanted Myanmar's military to release the detained aid workers.", "REQUEST",
     {"THA"}, {"MMR"}),
    ("The minister said Ankara wanted Greece to stop militarising the islands.", "REQUEST", {"TUR"}, {"GRC"}),
    ("Amnesty International said the authorities had detained dozens of journalists in Ethiopia.", "ACCUSE",
     None, {"ETH"}),
    ("Human Rights Watch said Egyptian security forces had tortured detainees in Cairo.", "ACCUSE", None, {"EGY"}),
    ("The spokesman said Tokyo wanted Beijing to lift the ban on Japanese seafood.", "REQUEST", {"JPN"}, {"CHN"}),
    ("According to Amnesty International, security forces detained hundreds of protesters in Tehran.", "ACCUSE",
     None, {"IRN"}),
]

# 7. Declaring a ceasefire is a verbal concession; letting aid in is a material one (PLOVER manual).
CONCESSIONS: list[Case] = [
    ("The Ethiopian government declared a unilateral ceasefire in Tigray.", "CONCEDE", {"ETH"}, None),
    ("The rebels announced a truce for the holiday.", "CONCEDE", None, None),
    ("Israel allowed aid convoys to enter northern Gaza on Sunday.", "RETREAT", {"ISR"}, None),
    ("Azerbaijan allowed Red Cross trucks to pass through the Lachin corridor.", "RETREAT", {"AZE"}, None),
    ("Myanmar's military declared a temporary truce after the earthquake.", "CONCEDE", {"MMR"}, None),
]

# 8. Verbs of transfer and launching: the object decides.
TRANSFERS: list[Case] = [
    ("Germany delivered a Patriot air defence system to Ukraine.", "AID", {"DEU"}, {"UKR"}),
    ("The World Food Programme distributed food supplies to families in Gaza.", "AID", None, None),
    ("Russia began shipping oil to India at a discount.", "COOPERATE", {"RUS"}, {"IND"}),
    ("Houthi rebels launched drones at ships in the Red Sea.", "ASSAULT", {"YEM"}, None),
    ("Hezbollah launched missiles against northern Israel.", "ASSAULT", {"LBN"}, {"ISR"}),
    ("Azerbaijan began supplying gas to Hungary.", "COOPERATE", {"AZE"}, {"HUN"}),
    ("South Korea delivered artillery shells to Poland.", "AID", {"KOR"}, {"POL"}),
    ("Germany's decision to send tanks to Ukraine angered Moscow.", "AID", {"DEU"}, {"UKR"}),
    ("Ukraine received 31 Abrams tanks from the United States.", "AID", {"USA"}, {"UKR"}),
]

# 9. Phrasal verbs and crowd violence.
PHRASAL: list[Case] = [
    ("Venezuela called off talks with the opposition.", "REJECT", {"VEN"}, None),
    ("Beijing dismissed the report as fabricated.", "REJECT", {"CHN"}, None),
    ("The Kremlin dismissed the allegations as Western propaganda.", "REJECT", {"RUS"}, None),
    ("Protesters set fire to the parliament building in Nairobi.", "PROTEST", {"KEN"}, None),
    ("Rioters torched police cars in the suburbs of Dakar.", "PROTEST", {"SEN"}, None),
    ("Clashes between police and protesters left five people dead in Lima.", "PROTEST", {"PER"}, {"PER"}),
    ("Armenia called off military drills with Russia.", "REJECT", {"ARM"}, None),
    ("Pakistan dismissed India's claims as baseless propaganda.", "REJECT", {"PAK"}, {"IND"}),
]

# 10. Who acts and who receives.
PARTIES: list[Case] = [
    ("Hamas fired rockets at Tel Aviv.", "ASSAULT", {"PSE"}, None),
    ("The Taliban arrested two journalists in Kabul.", "COERCE", {"AFG"}, None),
    ("Brazil hosted talks between Venezuela and Guyana.", "CONSULT", {"BRA"}, {"VEN", "GUY"}),
    ("Zimbabwe's main opposition newspaper was shut down by the country's media regulator.", "COERCE", {"ZWE"},
     None),
    ("French riot police were deployed to disperse the protesters.", "MOBILIZE", {"FRA"}, set()),
    ("Separatist gunmen killed four soldiers in Cameroon's Northwest region.", "ASSAULT", {"CMR"}, None),
    ("Armed bandits abducted 20 students in Kaduna state, Nigeria.", "ASSAULT", {"NGA"}, None),
    ("Separatist fighters ambushed a military convoy in the Anglophone region of Cameroon on Tuesday.", "ASSAULT",
     {"CMR"}, {"CMR"}),
    ("Indonesia and Japan held talks on the crisis in Myanmar.", "CONSULT", {"IDN", "JPN"}, set()),
    ("Japan and Australia discussed the situation in Haiti.", "CONSULT", {"JPN", "AUS"}, set()),
    ("Negotiators from Armenia and Azerbaijan met in Washington on Thursday.", "CONSULT", {"ARM", "AZE"}, None),
    ("Brazil's foreign minister said his country wanted both sides to return to talks.", "REQUEST", {"BRA"}, None),
    ("North Korea issued threats against South Korea.", "THREATEN", {"PRK"}, {"KOR"}),
    ("North Korea fired two ballistic missiles toward Japan on Wednesday.", "ASSAULT", {"PRK"}, {"JPN"}),
    ("Thousands protested against France in Niamey.", "PROTEST", {"NER"}, {"FRA"}),
    ("Egypt mediated between Israel and Hamas.", "CONSULT", {"EGY"}, {"ISR", "PSE"}),
    ("Qatar hosted talks between the United States and the Taliban.", "CONSULT", {"QAT"}, {"USA", "AFG"}),
    ("Armed men attacked a police station in Balochistan, Pakistan.", "ASSAULT", {"PAK"}, None),
    ("Unknown gunmen killed a local councillor in the southern Mexican state of Guerrero.", "ASSAULT", {"MEX"}, None),
    ("Kenyan police were deployed to the border with Somalia.", "MOBILIZE", {"KEN"}, {"SOM"}),
]

ALL = [*NOMINAL_SUBJECTS, *LIGHT_NOUNS, *FUTURES, *NEGATED_FUTURES, *THREATS, *REPORTED, *CONCESSIONS,
       *TRANSFERS, *PHRASAL, *PARTIES]


def _read(read: Callable[..., Any], text: str) -> Reading:
    reading = read(text, published=PUBLISHED)
    assert isinstance(reading, Reading)
    return reading


def _countries(reading: Reading, ids: tuple[str, ...]) -> set[str]:
    by_id = {a.id: a for a in reading.actors}
    return {c for c in (by_id[i].country for i in ids) if c}


def _first(reading: Reading, category: str) -> Event:
    found = [e for e in reading.events if e.category == category]
    assert found, [(e.category, e.cue.text if e.cue else None) for e in reading.events]
    return found[0]


@pytest.mark.parametrize(("text", "category", "actors", "recipients"), ALL)
def test_event_and_parties(read: Callable[..., Any], text: str, category: str, actors: set[str] | None,
                           recipients: set[str] | None) -> None:
    reading = _read(read, text)
    event = _first(reading, category)
    if actors is not None:
        assert _countries(reading, event.actor) == actors
    if recipients is not None:
        assert _countries(reading, event.recipient) == recipients


@pytest.mark.parametrize("text", [case[0] for case in FUTURES[:3] + NEGATED_FUTURES])
def test_concessions_and_refusals_are_never_agreements(read: Callable[..., Any], text: str) -> None:
    assert "AGREE" not in {e.category for e in _read(read, text).events}


def test_reported_abuse_is_also_the_abuse(read: Callable[..., Any]) -> None:
    reading = _read(read, REPORTED[2][0])
    assert {"ACCUSE", "COERCE"} <= {e.category for e in reading.events}


def test_unnamed_attackers_become_actors_of_the_event(read: Callable[..., Any]) -> None:
    reading = _read(read, "Separatist gunmen killed four soldiers in Cameroon's Northwest region.")
    event = _first(reading, "ASSAULT")
    (actor,) = [a for a in reading.actors if a.id in event.actor]
    assert (actor.name, actor.country, actor.sector) == ("Separatist gunmen", "CMR", "REB")
    for mention in actor.mentions:
        assert reading.article.text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    ["The minister warned that inflation could rise if oil prices kept climbing.",  # a forecast, not a threat
     "The release of the new phone drew crowds in Tokyo.",  # a product, not a captive
     "The strike by Arsenal's French forward gave his team the lead.",  # sport
     "Support for the ruling party fell to 30 percent in the latest poll.",
     "We want the people of Sudan to choose their own leaders, the minister said."],  # a wish, not a demand
)
def test_event_words_in_ordinary_news_are_no_events(read: Callable[..., Any], text: str) -> None:
    assert _read(read, text).events == ()
