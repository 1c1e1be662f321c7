"""Issue 11: a broken stage loses only its own records; an article over the time limit is a failure."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from newsgraph.errors import ArticleError, TimeLimitExceeded
from newsgraph.limits import enforced, time_limit
from newsgraph.pipeline import DEFAULT_STAGES, Pipeline
from newsgraph.read.failure import Failure
from newsgraph.read.text import read_text
from newsgraph.reading import to_dict
from newsgraph.records import Reading
from newsgraph.registry import _STAGES, get_stage

pytestmark = pytest.mark.issue11

TEXT = ("Talks resume\nThe French Foreign Minister, Anne Martin, said on Monday that about 2,000 people had "
        "fled floods near Lyon. \"We will send aid,\" Ms Martin told reporters in Paris.\n")


def _boom(doc, reading):  # type: ignore[no-untyped-def]
    raise RuntimeError("no actors today")


def _slow(doc, reading):  # type: ignore[no-untyped-def]
    time.sleep(5)
    return reading


@pytest.fixture
def broken_actors(monkeypatch):  # type: ignore[no-untyped-def]
    name = "newsgraph.actors.rules.v1"
    monkeypatch.setitem(_STAGES, name, replace(get_stage(name), fn=_boom))
    return name


@pytest.mark.model
def test_issue11_a_stage_that_raises_loses_only_its_records_and_its_dependents(broken_actors, nlp) -> None:  # type: ignore[no-untyped-def]
    reading = Pipeline(nlp=nlp).run(read_text(TEXT, id="t1"))
    assert isinstance(reading, Reading) and reading.incomplete
    by_stage = {s.stage: s for s in reading.skipped}
    failed = by_stage[broken_actors]
    assert (failed.error, failed.reason) == ("RuntimeError", "no actors today")
    for needs_actors in ("newsgraph.quotes.rules.v1", "newsgraph.events.rules.v1", "newsgraph.figures.rules.v1"):
        assert by_stage[needs_actors].error is None
        assert by_stage[needs_actors].reason.startswith("not run: it needs actors (not produced: newsgraph.actors")
    assert reading.places and reading.summary  # the stages that need no actors ran
    assert not reading.actors and not reading.quotes and not reading.figures
    data = to_dict(reading)
    assert data["incomplete"] is True
    assert {"stage": broken_actors, "reason": "no actors today", "error": "RuntimeError"} in data["skipped"]


@pytest.mark.model
def test_issue11_a_complete_reading_says_so(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = Pipeline(nlp=nlp).run(read_text(TEXT, id="t2"))
    assert not reading.incomplete and to_dict(reading)["incomplete"] is False
    assert all(s.error is None for s in reading.skipped)


@pytest.mark.model
def test_issue11_an_article_over_the_time_limit_is_a_failure_and_the_next_is_read(monkeypatch, nlp) -> None:  # type: ignore[no-untyped-def]
    name = "newsgraph.figures.rules.v1"
    monkeypatch.setitem(_STAGES, name, replace(get_stage(name), fn=_slow))
    pipe = Pipeline(DEFAULT_STAGES, nlp=nlp, time_limit=0.5)
    started = time.perf_counter()
    first, second = pipe.results([read_text(TEXT, id="slow-1"), read_text(TEXT, id="slow-2")])
    assert time.perf_counter() - started < 4  # both stopped at the limit, not after five seconds each
    for item, id_ in ((first, "slow-1"), (second, "slow-2")):
        assert isinstance(item, Failure)
        assert (item.id, item.stage, item.error) == (id_, name, "TimeLimitExceeded")
        assert "over the time limit of 0.5 s" in item.reason and f"running {name}" in item.reason
    with pytest.raises(ArticleError, match="time limit"):
        pipe.run(read_text(TEXT, id="slow-3"))


@pytest.mark.model
def test_issue11_text_no_parser_takes_gives_a_failure_not_an_exception(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.records import Article

    ok, bad = Pipeline(nlp=nlp).results([read_text(TEXT, id="fine"), Article(id="bad", text="He said \ud800.")])
    assert isinstance(ok, Reading)
    assert isinstance(bad, Failure) and (bad.stage, bad.error, bad.id) == ("parse", "ReadError", "bad")
    assert "lone surrogate" in bad.reason
    assert bad.to_dict() == {"id": "bad", "input": "bad", "stage": "parse", "error": "ReadError",
                             "message": bad.reason}


def test_issue11_time_limit_stops_a_block_and_keeps_the_outer_limit() -> None:
    assert enforced()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        time.sleep(2)
    with time_limit(0.3):  # an inner limit does not reset the outer one
        with time_limit(10):
            pass
        with pytest.raises(TimeLimitExceeded):
            time.sleep(2)
    with time_limit(0.2):  # a block that ends in time leaves no timer behind
        pass
    time.sleep(0.3)


def test_issue11_time_limit_is_not_enforced_off_the_main_thread() -> None:
    seen: list[bool] = []

    def body() -> None:
        seen.append(enforced())
        with time_limit(0.01):
            time.sleep(0.05)
        seen.append(True)

    t = threading.Thread(target=body)
    t.start()
    t.join()
    assert seen == [False, True]


@pytest.mark.model
def test_issue11_a_failed_stage_that_adds_to_an_output_does_not_make_it_missing(monkeypatch, nlp) -> None:  # type: ignore[no-untyped-def]
    name = "newsgraph.events.rules.v1"  # produces events and adds to the actors
    monkeypatch.setitem(_STAGES, name, replace(get_stage(name), fn=_boom))
    reading = Pipeline(nlp=nlp).run(read_text(TEXT, id="t3"))
    assert reading.incomplete and [s.stage for s in reading.skipped if s.error] == [name]
    assert reading.actors and reading.quotes and reading.figures  # figures need actors, which are there
    assert not any(s.reason.startswith("not run") for s in reading.skipped)
