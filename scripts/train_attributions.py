#!/usr/bin/env python3
"""Train the attribution model (``make train``) from PolNeAR train and write it into the package.

Usage:
    scripts/train_attributions.py [--gold ../shared/gold/polnear/train.jsonl]
                                  [--out src/newsgraph/data/attributions.json] [--cache DIR]

Three logistic regressions over the features of ``newsgraph.quotes.features``, all fitted on the
training split only (the dev split is never read here):

- cue: is this verb (or noun) the head of an attribution cue? Its threshold is the one that
  maximises F1 over 5-fold cross-validation by article on train;
- start: of the phrases under a cue, which one does the content start with (or does the content
  stand before the cue)? Ranked; the best-scoring candidate wins;
- sibling: does a later dependent of the content's head still belong to the content?

Needs scikit-learn (the ``dev`` extra); the package reads the weights with no dependency.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin, Token

from newsgraph.evaluate.constructions import span_head
from newsgraph.nlp.doc import load_model, make_docs
from newsgraph.quotes import features as F
from newsgraph.quotes.draft import Context
from newsgraph.read.text import read_text

ROOT = Path(__file__).resolve().parents[1]
LEFT = -1
_TRIM = " \t\r\n,.;:\"'\u201c\u201d\u2018\u2019"
_MIN_NOMINAL = 3  # a noun heads a cue in train at least this often to be a candidate
_MIN_COUNT = 3  # a feature seen in fewer training rows gets no weight (keeps the model small)
# The cue threshold the stage uses. Cross-validation picks the one that maximises cue-head F1 (about 0.4),
# but a cue found is not yet a quote found: over whole quotes (train articles 0, 5, 10, ... read by a
# model fitted on the rest, `--hold-out 0`), quote F1 peaks lower, at 0.3 (0.4: 74.6, 0.3: 75.3,
# 0.25: 75.2, 0.2: 74.6). Tuned on train only; rerun that comparison after changing features.
_QUOTE_THRESHOLD = 0.3
# A later dependent stays in the content unless the sibling model gives it less than this. Cutting a
# content short loses the quote (it no longer covers half the gold content), keeping a writer's adjunct
# only blurs an edge: on the same held-out train articles quote F1 is 76.0 at 0.5, 76.4 at 0.3, 76.3 at 0.15.
_SIBLING_THRESHOLD = 0.3


@dataclass
class Rows:
    """Training rows of the three decisions, each tagged with its article (for cross-validation)."""

    cue: list[tuple[list[str], int, int]] = field(default_factory=list)
    start: list[tuple[list[str], int, int, int]] = field(default_factory=list)  # feats, label, group, doc
    sibling: list[tuple[list[str], int, int]] = field(default_factory=list)


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _parsed(gold: list[dict[str, Any]], cache: Path | None) -> list[Doc]:
    nlp = load_model()
    digest = hashlib.sha256("".join(g["text"] for g in gold).encode()).hexdigest()[:16]
    path = cache / f"polnear-{digest}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = [doc for doc, _ in make_docs((read_text(g["text"], id=g["doc_id"]) for g in gold), nlp)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin()
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
    return docs


def _nominal(gold: list[dict[str, Any]], docs: list[Doc]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for g, doc in zip(gold, docs, strict=True):
        for q in g["quotes"]:
            head = span_head(doc, q["cue"]["start"], q["cue"]["end"]) if q["cue"] else None
            if head is not None and head.pos_ in ("NOUN", "PROPN"):
                counts[head.lemma_.lower()] += 1
    return frozenset(w for w, n in counts.items() if n >= _MIN_NOMINAL)


def _start_rows(rows: Rows, head: Token, quote: dict[str, Any], text: str, group: int, d: int) -> None:
    lemma = F.key_lemma(head)
    first = quote["contents"][0]
    gold_start, gold_end = _norm(text, first["start"], first["end"])
    cands = F.start_candidates(head)
    labels = [int(_norm(text, node.left_edge.idx, node.right_edge.idx + 1)[0] == gold_start) for node, _ in cands]
    left = int(gold_end <= head.idx)
    if not any(labels) and not left:
        return  # the parse gives no phrase where the gold content starts
    rows.start.append((F.left_features(head, lemma=lemma), left, group, d))
    for (node, path), label in zip(cands, labels, strict=True):
        rows.start.append((F.start_features(head, node, path, lemma=lemma), label, group, d))
        if label:
            for sib in F.later_siblings(node):
                inside = sib.right_edge.idx + len(sib.right_edge.text) <= gold_end + 1
                rows.sibling.append((F.sibling_features(node, sib, lemma=lemma), int(inside), d))
                if not inside:
                    break


def build_rows(gold: list[dict[str, Any]], docs: list[Doc], nominal: frozenset[str]) -> Rows:
    rows, group = Rows(), 0
    for d, (g, doc) in enumerate(zip(gold, docs, strict=True)):
        ctx = Context.build(doc, read_text(g["text"], id=g["doc_id"]))
        heads: dict[int, dict[str, Any]] = {}
        for q in g["quotes"]:
            head = span_head(doc, q["cue"]["start"], q["cue"]["end"]) if q["cue"] else None
            if head is not None and q["contents"]:
                heads.setdefault(head.i, q)
        for tok in doc:
            if not F.is_candidate(tok, nominal):
                continue
            rows.cue.append((F.cue_features(tok, quoted=ctx.in_quoted(tok.idx)), int(tok.i in heads), d))
            if tok.i in heads:
                _start_rows(rows, tok, heads[tok.i], g["text"], group, d)
                group += 1
    return rows


def _fit(feats: list[list[str]], labels: list[int], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    counts = Counter(f for row in feats for f in set(row))
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in row if counts[f] >= _MIN_COUNT} for row in feats])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, labels)
    return vec, model


def _export(vec: DictVectorizer, model: LogisticRegression) -> dict[str, Any]:
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= 1e-3}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def _cue_threshold(rows: Rows, c: float, folds: int) -> tuple[float, dict[str, float]]:
    """The probability threshold maximising cue F1 over ``folds``-fold cross-validation by article."""
    docs = np.array([d for _, _, d in rows.cue])
    labels = np.array([y for _, y, _ in rows.cue])
    scores = np.zeros(len(rows.cue))
    for k in range(folds):
        test = docs % folds == k
        vec, model = _fit([f for (f, _, _), t in zip(rows.cue, test, strict=True) if not t],
                          list(labels[~test]), c)
        x = vec.transform([dict.fromkeys(f, 1) for (f, _, _), t in zip(rows.cue, test, strict=True) if t])
        scores[test] = model.predict_proba(x)[:, 1]
    best = (0.0, 0.5, {})
    for threshold in np.arange(0.2, 0.8, 0.025):
        pred = scores >= threshold
        tp = int((pred & (labels == 1)).sum())
        p, r = tp / max(pred.sum(), 1), tp / max((labels == 1).sum(), 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best[0]:
            best = (f1, float(threshold), {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)})
    return round(best[1], 3), best[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/gold/polnear/train.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "src/newsgraph/data/attributions.json")
    ap.add_argument("--cache", type=Path, default=None, help="keep the parsed training articles here")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--hold-out", type=int, default=None, metavar="K",
                    help="leave out the articles whose index modulo --folds is K (to measure rules on them)")
    a = ap.parse_args()
    if not a.gold.exists():
        sys.exit(f"train_attributions: {a.gold} not found (PolNeAR train from ../shared is needed to train)")
    gold = [json.loads(line) for line in a.gold.open(encoding="utf-8") if line.strip()]
    if any(g.get("split") not in (None, "train") for g in gold):
        sys.exit("train_attributions: the gold file holds articles outside the train split")
    docs = _parsed(gold, a.cache)
    if a.hold_out is not None:
        kept = [i for i in range(len(gold)) if i % a.folds != a.hold_out]
        gold, docs = [gold[i] for i in kept], [docs[i] for i in kept]
    nominal = _nominal(gold, docs)
    rows = build_rows(gold, docs, nominal)
    print(f"{len(gold)} articles: {len(rows.cue)} cue candidates ({sum(y for _, y, _ in rows.cue)} cues), "
          f"{len(rows.start)} start candidates, {len(rows.sibling)} siblings", file=sys.stderr)
    threshold, cv = _cue_threshold(rows, a.c, a.folds)
    print(f"cue threshold {threshold} (cross-validated on train: {cv})", file=sys.stderr)
    model: dict[str, Any] = {
        "format": "newsgraph.attributions/1",
        "trained_on": {"file": a.gold.name, "articles": len(gold), "sha256": hashlib.sha256(
            a.gold.read_bytes()).hexdigest()},
        "nominal": sorted(nominal),
        "cue": {**_export(*_fit([f for f, _, _ in rows.cue], [y for _, y, _ in rows.cue], a.c)),
                "threshold": _QUOTE_THRESHOLD, "cross_validated": {"threshold": threshold, **cv}},
        "start": _export(*_fit([f for f, _, _, _ in rows.start], [y for _, y, _, _ in rows.start], a.c)),
        "sibling": {**_export(*_fit([f for f, _, _ in rows.sibling], [y for _, y, _ in rows.sibling], a.c)),
                    "threshold": _SIBLING_THRESHOLD},
    }
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    sizes = {k: len(model[k]["weights"]) for k in ("cue", "start", "sibling")}
    print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KB; weights {sizes})", file=sys.stderr)


if __name__ == "__main__":
    main()
