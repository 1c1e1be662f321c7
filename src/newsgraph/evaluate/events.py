"""Evaluate PLOVER event coding on sentence gold (the shape of PLOVER's gold-standard records).

The gold file holds one sentence a line::

    {"id": str, "text": str, "date": "YYYY-MM-DD"?, "events": [
       {"category": PLOVER, "mode": str|null,
        "actor": [{"text", "code", "sector"}], "recipient": [{"text", "code", "sector"}]}]}

Each sentence is read as its own article (published on ``date`` when given) and scored with the
metrics of the project's scorer ``score_events.py``:

- category accuracy: share of sentences where a gold category is among the predicted ones;
- category precision: predicted categories (one per category per sentence) that are gold;
- macro F1 over the categories present in the gold, from per-sentence category sets;
- quad accuracy: a predicted category falls in the quad (verbal/material cooperation/conflict)
  of a gold one;
- actor and recipient country F1: over gold events whose category was predicted, the set F1
  between the gold codes' first three letters and the ISO alpha-3 countries of the first
  predicted event's actors (recipients) of that category. Two empty sets agree.

A gold id given twice keeps its last record, as the scorer does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.evaluate import read_texts, report

Json = dict[str, Any]

QUADS: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


@dataclass(slots=True)
class _Counts:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    hits: int = 0
    quad_hits: int = 0
    predicted: int = 0
    predicted_right: int = 0
    actor_f1: list[float] = field(default_factory=list)
    recipient_f1: list[float] = field(default_factory=list)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def set_f1(gold: set[str], predicted: set[str]) -> float:
    """F1 of two sets; two empty sets agree (1.0), one empty set does not (0.0)."""
    if not gold and not predicted:
        return 1.0
    if not gold or not predicted:
        return 0.0
    return 2 * len(gold & predicted) / (len(gold) + len(predicted))


def gold_countries(items: Iterable[Json] | None) -> set[str]:
    """First three letters of the gold actor codes ("RUSGOV" -> "RUS"), upper case."""
    return {str(i["code"])[:3].upper() for i in items or () if i.get("code") and len(str(i["code"])) >= 3}


def reading_countries(reading: Json, refs: Iterable[Any] | None) -> set[str]:
    """Countries of the actors an event points at (actor ids of the reading, or actor objects)."""
    by_id = {a.get("id"): a for a in reading.get("actors", [])}
    found: set[str] = set()
    for ref in refs or ():
        actor = ref if isinstance(ref, dict) else by_id.get(ref, {})
        country = actor.get("country")
        if country:
            found.add(str(country)[:3].upper())
    return found


def _score_sentence(counts: _Counts, gold: Json, reading: Json) -> None:
    gold_cats = {e["category"] for e in gold["events"]}
    events = reading.get("events") or []
    cats = {e.get("category") for e in events}
    counts.predicted += len(cats)
    counts.predicted_right += len(cats & gold_cats)
    for c in QUADS:
        counts.tp[c] += c in gold_cats and c in cats
        counts.fp[c] += c in cats and c not in gold_cats
        counts.fn[c] += c in gold_cats and c not in cats
    counts.hits += bool(gold_cats & cats)
    counts.quad_hits += bool({QUADS.get(c) for c in gold_cats} & {QUADS.get(str(c)) for c in cats})
    for gold_event in gold["events"]:
        match = next((e for e in events if e.get("category") == gold_event["category"]), None)
        if match is None:
            continue
        counts.actor_f1.append(set_f1(gold_countries(gold_event.get("actor")),
                                      reading_countries(reading, match.get("actor"))))
        counts.recipient_f1.append(set_f1(gold_countries(gold_event.get("recipient")),
                                          reading_countries(reading, match.get("recipient"))))


def score(gold: Mapping[str, Json], readings: Mapping[str, Json]) -> Json:
    """Score readings (by gold id) against sentence gold; the keys of ``score_events.py --json``."""
    counts = _Counts()
    for sid, g in gold.items():
        _score_sentence(counts, g, readings.get(sid, {}))
    f1s = []
    per_category: dict[str, float] = {}
    for c in QUADS:
        tp, fp, fn = counts.tp[c], counts.fp[c], counts.fn[c]
        per_category[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if tp + fn:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn)
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    n = max(len(gold), 1)
    return {
        "sentences": len(gold), "category_acc": counts.hits / n,
        "category_precision": counts.predicted_right / counts.predicted if counts.predicted else 0.0,
        "macro_f1": _mean(f1s), "quad_acc": counts.quad_hits / n,
        "actor_country_f1": _mean(counts.actor_f1), "recipient_country_f1": _mean(counts.recipient_f1),
        "per_category_f1": per_category,
    }


def format_report(result: Json) -> str:
    """The report as ``score_events.py`` prints it: per-category F1, then the summary line."""
    lines = [f"   {c:10s} F1 {100 * f:5.1f}" for c, f in sorted(result["per_category_f1"].items())]
    lines.append(
        f"sentences {result['sentences']}: category acc {100 * result['category_acc']:.1f}, precision "
        f"{100 * result['category_precision']:.1f}, macro F1 {100 * result['macro_f1']:.1f}, quad acc "
        f"{100 * result['quad_acc']:.1f}, actor country F1 {100 * result['actor_country_f1']:.1f}, "
        f"recipient country F1 {100 * result['recipient_country_f1']:.1f}")
    return "\n".join(lines)


def read_jsonl(path: Path) -> dict[str, Json]:
    """Records of a JSONL file by ``id``; a repeated id keeps its last record."""
    with path.open(encoding="utf-8") as f:
        records = (json.loads(line) for line in f if line.strip())
        return {r.get("id"): r for r in records}


def _published(value: Any) -> date | None:
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return None


def read_sentences(gold: Mapping[str, Json], *, model: str, problems: list[str] | None = None) -> Iterator[Json]:
    """Read each gold sentence as its own article; yield the readings as JSON objects."""
    return read_texts(((sid, g["text"], _published(g.get("date"))) for sid, g in gold.items()), model=model,
                      problems=problems)


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False,
        problems: list[str] | None = None) -> str:
    """Read the gold sentences, score the events and return the report.

    Args:
        gold: JSONL gold file (see the module docstring).
        model: Installed spaCy English pipeline.
        out: Also write the readings, one JSON a line, to this file.
        as_json: Return the metrics as JSON rather than the printed table.
        problems: Collects a line per sentence that gave no reading (scored as empty) or an incomplete one.
    """
    records = read_jsonl(gold)
    readings = {r["id"]: r for r in read_sentences(records, model=model, problems=problems)}
    return report(readings, score(records, readings), out=out, as_json=as_json, formatted=format_report)

