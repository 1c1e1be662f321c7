"""The seed article's events: Russia's refusal, the Lavrov-Hague meeting, the coalition's demand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsgraph.records import Event, Reading

pytestmark = [pytest.mark.model, pytest.mark.shared]

PUBLISHED = date(2013, 2, 22)  # a Friday; the seed text itself carries no date


@pytest.fixture(scope="module")
def seed(shared: Path, read: Callable[..., Any]) -> Reading:
    text = (shared / "corpus" / "seed" / "bbc-syria-lavrov.txt").read_text(encoding="utf-8")
    reading = read(text, published=PUBLISHED)
    assert isinstance(reading, Reading)
    return reading


def _names(reading: Reading, ids: tuple[str, ...]) -> set[str]:
    by_id = {a.id: a for a in reading.actors}
    return {by_id[i].name for i in ids}


def _countries(reading: Reading, ids: tuple[str, ...]) -> set[str | None]:
    by_id = {a.id: a for a in reading.actors}
    return {by_id[i].country for i in ids}


def _events(reading: Reading, category: str) -> list[Event]:
    return [e for e in reading.events if e.category == category]


def test_reject_by_russia_toward_assad(seed: Reading) -> None:
    rejects = [e for e in _events(seed, "REJECT") if "Bashar al-Assad" in _names(seed, e.recipient)]
    assert rejects
    for event in rejects:
        assert _countries(seed, event.actor) == {"RUS"}
    # "won't pressure" in the headline is a refusal, never a coercion
    assert not _events(seed, "COERCE")
    headline = seed.article.headline
    assert headline is not None
    assert any(headline.start <= e.evidence.start < headline.end for e in rejects)


def test_lavrov_and_hague_meeting_next_week(seed: Reading) -> None:
    meetings = [e for e in seed.events if e.category in ("AGREE", "CONSULT")
                and {"Sergei Lavrov", "William Hague"} <= _names(seed, e.actor + e.recipient)]
    assert meetings
    dated = [e for e in meetings if e.date is not None]
    assert dated and dated[0].date == date(2013, 2, 25)  # the Monday of the week after publication
    assert dated[0].future


def test_request_by_the_coalition_that_assad_go(seed: Reading) -> None:
    requests = _events(seed, "REQUEST")
    assert any(_names(seed, e.actor) == {"Syrian National Coalition"}
               and "Bashar al-Assad" in _names(seed, e.recipient) for e in requests)


def test_events_only_from_headline_and_body(seed: Reading) -> None:
    article = seed.article
    for event in seed.events:
        assert article.text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert not any(c.span.start <= event.evidence.start < c.span.end for c in article.captions)
