"""`newsgraph eval summaries PAIRS.jsonl`: ROUGE-1/2/L F1 of our summaries against gold summaries.

The gold file has XSum's shape, one JSON object a line: ``{"bbcid", "summary", "document",
"document_format"?}``. Each document is read as a plain-text article with id ``bbcid`` (the
document as given: XSum removed the article's first sentence, which is the gold summary, and
it is never put back). The metrics are those of ../shared/eval/score_summaries.py: Google's
rouge-score with stemming, F-measure averaged over every gold pair (a missing summary scores 0).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgraph.evaluate import read_all
from newsgraph.records import Article, Reading
from newsgraph.summary import DEFAULT_SUMMARY_STAGE

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


def load_pairs(path: Path, *, limit: int = 0) -> list[dict[str, Any]]:
    """Read the gold pairs (the first ``limit`` when ``limit`` > 0)."""
    pairs: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                pairs.append(json.loads(line))
                if limit and len(pairs) >= limit:
                    break
    return pairs


def article_of(pair: dict[str, Any]) -> Article:
    """The pair's document as an Article with id ``bbcid``; every content line is body.

    XSum documents have no headline or section line (their title-like first lines are body
    text), so the plain-text reader's headline and section are turned back into paragraphs;
    page clutter ("Share this with", "Email") stays boilerplate.
    """
    from newsgraph.read.text import read_text

    article = read_text(str(pair["document"]), id=str(pair["bbcid"]))
    lines = [s for s in (article.headline,) if s is not None]
    if article.section is not None:
        start = article.text.find(article.section)
        if start >= 0:
            from newsgraph.records import TextSpan

            lines.append(TextSpan.of(article.text, start, start + len(article.section)))
    paragraphs = tuple(sorted(article.paragraphs + tuple(lines), key=lambda s: s.start))
    return replace(article, headline=None, section=None, paragraphs=paragraphs)


def rouge(pairs: Iterable[dict[str, Any]], predicted: dict[str, str]) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1 (x100) over ``pairs``, exactly as score_summaries.py computes them."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    totals = dict.fromkeys(ROUGE_TYPES, 0.0)
    n = 0
    for pair in pairs:
        scores = scorer.score(str(pair["summary"]), predicted.get(str(pair["bbcid"]), ""))
        for key in ROUGE_TYPES:
            totals[key] += scores[key].fmeasure
        n += 1
    return {key: 100 * totals[key] / max(n, 1) for key in ROUGE_TYPES}


def summarise(pairs: list[dict[str, Any]], *, model: str, stage: str = DEFAULT_SUMMARY_STAGE,
              problems: list[str] | None = None) -> Iterator[Reading]:
    """Read every pair's document with the stages ``stage`` needs, ``stage`` making the summary.

    Only the summary and what it requires run (the readings hold structure and summary), so
    the measurement is of the summariser alone and takes a minute, not the whole engine's time.
    """
    from newsgraph.pipeline import DEFAULT_STAGES
    from newsgraph.registry import get_stage

    required = set(get_stage(stage).requires)
    stages = [s for s in DEFAULT_STAGES if set(get_stage(s).produces) & required and s != stage] + [stage]
    yield from read_all((article_of(p) for p in pairs), model=model, stages=stages, problems=problems)


def report(metrics: dict[str, float], *, articles: int, with_summary: int, as_json: bool) -> str:
    """Format the metrics like score_summaries.py (or as JSON)."""
    if as_json:
        return json.dumps({"articles": articles, "with_summary": with_summary,
                           **{k: round(v, 2) for k, v in metrics.items()}})
    return (f"articles {articles}, with summary {with_summary}\n"
            "ROUGE-1/2/L F1 " + " / ".join(f"{metrics[k]:.2f}" for k in ROUGE_TYPES))


def run(gold: Path, *, model: str, out: Path | None = None, as_json: bool = False, limit: int = 0,
        stage: str = DEFAULT_SUMMARY_STAGE, problems: list[str] | None = None) -> str:
    """Read the gold documents, score the summaries and return the report.

    Args:
        gold: XSum-shaped pairs JSONL.
        model: Installed spaCy English pipeline.
        out: Also write every reading (JSON, one a line) here.
        as_json: Return the metrics as JSON.
        limit: Score only the first ``limit`` pairs (0: all).
        stage: Registered summary stage to measure.
        problems: Collects a line per document that gave no reading (scored as empty) or an incomplete one.
    """
    from newsgraph.reading import to_json

    pairs = load_pairs(gold, limit=limit)
    predicted: dict[str, str] = {}
    handle = out.open("w", encoding="utf-8") if out is not None else None
    try:
        for reading in summarise(pairs, model=model, stage=stage, problems=problems):
            if reading.summary:
                predicted[reading.article.id] = reading.summary
            if handle is not None:
                handle.write(to_json(reading) + "\n")
    finally:
        if handle is not None:
            handle.close()
    metrics = rouge(pairs, predicted)
    return report(metrics, articles=len(pairs), with_summary=len(predicted), as_json=as_json)
