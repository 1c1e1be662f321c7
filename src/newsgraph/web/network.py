"""The actor network: corpus actors as nodes, quotes about each other and events as weighted edges."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsgraph.store import pages
from newsgraph.web.render import actor_url


def network(con: Any, *, category: str = "", max_nodes: int = 60) -> dict[str, Any]:
    """Return ``{"nodes": [...], "edges": [...]}`` for the network page and ``/api/network``.

    Nodes are the ``max_nodes`` actors with the most weight on their edges; their ``weight`` is that
    sum. Edges are kept only between kept nodes.

    Args:
        con: A store connection or cursor.
        category: Only events of this PLOVER category make event edges (quote edges are then left out).
        max_nodes: How many actors to draw at most.

    Returns:
        JSON-ready nodes (id, name, type, weight, url) and edges (source, target, kind, weight, label).
    """
    edges = pages.network_edges(con, category=category)
    weight: Counter[str] = Counter()
    for e in edges:
        weight[e["source"]] += e["weight"]
        weight[e["target"]] += e["weight"]
    kept = {node for node, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]}
    info = {r["id"]: r for r in pages.corpus_actors_by_id(con, sorted(kept))}
    nodes = [{"id": i, "name": info[i]["name"], "type": info[i]["type"], "weight": weight[i], "url": actor_url(i)}
             for i in sorted(kept, key=lambda i: (-weight[i], i)) if i in info]
    shown = {n["id"] for n in nodes}
    links = [{**e, "label": f"{e['weight']} {'quote' if e['kind'] == 'quote' else category or 'event'}"
                              f"{'s' if e['weight'] != 1 else ''}"}
             for e in edges if e["source"] in shown and e["target"] in shown]
    return {"nodes": nodes, "edges": links}
