"""reading_to_rows: one pure mapping from a Reading to the rows of every record table."""

from __future__ import annotations

import pytest

from newsgraph.store import dedup, schema
from newsgraph.store.rows import RECORD_TABLES, line_span, reading_to_rows


def test_rows_have_exactly_the_columns_of_the_ddl(make_reading) -> None:
    tables = reading_to_rows(make_reading())
    cols = schema.columns()
    assert set(tables) == set(RECORD_TABLES)
    for name, rows in tables.items():
        assert rows, name
        for row in rows:
            assert tuple(row) == cols[name] or set(row) == set(cols[name]), (name, set(row) ^ set(cols[name]))


def test_every_span_column_indexes_the_article_text(make_reading) -> None:
    reading = make_reading()
    text = reading.article.text
    tables = reading_to_rows(reading)
    checked = 0
    for name, rows in tables.items():
        for row in rows:
            for key, value in row.items():
                if key.endswith("_start") and value is not None and f"{key[:-6]}_text" in row:
                    prefix = key.removesuffix("_start")
                    assert text[value:row[f"{prefix}_end"]] == row[f"{prefix}_text"], (name, key)
                    checked += 1
    for q in tables["quotes"]:
        for piece in q["contents"]:
            assert text[piece["start"]:piece["end"]] == piece["text"]
    assert checked > 20


def test_row_ids_are_deterministic_and_scoped_by_article(make_reading) -> None:
    a = reading_to_rows(make_reading("x"))
    b = reading_to_rows(make_reading("x"))
    c = reading_to_rows(make_reading("y"))
    assert a == b
    assert [q["id"] for q in a["quotes"]] == ["x/q1", "x/q2", "x/q3", "x/q4"]
    assert [q["id"] for q in c["quotes"]] == ["y/q1", "y/q2", "y/q3", "y/q4"]
    assert a["mentions"][0]["id"] == "x/a1/m0"
    assert a["quotes"][2]["speaker_actor_id"] == "x/a1"


def test_split_quote_keeps_pieces_and_whole_line_evidence(make_reading) -> None:
    q3 = reading_to_rows(make_reading())["quotes"][2]
    assert q3["content_text"] == "There is no chance of that, None at all."
    assert q3["search_text"] == q3["content_text"].lower()
    assert len(q3["contents"]) == 2
    assert q3["evidence_text"].startswith('"There is no chance') and q3["evidence_text"].endswith('at all."')


def test_events_and_figures_carry_names_countries_and_places(make_reading) -> None:
    tables = reading_to_rows(make_reading())
    (event,) = tables["events"]
    assert (event["actor_countries"], event["recipient_names"], event["place_name"]) == (
        ["FRE"], ["Rufus Firefly"], "Sylvania")
    figure, displaced = tables["figures"]
    assert (figure["value"], figure["attributed_name"], figure["place_name"]) == (5000.0, "UN", "Freedonia")
    assert (figure["qualifier"], figure["number_text"], figure["cue_text"], figure["term"]) == (
        "about", "About 5,000", "killed", None)


@pytest.mark.issue12
def test_issue12_figure_rows_carry_term_unit_bounds_date_and_spans(make_reading) -> None:
    reading = make_reading()
    (_, row) = reading_to_rows(reading)["figures"]
    assert {k: row[k] for k in ("kind", "term", "unit", "low", "high", "value", "figure_date", "object")} == {
        "kind": "DISPLACED", "term": "Forced to Flee", "unit": "households", "low": 20000.0, "high": 30000.0,
        "value": 30000.0, "figure_date": reading.article.published, "object": "families"}
    text = reading.article.text
    for name in ("number", "cue", "evidence"):
        assert text[row[f"{name}_start"]:row[f"{name}_end"]] == row[f"{name}_text"]
    assert row["number_text"] == "between 20,000 and 30,000" and row["cue_text"] == "fled"


def test_every_row_says_which_code_made_it(make_reading) -> None:
    tables = reading_to_rows(make_reading(pipeline_version="newsgraph 9; en_x 1"))
    for name, rows in tables.items():
        if name == "minhash_bands":
            continue
        for row in rows:
            assert row["method"] and row["pipeline_version"] == "newsgraph 9; en_x 1", name


def test_minhash_rows_match_dedup_functions(make_reading) -> None:
    reading = make_reading()
    tables = reading_to_rows(reading)
    sig = dedup.signature(reading.article.text)
    assert tables["minhashes"][0]["signature"] == sig
    assert [b["band_key"] for b in tables["minhash_bands"]] == dedup.band_keys(sig)


def test_line_span_strips_to_whole_lines() -> None:
    text = "one\n  two three \r\nfour"
    span = line_span(text, text.index("three"), text.index("three") + 5)
    assert span.text == "two three"
