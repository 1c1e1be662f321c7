"""The web UI: ``newsgraph serve`` over a read-only knowledge base.

The web layer reads only through :mod:`newsgraph.store`; it never imports spaCy or the NLP stages.
"""
