"""LEAD: the article's first body sentence, the classic news summarisation baseline."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Reading
from newsgraph.summary.base import candidates, summary_stage


class LeadSummarizer:
    """Summarise an article by its first body sentence (news puts the main point first)."""

    def __call__(self, doc: Doc, reading: Reading) -> str | None:
        """Return the first body sentence, or None when the article has no body."""
        units = candidates(doc, reading)
        return units[0].text if units else None


extract = summary_stage("newsgraph.summary.lead.v1", LeadSummarizer())
