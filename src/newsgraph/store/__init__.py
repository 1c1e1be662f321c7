"""The knowledge base: DuckDB tables (schema.sql), rows from readings, ingest and queries.

Importing this package does no work; open a store with :func:`newsgraph.store.api.open_store`.
"""
