"""Read the value of a number phrase as news writes it: "about 70,000", "2.5 million", "dozens".

Conventions (the reading takes the least the words commit the writer to):
- Vague plurals mean at least two of the unit: "dozens" = 24, "scores" = 40, "hundreds" = 200,
  "thousands" = 2,000, "tens of thousands" = 20,000, "hundreds of thousands" = 200,000,
  "millions" = 2,000,000. They are always ``approximate``.
- "a dozen" = 12, "a score" = 20, "a hundred" = 100; "several" or "a few" of a unit is three of
  it ("several hundred" = 300), approximate.
- Hedges make a value ``approximate``: about, some, nearly, almost, around, roughly, estimated,
  more/fewer/less than, over, under, at least, at most, up to, as many as, close to, upwards of.
  The value is the number written ("more than 1,000" = 1,000).
- Fractions ("a third of", "half", "two-thirds", "40%") are returned as a fraction (``fraction``
  True, value between 0 and 1); the caller multiplies by the base it applies to, if any.
- Suffixes: "1.2m", "1.2 mn", "3bn", "5k" (thousand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
}
# A unit standing alone after "a"/"an" ("a dozen", "a hundred").
SINGLE: dict[str, int] = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Vague plurals: the least they can mean (two of the unit).
VAGUE: dict[str, int] = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "billions": 2_000_000_000,
}
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}
HEDGES: tuple[str, ...] = (
    "an estimated", "estimated", "about", "some", "nearly", "almost", "around", "roughly", "approximately",
    "more than", "fewer than", "less than", "over", "under", "at least", "at most", "up to", "as many as",
    "close to", "upwards of", "in excess of", "just over", "just under", "well over",
)
_HEDGE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in HEDGES) + r")\b\s*", re.I)
_DIGITS = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<suffix>[a-z]+)?$", re.I)
_PERCENT = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)$", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    """The value of a number phrase."""

    value: float
    approximate: bool = False
    fraction: bool = False


def strip_hedges(words: str) -> tuple[str, bool]:
    """Remove leading hedges ("about", "at least"); say whether there were any."""
    hedged = False
    while True:
        m = _HEDGE.match(words)
        if m is None or not m.group():
            return words, hedged
        words, hedged = words[m.end():], True


def _digits(words: str) -> float | None:
    m = _DIGITS.match(words)
    if m is None:
        return None
    value = float(m.group("num").replace(",", ""))
    suffix = (m.group("suffix") or "").lower()
    if suffix and suffix not in SCALES:
        return None
    return value * SCALES.get(suffix, 1)


def _words(tokens: list[str]) -> float | None:
    """Value of number words and digits mixed with scales: "two hundred and fifty", "2.5 million"."""
    total, current, seen = 0.0, 0.0, False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an", "and"):
            current = current or (1.0 if tok != "and" else 0.0)
            continue
        digit = _digits(tok)
        if digit is not None:
            current, seen = current + digit, True
        elif tok in UNITS:
            current, seen = current + UNITS[tok], True
        elif tok in SCALES and (len(tok) > 2 or (i > 0 and tokens[i - 1][0].isdigit())):
            scale = SCALES[tok]
            current = (current or 1.0) * scale
            if scale >= 1_000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _vague(tokens: list[str]) -> float | None:
    """Vague quantities: "dozens", "hundreds of thousands", "tens of millions"."""
    if not tokens or tokens[0] not in VAGUE:
        return None
    value = float(VAGUE[tokens[0]])
    rest = tokens[1:]
    if len(rest) == 2 and rest[0] == "of" and rest[1] in VAGUE:
        return value * VAGUE[rest[1]] / 2  # "hundreds of thousands" = 200 x 1,000
    return value if not rest else None


def _fraction(tokens: list[str]) -> float | None:
    """Fractions: "a third", "two-thirds", "half", "one in five"."""
    if len(tokens) == 1 and tokens[0] in FRACTIONS:
        return FRACTIONS[tokens[0]]
    if len(tokens) == 2 and tokens[1] in FRACTIONS:
        count = 1 if tokens[0] in ("a", "an", "one") else UNITS.get(tokens[0])
        return count * FRACTIONS[tokens[1]] if count else None
    if len(tokens) == 3 and tokens[1] == "in" and tokens[0] in ("one", "1"):
        base = UNITS.get(tokens[2]) or _digits(tokens[2])
        return 1 / base if base else None
    return None


def parse_quantity(phrase: str) -> Quantity | None:
    """Read a number phrase, or None when it is not one.

    Args:
        phrase: e.g. "about 70,000", "some 2.5 million", "dozens", "a third", "more than 1,000".

    Returns:
        The value, whether it is approximate, and whether it is a fraction (see the module docstring).
    """
    words = " ".join(phrase.replace("\u2013", "-").split()).lower()
    words, hedged = strip_hedges(words.strip())
    words = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", words).removesuffix(" of")
    percent = _PERCENT.match(words)
    if percent is not None:
        return Quantity(float(percent.group("num")) / 100, hedged, True)
    tokens = re.findall(r"\d[\d,.]*[a-z]*|[a-z]+", words)
    if not tokens or re.search(r"[^\w\s,.%-]", words):
        return None
    if tokens[0] in ("several", "few") or tokens[:2] == ["a", "few"]:
        rest = _words(tokens[2:] if tokens[0] == "a" else tokens[1:])
        return Quantity(3 * rest, True) if rest is not None and rest >= 10 else None  # "several hundred" = 300
    if len(tokens) == 2 and tokens[0] in ("a", "an") and tokens[1] in SINGLE:
        return Quantity(float(SINGLE[tokens[1]]), hedged)
    vague = _vague(tokens)
    if vague is not None:
        return Quantity(vague, True)
    fraction = _fraction(tokens)
    if fraction is not None:
        return Quantity(fraction, hedged, True)
    value = _words(tokens)
    if value is None:
        return None
    return Quantity(value, hedged)
