"""Evaluate quote extraction and attribution on span-annotated gold (PolNeAR / Citron shape).

The gold file holds one article a line::

    {"doc_id": str, "text": str, "quotes": [
       {"type": "direct"|"indirect"|"mixed", "cue": {"start", "end"}|null,
        "sources": [{"start", "end"}], "contents": [{"start", "end"}]}]}

The metrics are those of the project's scorer ``score_quotes.py``, micro-averaged over articles:

A. component exact match: P/R/F1 of source, cue and content spans, unlinked.
B. quote matching at thresholds 0.3, 0.5 and 0.8: each gold quote is matched by the unused
   predicted quote that covers the largest share (above the threshold) of its content characters.
   Over matched pairs: speaker accuracy (the predicted speaker mention overlaps a gold source),
   cue accuracy (same lower-cased cue text) and type accuracy.
C. end-to-end F1: a hit needs the content matched and the speaker right.

Spans are normalised before comparison: outer white space, quotation marks and ``, . ; :`` are
trimmed. Speaker overlap and cue text use the spans as given.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.evaluate import read_all, write_readings

Json = dict[str, Any]
Pair = tuple[int, int]

THRESHOLDS: tuple[float, ...] = (0.3, 0.5, 0.8)
# The threshold whose figures are given per gold type and on the report's last line.
HEADLINE_THRESHOLD = 0.5
COMPONENTS: tuple[str, ...] = ("source", "cue", "content")
_TRIM = frozenset(" \t\r\n,.;:\"'\u201c\u201d\u2018\u2019")


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from true positive, false positive and false negative counts."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        """Compute P/R/F1; a ratio with a zero denominator is 0."""
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class _MatchCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    cue_ok: int = 0
    type_ok: int = 0
    e2e_tp: int = 0


def as_spans(value: Any) -> list[Json]:
    """Return a span field (null, one span, or a list of spans) as a list of spans."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def normalise(text: str, start: int, end: int) -> Pair:
    """Trim white space, quotation marks and ``, . ; :`` from both ends of ``text[start:end]``."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _normalised(text: str, spans: Iterable[Json]) -> list[Pair]:
    return [normalise(text, s["start"], s["end"]) for s in spans]


def _chars(pairs: Iterable[Pair]) -> set[int]:
    out: set[int] = set()
    for start, end in pairs:
        out.update(range(start, end))
    return out


def _cue_text(text: str, cue: Any) -> str:
    return " ".join(text[s["start"]:s["end"]] for s in as_spans(cue)).lower().strip()


def _components(text: str, gold_quotes: list[Json], pred_quotes: list[Json]) -> dict[str, tuple[int, int, int]]:
    """Count (tp, fp, fn) of exact normalised source, cue and content spans in one article."""
    gold: dict[str, set[Pair]] = {k: set() for k in COMPONENTS}
    pred: dict[str, set[Pair]] = {k: set() for k in COMPONENTS}
    for q in gold_quotes:
        gold["source"].update(_normalised(text, q["sources"]))
        gold["cue"].update(_normalised(text, as_spans(q["cue"])))
        gold["content"].update(_normalised(text, q["contents"]))
    for q in pred_quotes:
        pred["source"].update(_normalised(text, as_spans(q.get("speaker_mention"))))
        pred["cue"].update(_normalised(text, as_spans(q.get("cue"))))
        pred["content"].update(_normalised(text, as_spans(q.get("content"))))
    return {k: (len(gold[k] & pred[k]), len(pred[k] - gold[k]), len(gold[k] - pred[k])) for k in COMPONENTS}


def _best_match(gold_chars: set[int], pred_chars: list[set[int]], used: set[int], threshold: float) -> int | None:
    """Index of the unused prediction covering the largest share (> threshold) of ``gold_chars``."""
    best, best_index = 0.0, None
    if not gold_chars:
        return None
    for i, chars in enumerate(pred_chars):
        if i in used:
            continue
        share = len(gold_chars & chars) / len(gold_chars)
        if share > threshold and share > best:
            best, best_index = share, i
    return best_index


def _speaker_ok(gold_quote: Json, pred_quote: Json) -> bool:
    gold = _chars((s["start"], s["end"]) for s in gold_quote["sources"])
    pred = _chars((s["start"], s["end"]) for s in as_spans(pred_quote.get("speaker_mention")))
    return bool(gold & pred) or (not gold and not pred)


def _match_article(text: str, gold_quotes: list[Json], pred_quotes: list[Json], threshold: float,
                   counts: _MatchCounts, by_type: dict[str, Counter[str]] | None) -> set[int]:
    """Match one article's quotes at ``threshold``, adding to ``counts`` (and ``by_type`` if given).

    Returns:
        The indices of the predicted quotes that matched a gold quote.
    """
    gold = [(_chars(_normalised(text, q["contents"])), q) for q in gold_quotes if q["contents"]]
    pred_chars = [_chars(_normalised(text, as_spans(q.get("content")))) for q in pred_quotes]
    used: set[int] = set()
    for gold_chars, gq in gold:
        kind = gq.get("type") or "none"
        if by_type is not None:
            by_type[kind]["gold"] += 1
        index = _best_match(gold_chars, pred_chars, used, threshold)
        if index is None:
            counts.fn += 1
            continue
        used.add(index)
        pq = pred_quotes[index]
        ok = _speaker_ok(gq, pq)
        counts.tp += 1
        counts.speaker_ok += ok
        counts.e2e_tp += ok
        gold_cue = _cue_text(text, gq["cue"])
        counts.cue_ok += gold_cue != "" and gold_cue == _cue_text(text, pq.get("cue"))
        counts.type_ok += gq.get("type") == pq.get("type")
        if by_type is not None:
            by_type[kind]["found"] += 1
            by_type[kind]["e2e"] += ok
    counts.fp += len(pred_quotes) - len(used)
    return used


def _match_metrics(c: _MatchCounts) -> Json:
    prf = PRF.of(c.tp, c.fp, c.fn)
    e2e = PRF.of(c.e2e_tp, c.tp + c.fp - c.e2e_tp, c.tp + c.fn - c.e2e_tp)
    n = max(c.tp, 1)
    return {"p": prf.p, "r": prf.r, "f1": prf.f1, "speaker_acc": c.speaker_ok / n, "cue_acc": c.cue_ok / n,
            "type_acc": c.type_ok / n, "e2e_f1": e2e.f1}


def score(gold: Mapping[str, Json], readings: Mapping[str, Json], *,
          attributions: Collection[str] | None = None) -> Json:
    """Score readings (keyed by ``id``) against gold articles (keyed by ``doc_id``).

    Args:
        gold: Gold articles.
        readings: Readings as JSON objects.
        attributions: When given, only predicted quotes of these attribution kinds count (for gold
            that annotates one kind, such as speech-quote sets that hold statements only).

    Returns:
        ``{"articles", "articles_without_reading", "component_exact", "match", "recall_by_type"}``,
        the same object ``score_quotes.py --json`` prints, and ``by_attribution``: for each predicted
        attribution kind, how many quotes were predicted and how many matched a gold quote at t > 0.5.
    """
    comp = {k: [0, 0, 0] for k in COMPONENTS}
    matches = {t: _MatchCounts() for t in THRESHOLDS}
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    missing = 0
    for doc_id, g in gold.items():
        reading = readings.get(doc_id)
        missing += reading is None
        pred_quotes: list[Json] = [q for q in (reading or {}).get("quotes") or []
                                   if attributions is None or q.get("attribution", "statement") in attributions]
        for k, counts in _components(g["text"], g["quotes"], pred_quotes).items():
            comp[k] = [a + b for a, b in zip(comp[k], counts, strict=True)]
        for t, c in matches.items():
            used = _match_article(g["text"], g["quotes"], pred_quotes, t, c,
                                  by_type if t == HEADLINE_THRESHOLD else None)
            if t == HEADLINE_THRESHOLD:
                for i, q in enumerate(pred_quotes):
                    kind = str(q.get("attribution", "statement"))
                    by_kind[kind]["predicted"] += 1
                    by_kind[kind]["matched"] += i in used
    result: Json = {"articles": len(gold), "articles_without_reading": missing, "component_exact": {},
                    "match": {}, "recall_by_type": {}}
    for k, (tp, fp, fn) in comp.items():
        prf = PRF.of(tp, fp, fn)
        result["component_exact"][k] = {"p": prf.p, "r": prf.r, "f1": prf.f1}
    for t, c in matches.items():
        result["match"][str(t)] = _match_metrics(c)
    for kind, n in sorted(by_type.items()):
        total = max(n["gold"], 1)
        result["recall_by_type"][kind] = {"gold": n["gold"], "quote_recall": n["found"] / total,
                                          "e2e_recall": n["e2e"] / total}
    result["by_attribution"] = {kind: {"predicted": n["predicted"], "matched": n["matched"],
                                       "precision": n["matched"] / max(n["predicted"], 1)}
                                for kind, n in sorted(by_kind.items())}
    return result


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_report(result: Json) -> str:
    """Lay the metrics out as ``score_quotes.py`` prints them, ending with the headline figures."""
    lines = [f"articles {result['articles']}  (no reading for {result['articles_without_reading']})",
             "A. component exact match        P     R    F1"]
    for k, m in result["component_exact"].items():
        lines.append(f"   {k:26s} {_pct(m['p'])} {_pct(m['r'])} {_pct(m['f1'])}")
    lines.append("B/C. quote match      P     R    F1 | speaker   cue  type | end-to-end F1")
    for t, m in result["match"].items():
        lines.append(f"   t>{t:4s}       {_pct(m['p'])} {_pct(m['r'])} {_pct(m['f1'])} |  {_pct(m['speaker_acc'])}"
                     f" {_pct(m['cue_acc'])} {_pct(m['type_acc'])} | {_pct(m['e2e_f1'])}")
    lines.append("recall by gold type (t>0.5): quote / end-to-end")
    for kind, m in result["recall_by_type"].items():
        lines.append(f"   {kind:9s} n={m['gold']:5d}  {_pct(m['quote_recall'])} / {_pct(m['e2e_recall'])}")
    if result.get("by_attribution"):
        lines.append("precision by predicted attribution (t>0.5): matched / predicted")
        for kind, m in result["by_attribution"].items():
            lines.append(f"   {kind:10s} {m['matched']:5d} / {m['predicted']:5d}  {_pct(m['precision'])}")
    head = result["match"][str(HEADLINE_THRESHOLD)]
    lines.append(f"quotes F1 {_pct(head['f1'])}  end-to-end F1 {_pct(head['e2e_f1'])}")
    return "\n".join(lines)


def read_jsonl(path: Path, key: str) -> dict[str, Json]:
    """Read a JSONL file into ``{record[key]: record}``, keeping the first record of each key.

    The first annotator wins when an article is annotated twice.
    """
    out: dict[str, Json] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                out.setdefault(record[key], record)
    return out


def read_articles(gold: Mapping[str, Json], *, model: str, problems: list[str] | None = None) -> Iterator[Json]:
    """Read every gold text with the default pipeline, yielding readings as JSON objects."""
    from newsgraph.read.text import read_text
    from newsgraph.reading import to_dict

    articles = (read_text(g["text"], id=doc_id) for doc_id, g in gold.items())
    for reading in read_all(articles, model=model, problems=problems):
        yield to_dict(reading)


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False,
        attributions: Collection[str] | None = None, problems: list[str] | None = None) -> str:
    """Read the gold texts with the pipeline, score the readings and return the report.

    Args:
        gold: Gold JSONL file (one annotated article a line).
        model: Installed spaCy English pipeline to read with.
        out: When given, the readings are also written there, one JSON object a line.
        as_json: Return the metrics as JSON instead of the text report.
        attributions: Score only predicted quotes of these attribution kinds (all when None).
        problems: Collects a line per text that gave no reading (scored as empty) or an incomplete one.

    Returns:
        The report; its last line is ``quotes F1 X  end-to-end F1 Y`` (at t > 0.5).
    """
    articles = read_jsonl(gold, "doc_id")
    readings: dict[str, Json] = {}
    for reading in read_articles(articles, model=model, problems=problems):
        readings.setdefault(reading["id"], reading)
    if out is not None:
        write_readings(out, readings.values())
    result = score(articles, readings, attributions=attributions)
    return json.dumps(result, indent=1) if as_json else format_report(result)
