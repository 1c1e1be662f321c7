"""CENTROID: the body sentence closest to what the whole article is about, lightly compressed.

Each candidate sentence is scored by how much of the article's vocabulary it holds (the cosine
between its content lemmas and the article's lemma counts, the sentence's own words left out so
that long sentences do not vote for themselves), how many of the article's most mentioned
names it contains, and a prior for sentences early in the article. Sentences that cannot stand
alone (quotations, questions, first person, very short or very long ones, a pronoun subject
with nothing to refer to) are penalised. The winner is compressed: leading attribution ("X
said that", "According to X,") and trailing attribution (", he said.") are cut.

Radev et al. 2004, "Centroid-based summarization of multiple documents"; position prior as in
Edmundson 1969. The weights are set as a set on one half of the XSum development pairs and
reported on the other half (docs/summary.md); rerun both halves after changing any of them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.nlp import views
from newsgraph.records import Reading
from newsgraph.summary.base import Unit, candidates, summary_stage, well_formed
from newsgraph.summary.compress import compress

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})
_QUOTES = frozenset('"\u201c\u201d\u2018\u2019')
_FIRST_PERSON = frozenset({"i", "we", "me", "my", "our", "us"})


@dataclass(frozen=True, slots=True)
class CentroidConfig:
    """Weights of the sentence score (calibrated together; see the module docstring)."""

    position: float = 0.05  # weight of the early-sentence prior 1 / (1 + index); see docs/summary.md
    names: float = 0.1  # weight of the share of top names the sentence holds
    top_names: int = 3
    min_words: int = 12
    max_words: int = 45
    penalty: float = 0.5  # multiplier for sentences that cannot stand alone
    # Cuts made by compress(): XSum's gold summaries keep their attribution ("..., a watchdog
    # says"), and cutting it cost 0.7 ROUGE-1 on the development half, so only the leading
    # adverbial goes.
    compress: tuple[str, ...] = ("adverbial",)


def _lemmas(span: Span) -> list[str]:
    words = views.span_tokens(span)
    return [t.lemma_.lower() for t in words if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha]


def _cosine_to_rest(bag: Counter[str], total: Counter[str], total_sq: int) -> float:
    """Cosine of ``bag`` and ``total - bag`` (the other sentences), from integer sums: no Counter is built.

    With ``rest = total - bag``: ``bag . rest = sum(b * (t - b))`` and ``|rest|^2 = |total|^2 -
    sum(t^2 - (t - b)^2)`` over the words of ``bag``; counts are integers, so both sums are exact.
    """
    dot = sum(n * (total[w] - n) for w, n in bag.items())
    rest_sq = total_sq - sum(total[w] ** 2 - (total[w] - n) ** 2 for w, n in bag.items())
    norm = math.sqrt(sum(n * n for n in bag.values())) * math.sqrt(rest_sq)
    return dot / norm if norm else 0.0


def _top_names(doc: Doc, units: list[Unit], k: int) -> list[str]:
    """The ``k`` names (entity texts) mentioned most often in the candidate sentences."""
    counts: Counter[str] = Counter()
    for unit in units:
        for ent in views.ents_in(unit.span):
            if ent.label_ in _NAME_LABELS:
                counts[ent.text.lower().removeprefix("the ")] += 1
    return [name for name, _ in counts.most_common(k)]


def _stands_alone(unit: Unit, cfg: CentroidConfig) -> bool:
    """Whether the sentence reads as a summary on its own."""
    words = [t for t in views.span_tokens(unit.span) if not t.is_punct]
    if not cfg.min_words <= len(words) <= cfg.max_words:
        return False
    text = unit.text
    if text[0] in _QUOTES or text.rstrip().endswith("?") or text.count('"') + text.count("\u201c") >= 2:
        return False
    outside = [t for t in views.span_tokens(unit.span) if t.lower_ in _FIRST_PERSON]
    if outside:
        return False
    root = unit.span.root
    subject = next((c for c in views.children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not (subject is not None and subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "it", "they"))


class CentroidSummarizer:
    """Extract (and lightly compress) the sentence nearest the article's centroid."""

    def __init__(self, *, cfg: CentroidConfig | None = None) -> None:
        self.cfg = cfg or CentroidConfig()

    def score(self, doc: Doc, units: list[Unit]) -> list[float]:
        """The score of every candidate sentence."""
        cfg = self.cfg
        bags = [Counter(_lemmas(u.span)) for u in units]
        total: Counter[str] = Counter()
        for bag in bags:
            total.update(bag)
        total_sq = sum(n * n for n in total.values())
        names = _top_names(doc, units, cfg.top_names)
        scores = []
        for unit, bag in zip(units, bags, strict=True):
            value = _cosine_to_rest(bag, total, total_sq)
            lowered = unit.text.lower()
            if names:
                value += cfg.names * sum(name in lowered for name in names) / len(names)
            value += cfg.position / (1 + unit.index)
            if not _stands_alone(unit, cfg):
                value *= cfg.penalty
            scores.append(value)
        return scores

    def __call__(self, doc: Doc, reading: Reading) -> str | None:
        """Return the best sentence (compressed), or None when the article has no body."""
        units = candidates(doc, reading, malformed=True)
        choices = [i for i, unit in enumerate(units) if unit.well_formed]
        if not choices:
            return None
        scores = self.score(doc, units)
        best = units[max(choices, key=lambda i: (scores[i], -i))]
        if not self.cfg.compress:
            return best.text
        short = compress(best.span, steps=frozenset(self.cfg.compress))
        return short if well_formed(short) else best.text


extract = summary_stage("newsgraph.summary.centroid.v1", CentroidSummarizer())
