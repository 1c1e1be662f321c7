"""The summary stage: one sentence per article, extractive or compressive, behind ``Summarizer``."""

# The summariser measured best on held-out news (see docs/summary.md); "newsgraph.summary.lead.v1"
# is the LEAD baseline.
DEFAULT_SUMMARY_STAGE = "newsgraph.summary.centroid.v1"
