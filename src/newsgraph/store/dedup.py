"""Near-duplicate articles: MinHash signatures, LSH band keys and duplicate clusters.

Every function here is pure, so the local ingest and a Spark stage compute the same links:
``signature(text)`` and ``band_keys(signature)`` run per article (they feed the ``minhashes`` and
``minhash_bands`` rows); ``clusters(pairs, order)`` turns verified pairs into ``duplicates`` rows.
The canonical article of a cluster is the earliest published, then the smallest id, so the result
does not depend on the order in which articles were ingested.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

METHOD = "newsgraph.store.dedup.minhash.v1"
NUM_PERM = 120
BANDS = 24
ROWS = 5  # BANDS * ROWS == NUM_PERM; a pair with Jaccard 0.7 shares a band with probability 0.99
SHINGLE = 5  # word 5-grams
NEAR_THRESHOLD = 0.7  # estimated Jaccard at or above which two articles are the same story
_SEED = 1
_SCHEME = "affine32"  # datasketch >= 2.0; pinned so a new default never changes stored signatures
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Return the lower-cased word ``SHINGLE``-grams of ``text`` (its words, if fewer)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


@functools.lru_cache(maxsize=1)
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(text: str) -> list[int]:
    """Return the MinHash signature (``NUM_PERM`` unsigned 32-bit ints) of ``text``'s shingles."""
    from datasketch import MinHash

    # CRC-32 of each shingle (C speed, stable everywhere); affine32 mixes it with MurmurHash3 first.
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_permutations(), scheme=_SCHEME, hashfunc=zlib.crc32)
    grams = sorted(shingles(text))
    if grams:
        mh.update_batch(grams)
    return [int(v) for v in mh.hashvalues]


def band_keys(sig: Sequence[int]) -> list[int]:
    """Return one signed 64-bit key per LSH band of ``sig`` (equal keys: candidate pair)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS]
        data = band.to_bytes(2, "little") + b"".join(int(v).to_bytes(4, "little") for v in chunk)
        keys.append(int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True))
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimate the Jaccard similarity of two signatures (share of equal positions)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def is_near(a: Sequence[int], b: Sequence[int]) -> bool:
    """Say whether two signatures are near-duplicates (estimated Jaccard >= NEAR_THRESHOLD)."""
    return similarity(a, b) >= NEAR_THRESHOLD


def _order_key(article_id: str, published: date | None) -> tuple[int, str, str]:
    return (published is None, published.isoformat() if published else "", article_id)


def clusters(pairs: Iterable[tuple[str, str]], *, published: Mapping[str, date | None],
             hashes: Mapping[str, str], signatures: Mapping[str, Sequence[int]]) -> list[dict[str, Any]]:
    """Turn verified near-duplicate pairs into ``duplicates`` rows.

    Args:
        pairs: ``(article_id, article_id)`` pairs verified as near-duplicates (see :func:`is_near`).
        published: Publication date of every article in ``pairs``.
        hashes: Content hash of every article in ``pairs`` (equal hashes: an exact duplicate).
        signatures: MinHash signature of every article in ``pairs``.

    Returns:
        One row per non-canonical article: ``article_id``, ``duplicate_of`` (the cluster's earliest
        published article, then smallest id), ``kind`` ("exact" or "near") and ``similarity`` to it.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    rows = []
    for members in groups.values():
        canon = min(members, key=lambda m: _order_key(m, published.get(m)))
        for m in sorted(members):
            if m == canon:
                continue
            exact = hashes.get(m) is not None and hashes.get(m) == hashes.get(canon)
            sim = 1.0 if exact else similarity(signatures[m], signatures[canon])
            rows.append({"article_id": m, "duplicate_of": canon, "kind": "exact" if exact else "near",
                         "similarity": sim, "method": METHOD})
    return sorted(rows, key=lambda r: r["article_id"])
