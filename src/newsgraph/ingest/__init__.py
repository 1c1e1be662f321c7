"""Parallel ingest of many articles into the DuckDB knowledge base (``newsgraph ingest``).

Importing this package does no work; see :func:`newsgraph.ingest.run.ingest`.
"""
