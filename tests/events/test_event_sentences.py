"""Sentences we wrote ourselves, one or more per PLOVER category, read with the full pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from newsgraph.records import Event, Reading

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 15)  # a Friday

CATEGORY_CASES = [
    ("AGREE", "Portugal and Morocco agreed on Tuesday to build a new power line across the strait."),
    ("AGREE", "Canada has offered to send engineers to help rebuild the damaged port."),
    ("AGREE", "Greece and Turkey have agreed to resume talks on their maritime border."),
    ("CONSULT", "The Japanese prime minister met his South Korean counterpart in Seoul on Friday."),
    ("CONSULT", "Delegations from Peru and Chile held talks in Lima about the fishing dispute."),
    ("CONSULT", "Kenya's foreign minister visited Ethiopia last week."),
    ("SUPPORT", "The European Union praised Ghana for holding peaceful elections."),
    ("SUPPORT", "Brazil and Argentina signed a trade agreement in Buenos Aires."),
    ("SUPPORT", "Morocco has recognised Israel, the royal palace said in a statement."),
    ("CONCEDE", "The Thai government lifted the curfew in the southern provinces on Monday."),
    ("CONCEDE", "The president pardoned 40 political prisoners to mark independence day."),
    ("COOPERATE", "Spanish and French police have shared intelligence on the smuggling network."),
    ("COOPERATE", "Indian and Nepalese troops held joint exercises near the border."),
    ("COOPERATE", "Colombia extradited a drug lord to the United States."),
    ("AID", "Sweden sent 20 tonnes of medical supplies to earthquake survivors in Turkey."),
    ("AID", "Germany granted asylum to a dissident journalist from Belarus."),
    ("AID", "Japan lent Indonesia 500 million dollars for a new railway."),
    ("RETREAT", "The rebels released twelve hostages on Sunday, officials said."),
    ("RETREAT", "Armenian forces withdrew from three villages along the border."),
    ("RETREAT", "The minister resigned after the corruption scandal."),
    ("RETREAT", "Azerbaijan handed back ten prisoners of war to Armenia."),
    ("REQUEST", "The United Nations urged Myanmar to allow aid workers into the region."),
    ("REQUEST", "Opposition leaders demanded that the president step down."),
    ("REQUEST", "Amnesty International called for the release of the detained activists."),
    ("REQUEST", "The UN Secretary-General said both sides must return to the negotiating table."),
    ("ACCUSE", "Pakistan accused India of violating the ceasefire in Kashmir."),
    ("ACCUSE", "Human rights groups condemned the crackdown on journalists in Egypt."),
    ("ACCUSE", "Prosecutors in Italy have opened an investigation into the collapse of the bridge."),
    ("REJECT", "Iran rejected a European proposal to limit its missile programme."),
    ("REJECT", "Poland has turned down a request from Brussels to accept more migrants."),
    ("REJECT", "Israel is opposed to any international force in Gaza."),
    ("THREATEN", "China threatened to impose tariffs on Australian wine."),
    ("THREATEN", "Turkey warned it would launch a new military operation in northern Syria."),
    ("THREATEN", "The European Commission threatened Hungary with legal action."),
    ("PROTEST", "Thousands of students demonstrated in Santiago against tuition fees."),
    ("PROTEST", "Dock workers in Rotterdam went on strike on Monday."),
    ("PROTEST", "Farmers blocked roads into Brussels with their tractors."),
    ("SANCTION", "The United States imposed sanctions on Venezuelan oil officials."),
    ("SANCTION", "Lithuania expelled two Russian diplomats on Wednesday."),
    ("SANCTION", "Ecuador suspended talks with Colombia over the border incident."),
    ("MOBILIZE", "Russia deployed additional troops along its western border."),
    ("MOBILIZE", "North Korea test-fired two ballistic missiles into the sea."),
    ("MOBILIZE", "Serbia put its army on high alert after clashes in northern Kosovo."),
    ("COERCE", "Police in Nairobi arrested 30 protesters on Tuesday."),
    ("COERCE", "The government imposed a state of emergency in the capital."),
    ("COERCE", "Turkish authorities shut down two opposition newspapers."),
    ("ASSAULT", "Gunmen killed five villagers in northern Nigeria on Saturday."),
    ("ASSAULT", "Israeli aircraft bombed targets in Gaza overnight."),
    ("ASSAULT", "A convoy was attacked by militants near Kandahar."),
]


def _read(read: Callable[..., Any], text: str) -> Reading:
    reading = read(text, published=PUBLISHED)
    assert isinstance(reading, Reading)
    return reading


def _names(reading: Reading, ids: tuple[str, ...]) -> set[str]:
    by_id = {a.id: a for a in reading.actors}
    return {by_id[i].name for i in ids}


def _only(reading: Reading, category: str) -> Event:
    found = [e for e in reading.events if e.category == category]
    assert found, [(e.category, e.cue) for e in reading.events]
    return found[0]


@pytest.mark.parametrize(("category", "text"), CATEGORY_CASES)
def test_category(read: Callable[..., Any], category: str, text: str) -> None:
    reading = _read(read, text)
    assert category in {e.category for e in reading.events}
    for event in reading.events:
        assert reading.article.text[event.evidence.start:event.evidence.end] == event.evidence.text


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Pakistan accused India of violating the ceasefire in Kashmir.", "ACCUSE", {"Pakistan"}, {"India"}),
        ("Lithuania expelled two Russian diplomats on Wednesday.", "SANCTION", {"Lithuania"}, {"Russia"}),
        ("Portugal and Morocco agreed on Tuesday to build a new power line.", "AGREE", {"Portugal", "Morocco"},
         set()),
        ("The United Nations urged Myanmar to allow aid workers into the region.", "REQUEST",
         {"United Nations"}, {"Myanmar"}),
        ("Spanish and French police have shared intelligence on the network.", "COOPERATE", {"Spain", "France"},
         set()),
        ("Ethiopia blamed Egypt for the collapse of the dam negotiations.", "ACCUSE", {"Ethiopia"}, {"Egypt"}),
    ],
)
def test_actor_and_recipient(read: Callable[..., Any], text: str, category: str, actor: set[str],
                             recipient: set[str]) -> None:
    reading = _read(read, text)
    event = _only(reading, category)
    assert _names(reading, event.actor) == actor
    assert _names(reading, event.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        "Serbia won't recognise Kosovo, the president said.",
        "Beijing will not send peacekeepers to the region, the foreign ministry said.",
        "The minister said there was no chance of Ottawa asking the ambassador to leave.",
        "The governor refused to release the report on the prison deaths.",
    ],
)
def test_negated_cooperation_or_request_is_reject(read: Callable[..., Any], text: str) -> None:
    reading = _read(read, text)
    assert [e.category for e in reading.events] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    ["The army did not attack the village, a spokesman said.", "Police have not arrested anyone."],
)
def test_negated_conflict_is_not_an_event(read: Callable[..., Any], text: str) -> None:
    reading = _read(read, text)
    assert reading.events == ()
    assert any(s.stage == "newsgraph.events.rules.v1" and "negated" in s.reason for s in reading.skipped)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("India plans to send food aid to Sri Lanka.", "AGREE"),
        ("The Norwegian government will provide emergency funding to flood victims.", "AGREE"),
        ("Japan will lend Indonesia 500 million dollars for a new railway.", "AGREE"),
        ("The union said it would strike next month unless wages rise.", "THREATEN"),
        ("Hungary said it would veto the budget if the rule were adopted.", "THREATEN"),
    ],
)
def test_future_cooperation_is_agree_and_future_force_threaten(read: Callable[..., Any], text: str,
                                                                category: str) -> None:
    event = _only(_read(read, text), category)
    assert event.future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president is due to visit Algeria next week for talks.", date(2024, 3, 18)),
        ("Kenya's foreign minister visited Ethiopia last week.", date(2024, 3, 4)),
        ("Lithuania expelled two Russian diplomats on Wednesday.", date(2024, 3, 13)),
        ("Police in Nairobi arrested 30 protesters yesterday.", date(2024, 3, 14)),
    ],
)
def test_dates_resolve_against_publication(read: Callable[..., Any], text: str, expected: date) -> None:
    reading = _read(read, text)
    assert [e.date for e in reading.events] == [expected]


@pytest.mark.parametrize(
    "text",
    ["The weather was cold in Oslo on Tuesday.", "Oil prices rose sharply on Monday.",
     "The company reported record profits for the third quarter.",
     "I agree with the minister's views on the matter.",  # an opinion, not an agreement to cooperate
     "Who will support their families now?",  # a question
     "Don't let them wreck the economy again.",  # a command
     "Suspects can be arrested without charge under the new law.",  # what can be done is no event
     "Operating margins will be lower, as opposed to last year."],
)
def test_no_event_in_ordinary_news(read: Callable[..., Any], text: str) -> None:
    assert _read(read, text).events == ()


def test_hosting_codes_the_guest_as_source(read: Callable[..., Any]) -> None:
    reading = _read(read, "Egypt hosted the Sudanese president in Cairo on Sunday.")
    event = _only(reading, "CONSULT")
    assert event.mode == "visit"
    assert _names(reading, event.recipient) == {"Egypt"}
