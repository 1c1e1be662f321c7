"""Fetching news from the web: feeds, sitemaps and pages into the knowledge base, politely.

``newsgraph ingest URL`` and ``newsgraph watch`` (docs/crawl.md). Importing this package does no work.
"""
