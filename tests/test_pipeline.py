"""Pipeline construction, stage registry and the reading JSON contract."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import PipelineError
from newsgraph.pipeline import DEFAULT_STAGES, Pipeline, check_stages
from newsgraph.reading import to_dict
from newsgraph.records import SCHEMA, Reading
from newsgraph.registry import Stage, get_stage, registered


def _noop(doc, reading):  # type: ignore[no-untyped-def]
    return reading


def test_default_stages_are_registered_and_fit_together() -> None:
    assert set(DEFAULT_STAGES) <= set(registered())
    check_stages([get_stage(s) for s in DEFAULT_STAGES])


def test_a_stage_whose_requirement_nobody_produces_is_refused_when_built() -> None:
    needy = Stage("test.needy.v1", _noop, requires=("quotes",), produces=("events",))
    with pytest.raises(PipelineError, match="test.needy.v1.*quotes"):
        check_stages([needy])


def test_unknown_stage_name_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="newsgraph.nope.v9"):
        Pipeline(stages=("newsgraph.nope.v9",))


@pytest.mark.model
def test_reading_json_has_the_contract_fields(read) -> None:  # type: ignore[no-untyped-def]
    reading = read("World\n\nLeaders meet in Oslo\n\nThe prime minister said talks went well.\n")
    assert isinstance(reading, Reading)
    data = json.loads(json.dumps(to_dict(reading)))
    for key in ("schema", "id", "source", "text", "section", "headline", "captions", "boilerplate", "paragraphs",
                "actors", "quotes", "events", "figures", "places", "summary", "skipped"):
        assert key in data, key
    assert data["schema"] == SCHEMA
    assert data["headline"]["text"] == "Leaders meet in Oslo"
    assert data["methods"] == list(DEFAULT_STAGES)
    assert "3.8.0" in data["pipeline_version"]
