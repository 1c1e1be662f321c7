#!/usr/bin/env python3
"""Recall of attributions by construction and by cue lemma, so every change is judged on data.

Usage:
    scripts/attribution_coverage.py GOLD.jsonl READINGS.jsonl [--top 60] [--misses N]

GOLD.jsonl is span gold in the shape of ``newsgraph eval quotes`` (e.g. PolNeAR train, read from
../shared and never copied here); READINGS.jsonl are newsgraph readings of the same texts
(``newsgraph eval quotes GOLD --out READINGS`` writes them). A gold attribution is found when a
predicted quote covers more than half of its content characters (the scorer's t > 0.5 match,
made in the same greedy order), and found end to end when the speaker overlaps its source too.
Constructions are those of ``newsgraph.evaluate.constructions``. Predictions that match no gold
attribution are counted by their own cue lemma and attribution type, to show where precision goes.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newsgraph.evaluate.constructions import CONSTRUCTIONS, construction, cue_lemma
from newsgraph.evaluate.quotes import _best_match, _chars, _normalised, _speaker_ok, as_spans, read_jsonl
from newsgraph.nlp.doc import DEFAULT_MODEL, load_model

Json = dict[str, Any]


def _match(text: str, gold: list[Json], pred: list[Json]) -> tuple[list[int | None], set[int]]:
    """For each gold quote, the index of the prediction matched at t > 0.5 (or None); and the used set."""
    pred_chars = [_chars(_normalised(text, as_spans(q.get("content")))) for q in pred]
    used: set[int] = set()
    out: list[int | None] = []
    for gq in gold:
        chars = _chars(_normalised(text, gq["contents"]))
        index = _best_match(chars, pred_chars, used, 0.5) if gq["contents"] else None
        if index is not None:
            used.add(index)
        out.append(index)
    return out, used


def _spans_text(text: str, value: Any) -> str:
    return " | ".join(text[s["start"]:s["end"]][:160] for s in as_spans(value)) or "-"


def _cue_found(gold: Json, pred: list[Json]) -> bool:
    """True when some prediction's cue overlaps the gold cue (the cue was found, its content was not)."""
    cue = gold.get("cue")
    return cue is not None and any(
        s["start"] < cue["end"] and cue["start"] < s["end"] for q in pred for s in as_spans(q.get("cue")))


def _row(name: str, c: Counter[str], total: int) -> str:
    n = c["n"]
    return (f"  {name:24s} n={n:6d} ({100 * n / max(total, 1):4.1f}%)  found {100 * c['found'] / max(n, 1):5.1f}"
            f"  e2e {100 * c['e2e'] / max(n, 1):5.1f}  missed {n - c['found']:5d} (cue found {c['cued']:4d})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("readings", type=Path)
    ap.add_argument("--top", type=int, default=60, help="cue lemmas to list")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed attributions at random")
    ap.add_argument("--false", type=int, default=0, help="print this many unmatched predictions at random")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args()
    gold, readings = read_jsonl(a.gold, "doc_id"), read_jsonl(a.readings, "id")
    nlp = load_model(a.model)
    by_cons: dict[str, Counter[str]] = defaultdict(Counter)
    by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    false_pos: Counter[str] = Counter()
    misses: list[str] = []
    wrong: list[str] = []
    total = 0
    texts = [g["text"] for g in gold.values()]
    for (doc_id, g), doc in zip(gold.items(), nlp.pipe(texts, batch_size=32), strict=True):
        pred = list((readings.get(doc_id) or {}).get("quotes") or [])
        matched, used = _match(g["text"], g["quotes"], pred)
        for gq, index in zip(g["quotes"], matched, strict=True):
            cons, lemma = construction(doc, gq), cue_lemma(doc, gq.get("cue"))
            found, e2e = index is not None, index is not None and _speaker_ok(gq, pred[index])
            cued = not found and _cue_found(gq, pred)
            for counter in (by_cons[cons], by_lemma[lemma]):
                counter["n"] += 1
                counter["found"] += found
                counter["e2e"] += e2e
                counter["cued"] += cued
            total += 1
            if not found:
                cue = gq.get("cue")
                cue_text = g["text"][cue["start"]:cue["end"]] if cue else "-"
                misses.append(f"[{cons} / {lemma}{' / cued' if cued else ''}] {cue_text} :: "
                              + " | ".join(g["text"][c["start"]:c["end"]][:160] for c in gq["contents"]))
        for i, pq in enumerate(pred):
            if i not in used:
                cue = pq.get("cue")
                word = g["text"][cue["start"]:cue["end"]].lower() if cue else "(none)"
                false_pos[f"{pq.get('attribution', '?')}: {word}"] += 1
                source = _spans_text(g["text"], pq.get("speaker_mention"))
                wrong.append(f"[{pq.get('type')} {pq.get('attribution', '?')} / {word}] {source} :: "
                             f"{_spans_text(g['text'], pq.get('content'))}")
    print(f"{total} gold attributions in {len(gold)} articles")
    print("by construction:")
    for cons in CONSTRUCTIONS:
        print(_row(cons, by_cons[cons], total))
    print(f"by cue lemma (top {a.top} by count):")
    for lemma, c in sorted(by_lemma.items(), key=lambda kv: -kv[1]["n"])[:a.top]:
        print(_row(lemma, c, total))
    print("unmatched predictions by type and cue (top 30):")
    for key, n in false_pos.most_common(30):
        print(f"  {key:40s} {n:5d}")
    for line in random.Random(0).sample(misses, min(a.misses, len(misses))):
        print("MISS", line)
    for line in random.Random(0).sample(wrong, min(a.false, len(wrong))):
        print("FALSE", line)


if __name__ == "__main__":
    main()
