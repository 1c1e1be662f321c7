"""Corpus-level actors: the same person or organisation across articles gets one id.

"Sergei Lavrov", "Lavrov" and "Russian Foreign Minister Sergei Lavrov" in three articles become
``person:sergei-lavrov``; "Anna Lavrov" stays apart (her first name differs), and a bare "Lavrov"
is linked only when one full name (or one full name of the same country) can be meant.

The logic is split so that a Spark job can run it as a stage: :func:`group_key` is a pure function of
one actor row; :func:`resolve_group` links the rows of one group (all rows sharing a surname or an
acronym); :func:`summarize` builds a ``corpus_actors`` row from the rows of one cluster.
:func:`corpus_actors` runs the three over any iterable of actor rows. Results never depend on the
order of the input rows.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

METHOD = "newsgraph.store.corpus_actors.v1"
Row = Mapping[str, Any]

# Words that precede a person's name: titles, honorifics and office words. Everything up to the last
# of them is dropped ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov").
_TITLES = frozenset("""
mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father sister brother
president vice prime minister secretary chancellor premier governor gov mayor senator sen rep
representative congressman congresswoman speaker ambassador envoy spokesman spokeswoman spokesperson
general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral adm commander cmdr
king queen prince princess duke duchess emperor sheikh sheik emir ayatollah imam pope cardinal bishop
archbishop rabbi judge justice chief director chairman chairwoman chair ceo leader mp mep deputy
foreign defence defense interior finance home state executive officer head boss aide adviser advisor
official analyst correspondent editor coach manager
""".split())
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "y", "&", "in", "on"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _fold(word: str) -> str:
    """Lower-case, accent-free, letters and digits only ("Lavrov's" -> "lavrovs" -> see _tokens)."""
    word = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in word.lower() if ch.isalnum() and not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    name = re.sub(r"\b(?:[Aa]l|[Ee]l)[-\u2010\u2011](?=\w)", "", name)  # "Bashar al-Assad" ~ "Assad"
    words = re.sub(r"['\u2019]s\b", "", name).split()
    return tuple(t for t in (_fold(w) for w in words) if t)


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> tuple[str | None, str] | None:
    """Return ``(first, last)`` of a person's name (first None for a surname alone), titles dropped."""
    tokens = list(_tokens(name))
    # Never cut the last word: "Martin Luther King" keeps King.
    cut = max((i + 1 for i, t in enumerate(tokens[:-1]) if t in _TITLES), default=0)
    tokens = [t for t in tokens[cut:] if t not in _SUFFIXES] or [t for t in tokens if t not in _TITLES]
    if not tokens:
        return None
    return (tokens[0], tokens[-1]) if len(tokens) > 1 else (None, tokens[0])


def _acronym(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t not in _FUNCTION_WORDS)


def group_key(row: Row) -> tuple[str, str, str | None]:
    """Return ``(type, short, full)`` of one actor row.

    ``short`` groups the rows that may name the same actor (a surname, an acronym); ``full`` is the
    actor's full form within the group (None when the row gives only the short form). For a person
    full is ``"first-last"``; for anything else it is the name's words joined by ``-``.
    """
    kind = str(row.get("type") or "OTHER").upper()
    if kind == "DOCUMENT":  # "the report" of one story is not that of another: documents stay in their article
        return (kind, f"{row.get('article_id')}:{row.get('name')}", None)
    return _group_key(kind, str(row.get("name") or ""))


@functools.lru_cache(maxsize=65536)
def _group_key(kind: str, name: str) -> tuple[str, str, str | None]:
    if kind == "PERSON":
        key = person_key(name)
        if key is None:
            return (kind, "-".join(_tokens(name)) or "unknown", None)
        first, last = key
        # A surname alone, or with an initial ("S. Lavrov"), is a short form.
        return (kind, last, f"{first}-{last}" if first and len(first) > 1 else None)
    tokens = [t for t in _tokens(name) if t not in ("the",)] or ["unknown"]
    if len(tokens) == 1:
        return (kind, tokens[0], None)
    return (kind, _acronym(tokens) if len(_acronym(tokens)) > 1 else "-".join(tokens), "-".join(tokens))


def _compatible(full: str, first: str | None) -> bool:
    return first is None or full.split("-")[0].startswith(first) or first.startswith(full.split("-")[0])


def resolve_group(rows: Sequence[Row]) -> dict[str, str]:
    """Link the rows of one group (same type and short form) to corpus actor ids.

    A row with a full form joins the cluster of that form. A row with only the short form joins the
    one full form of its group, or, when several exist, the one whose rows share its country; when
    that is still ambiguous (or there is no full form) it joins the group's short-form cluster.

    Returns:
        ``{actor row id: corpus actor id}``.
    """
    keyed = [(row, group_key(row)) for row in rows]
    countries: dict[str, set[str]] = {}
    for row, (_, _, full) in keyed:
        if full is not None:
            countries.setdefault(full, set()).update([row["country"]] if row.get("country") else [])
    links: dict[str, str] = {}
    for row, (kind, short, full) in keyed:
        prefix = kind.lower()
        if full is not None:
            links[str(row["id"])] = f"{prefix}:{full}"
            continue
        first = None
        if kind == "PERSON":
            pk = person_key(str(row.get("name") or ""))
            first = pk[0] if pk else None
        options = sorted(f for f in countries if _compatible(f, first))
        if len(options) > 1 and row.get("country"):
            options = [f for f in options if row["country"] in countries[f]]
        links[str(row["id"])] = f"{prefix}:{options[0]}" if len(options) == 1 else f"{prefix}:{short}"
    return links


def _is_clean_full_name(name: str) -> bool:
    tokens = _tokens(name)
    return len(tokens) > 1 and not any(t in _TITLES for t in tokens[:-1])


def _ranked(values: Iterable[str]) -> list[str]:
    counts = Counter(v for v in values if v)
    return sorted(counts, key=lambda v: (-counts[v], -len(v), v))


def summarize(corpus_actor_id: str, rows: Sequence[Row]) -> dict[str, Any]:
    """Build the ``corpus_actors`` row of one cluster from its actor rows (and their mention texts).

    The counts (``n_articles``, ``n_actors``, ``n_mentions``, ``n_quotes``) are left to the store,
    which counts them in SQL without duplicate articles.
    """
    names = [str(r["name"]) for r in rows]
    kind, key = corpus_actor_id.split(":", 1)
    surname = key.split("-")[-1] if kind == "person" else ""
    seen = names + [str(m) for r in rows for m in (r.get("mentions") or ())
                    if m and str(m)[:1].isupper() and surname in _fold(str(m))]
    full_names = [n for n in names if _is_clean_full_name(n)] if kind == "person" else names
    return {
        "corpus_actor_id": corpus_actor_id, "type": str(rows[0].get("type") or "OTHER").upper(),
        "name": _ranked(full_names or names)[0], "names": _ranked(seen),
        "roles": _ranked(role for r in rows for role in (r.get("roles") or ())),
        "countries": _ranked(str(r["country"]) for r in rows if r.get("country")), "method": METHOD,
    }


def corpus_actors(rows: Iterable[Row]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Compute corpus actors over actor rows.

    Args:
        rows: Actor rows with ``id``, ``article_id``, ``name``, ``type``, ``roles``, ``country`` and
            optionally ``mentions`` (the texts of the actor's mentions).

    Returns:
        ``(corpus_actor_rows, actor_link_rows)``, both sorted by id.
    """
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        kind, short, _ = group_key(row)
        groups.setdefault((kind, short), []).append(row)
    links: dict[str, str] = {}
    by_id: dict[str, Row] = {}
    for members in groups.values():
        links.update(resolve_group(members))
        by_id.update((str(r["id"]), r) for r in members)
    clusters: dict[str, list[Row]] = {}
    for actor_id in sorted(links):
        clusters.setdefault(links[actor_id], []).append(by_id[actor_id])
    corpus = [summarize(cid, members) for cid, members in sorted(clusters.items())]
    link_rows = [{"actor_id": aid, "article_id": by_id[aid]["article_id"], "corpus_actor_id": links[aid],
                  "method": METHOD} for aid in sorted(links)]
    return corpus, link_rows
