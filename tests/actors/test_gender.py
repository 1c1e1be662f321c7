"""Gender evidence from forms of address and role words (no model)."""

from __future__ import annotations

import pytest

from newsgraph.actors.gender import of_address, of_role


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ms Lopez said", "Lopez", "f"),
        ("said Mr. Lavrov", "Lavrov", "m"),
        ("Mrs Hale", "Mrs Hale", "f"),
        ("Carlos Lopez said", "Carlos Lopez", None),
        ("Dr Okafor", "Okafor", None),
    ],
)
def test_of_address(text: str, name: str, expected: str | None) -> None:
    assert of_address(text, text.index(name)) == expected


def test_of_role() -> None:
    assert of_role("spokeswoman for the UN") == "f"
    assert of_role("Foreign Secretary") is None
    assert of_role("chairman") == "m"
