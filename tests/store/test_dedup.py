"""MinHash near-duplicates: syndicated copies are linked, different stories are not."""

from __future__ import annotations

from datetime import date

from newsgraph.store import dedup

STORY = ("Freedonia's parliament voted on Tuesday to delay the budget by a month after a long debate "
         "over fuel subsidies, the speaker said, adding that ministers would return with a new plan. "
         "Opposition leaders called the delay a failure and said they would campaign against the plan "
         "in the capital and in the provinces over the coming weeks.")
OTHER = ("A storm closed the port of Sylvania for two days, stranding dozens of ships and delaying "
         "grain deliveries to the north, harbour officials said on Friday evening.")


def test_signature_is_deterministic_and_fixed_size() -> None:
    sig = dedup.signature(STORY)
    assert sig == dedup.signature(STORY) and len(sig) == dedup.NUM_PERM
    assert all(0 <= v < 2**32 for v in sig)
    assert len(dedup.band_keys(sig)) == dedup.BANDS


def test_a_republished_copy_is_near_and_a_different_story_is_not() -> None:
    copy = "UPDATED: " + STORY.replace("Tuesday", "Tuesday night") + " More to follow."
    a, b, c = dedup.signature(STORY), dedup.signature(copy), dedup.signature(OTHER)
    assert dedup.is_near(a, b)
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
    assert not dedup.is_near(a, c)


def test_clusters_pick_the_earliest_published_as_canonical() -> None:
    sigs = {"x": dedup.signature(STORY), "y": dedup.signature(STORY + " Ends."), "z": dedup.signature(STORY)}
    rows = dedup.clusters([("x", "y"), ("y", "z")], published={"x": date(2020, 1, 2), "y": date(2020, 1, 1),
                                                               "z": None},
                          hashes={"x": "h1", "y": "h2", "z": "h1"}, signatures=sigs)
    assert [(r["article_id"], r["duplicate_of"]) for r in rows] == [("x", "y"), ("z", "y")]
    assert all(r["kind"] == "near" for r in rows)
    exact = dedup.clusters([("x", "z")], published={}, hashes={"x": "h1", "z": "h1"}, signatures=sigs)
    assert exact == [{"article_id": "z", "duplicate_of": "x", "kind": "exact", "similarity": 1.0,
                      "method": dedup.METHOD}]
