"""actor_at and canonical over hand-built actors (no model)."""

from __future__ import annotations

from newsgraph.actors.lookup import actor_at, canonical
from newsgraph.records import Actor, TextSpan

TEXT = "Syrian President Bashar al-Assad met Mr Lavrov and the UN envoy. The coalition said no."


def _span(text: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return TextSpan.of(TEXT, start, start + len(text))


ACTORS = (
    Actor("a1", "Syria", "GPE", (_span("Syrian"),), country="SYR"),
    Actor("a2", "Bashar al-Assad", "PERSON", (_span("Bashar al-Assad"),), roles=("President",)),
    Actor("a3", "Sergei Lavrov", "PERSON", (_span("Lavrov"),)),
    Actor("a4", "UN", "ORG", (_span("UN"),), sector="IGO"),
    Actor("a5", "Syrian National Coalition", "ORG", (_span("The coalition"),)),
)


def test_actor_at_finds_the_mention_under_a_span() -> None:
    start = TEXT.index("Syrian President Bashar al-Assad")
    noun_phrase = actor_at(ACTORS, start, start + len("Syrian President Bashar al-Assad"))
    assert noun_phrase is not None and noun_phrase.id == "a2"  # the head, not the demonym
    lavrov = TEXT.index("Lavrov")
    found = actor_at(ACTORS, lavrov - 3, lavrov + 6)  # "Mr Lavrov"
    assert found is not None and found.id == "a3"
    assert actor_at(ACTORS, 0, 3) is not None and actor_at(ACTORS, 0, 3).id == "a1"  # type: ignore[union-attr]
    assert actor_at(ACTORS, TEXT.index("met"), TEXT.index("met") + 3) is None


def test_canonical_resolves_names_titles_and_descriptions() -> None:
    expected = {
        "Mr Lavrov": "a3",
        "Lavrov's": "a3",
        "Sergei Lavrov": "a3",
        "President Assad": "a2",
        "Assad": "a2",
        "al-Assad": "a2",
        "the UN": "a4",
        "Syria": "a1",
        "the coalition": "a5",
    }
    got = {text: getattr(canonical(ACTORS, text), "id", None) for text in expected}
    assert got == expected
    assert canonical(ACTORS, "he") is None and canonical(ACTORS, "") is None
