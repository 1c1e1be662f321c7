"""Evaluation against annotated gold: the same metrics as the project's scorers.

Each module has ``run(gold, *, model, out) -> str``: read the gold file, read its texts with the
pipeline, optionally write the readings to ``out`` (JSONL), and return the printed report.
"""
