"""Read the value of a number phrase as news writes it: "about 70,000", "14 000", "2.5 million", "dozens".

Conventions (the reading takes the least the words commit the writer to, except for stated ranges):
- Thousands separators: commas ("14,000"), spaces, no-break or thin spaces ("14 000", "14\u202f000"),
  apostrophes ("14'000") and dots ("14.000", "1.250.000"). A dot followed by exactly three digits is a
  separator unless a scale word follows ("1.500 million" is 1.5 million); any other dot is a decimal point,
  and so is a comma before one or two digits with a scale word ("1,5 million").
- Indian grouping and scales: "12,34,567", "1.5 lakh", "2 crore".
- Scales: "1.2 million", "1.2m", "1.5 mn", "3bn", "5k", "half a million", "one and a half million".
- Spelled numbers: "seventy", "twenty-five", "nine hundred and twenty-one".
- Vague plurals mean at least two of the unit: "dozens" = 24, "scores" = 40, "hundreds" = 200,
  "thousands" = 2,000, "tens of thousands" = 20,000, "hundreds of thousands" = 200,000,
  "millions" = 2,000,000. They are ``approximate`` and that value is their lower bound (``low``).
- "a dozen" = 12, "a score" = 20, "a hundred" = 100; "several" or "a few" of a unit is three of
  it ("several hundred" = 300), approximate.
- Ranges ("between 200 and 300", "2,000-3,000", "200 to 300", "2 to 3 million") are approximate,
  with ``low`` and ``high``; their value is the upper bound, the figure displacement monitors record
  (in the IDETECT excerpts we developed on, IDMC's analysts took the upper bound of seven of eight ranges).
- Hedges make a value ``approximate`` and are kept as the ``qualifier`` ("more than"). Some also
  bound it: "at least", "more than", "over" ... give ``low``; "up to", "nearly", "as many as" ...
  give ``high``; "about", "some", "an estimated" give neither. The value is the number written.
- Fractions ("a third of", "half", "two-thirds", "40%") are returned as a fraction (``fraction``
  True, value between 0 and 1); the caller multiplies by the base it applies to, if any.
"""

from __future__ import annotations

import math
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
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
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
# Hedges, by the bound they put on the number written.
LOWER_HEDGES: tuple[str, ...] = (
    "at least", "more than", "over", "upwards of", "in excess of", "just over", "well over", "no fewer than",
    "no less than", "not less than", "a minimum of", "a minimum",
)
UPPER_HEDGES: tuple[str, ...] = (
    "up to", "at most", "fewer than", "less than", "under", "just under", "as many as", "nearly", "almost",
    "close to", "no more than", "not more than", "a maximum of",
)
AROUND_HEDGES: tuple[str, ...] = (
    "an estimated", "estimated", "about", "some", "around", "roughly", "approximately", "approx.", "circa",
)
HEDGES: tuple[str, ...] = tuple(sorted(LOWER_HEDGES + UPPER_HEDGES + AROUND_HEDGES, key=len, reverse=True))
_HEDGE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in HEDGES) + r")(?![a-z])\s*", re.I)
_SPACED_GROUPS = re.compile(r"(?<![\d,.])(\d{1,3})((?:[ \u00a0\u2009\u202f]\d{3})+)(?![\d,.]|\s\d)")
_DIGITS = re.compile(r"^(?P<num>\d[\d,.']*)(?P<suffix>[a-z]+)?$")
_COMMAS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOTS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_INDIAN = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}$")  # "12,34,567": lakh grouping
_APOSTROPHES = re.compile(r"^\d{1,3}(?:'\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^\d+,\d{1,2}$")
_PERCENT = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)$", re.I)
_TOKEN = re.compile(r"\d[\d,.']*[a-z]*|[a-z]+|-")


@dataclass(frozen=True, slots=True)
class Quantity:
    """The value of a number phrase, the bounds the words state and the hedge written before it."""

    value: float
    approximate: bool = False
    fraction: bool = False
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None


def strip_hedges(words: str) -> tuple[str, bool]:
    """Remove leading hedges ("about", "at least"); say whether there were any."""
    rest, hedges = _hedges(words)
    return rest, bool(hedges)


def _hedges(words: str) -> tuple[str, list[str]]:
    """Remove leading hedges; return the rest and the hedges found, lower-cased, in order."""
    found: list[str] = []
    while True:
        m = _HEDGE.match(words)
        if m is None or not m.group():
            return words, found
        found.append(" ".join(m.group().lower().split()))
        words = words[m.end():]


def number(word: str, *, scaled: bool = False) -> float | None:
    """Value of one written number, with any thousands separator or decimal mark, or None.

    Args:
        word: Digits with separators: "14,000", "14.000", "14'000", "2.5", "1,5" (spaces already removed).
        scaled: Whether a scale word follows ("1.500 million"): then a dot or a comma before digits is
            a decimal mark.
    """
    if _PLAIN.match(word):
        if scaled or not re.match(r"^[1-9]\d{0,2}\.\d{3}$", word):
            return float(word)
        return float(word.replace(".", ""))
    if _COMMAS.match(word):
        return float(word.replace(",", ""))
    if _DOTS.match(word):
        return float(word.replace(".", "").replace(",", "."))
    if _APOSTROPHES.match(word):
        return float(word.replace("'", ""))
    if _INDIAN.match(word):
        return float(word.replace(",", ""))
    if scaled and _COMMA_DECIMAL.match(word):
        return float(word.replace(",", "."))
    return None


def _digits(word: str, *, scaled: bool = False) -> float | None:
    """A number with an optional glued scale: "70,000", "1.2m", "3bn", "5k"."""
    m = _DIGITS.match(word)
    if m is None:
        return None
    suffix = (m.group("suffix") or "").lower()
    if suffix and suffix not in SCALES:
        return None
    value = number(m.group("num"), scaled=scaled or bool(suffix))
    return None if value is None else value * SCALES.get(suffix, 1)


def _words(tokens: list[str]) -> float | None:
    """Value of number words and digits mixed with scales: "two hundred and fifty", "2.5 million"."""
    total, current, seen = 0.0, 0.0, False
    for i, tok in enumerate(tokens):
        later_scale = any(t in SCALES and len(t) > 1 for t in tokens[i + 1:])
        if tok == "and" and (i == 0 or tokens[i - 1] not in SCALES) and tokens[i + 1:i + 3] != ["a", "half"]:
            return None  # "1,200 and 2,000" is two numbers; "two hundred and fifty", "one and a half" are one
        if tok in ("a", "an", "and"):
            current = current or (1.0 if tok != "and" else 0.0)
            continue
        digit = _digits(tok, scaled=later_scale)
        if digit is not None:
            current, seen = current + digit, True
        elif tok in UNITS:
            current, seen = current + UNITS[tok], True
        elif tok == "half" and later_scale:  # "half a million", "one and a half million"
            current, seen = current + 0.5, True
        elif tok in SCALES and (len(tok) > 2 or (i > 0 and tokens[i - 1][0].isdigit())):
            if not current and not (i > 0 and tokens[i - 1] in ("a", "an")):
                return None  # a scale word needs a number: "million" alone is not one
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


def _range(tokens: list[str], *, between: bool) -> tuple[float, float] | None:
    """The bounds of a range: "200-300", "200 to 300", "2 to 3 million", "(between) 200 and 300"."""
    for i, tok in enumerate(tokens):
        if tok not in ("-", "to", "and") or (tok == "and" and not between) or i == 0:
            continue
        low, high = _words(tokens[:i]), _words(tokens[i + 1:])
        if low is None or high is None:
            continue
        low, high = _whole(low), _whole(high)
        scale = SCALES.get(tokens[-1], 1) if len(tokens[-1]) > 2 else 1
        if scale > 1 and not any(t in SCALES for t in tokens[:i]) and low * scale <= high:
            low = _whole(low * scale)  # "2 to 3 million": the scale is written once
        if low < high:
            return low, high
    return None


def _bounds(value: float, hedges: list[str]) -> tuple[float | None, float | None]:
    """The bound a hedge states: "at least 40" -> (40, None), "up to 40" -> (None, 40)."""
    for hedge in hedges:
        if hedge in LOWER_HEDGES:
            return value, None
        if hedge in UPPER_HEDGES:
            return None, value
    return None, None


def _normalise(phrase: str) -> str:
    """One-spaced lower case, dashes as hyphens, space-grouped digits joined ("14 000" -> "14000")."""
    text = _SPACED_GROUPS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), phrase)
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return " ".join(text.split()).lower()


def parse_quantity(phrase: str) -> Quantity | None:
    """Read a number phrase, or None when it is not one.

    Args:
        phrase: e.g. "about 70,000", "some 2.5 million", "14 000", "between 200 and 300", "dozens",
            "a third", "more than 1,000".

    Returns:
        The value, whether it is approximate, whether it is a fraction, the bounds the words state
        and the hedge (see the module docstring). Digits too many for a float ("9" written 400
        times) read as infinity: no count anyone reported, so None.
    """
    found = _quantity(phrase)
    if found is None or not all(math.isfinite(v) for v in (found.value, found.low or 0, found.high or 0)):
        return None
    return found


def _quantity(phrase: str) -> Quantity | None:
    words, hedges = _hedges(_normalise(phrase))
    qualifier = " ".join(hedges) or None
    words = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", words).removesuffix(" of")
    percent = _PERCENT.match(words)
    if percent is not None:
        return Quantity(float(percent.group("num")) / 100, bool(hedges), True, qualifier=qualifier)
    between = words.startswith("between ")
    tokens = _TOKEN.findall(words.removeprefix("between "))
    if not tokens or re.search(r"[^\w\s,.'%-]", words):
        return None
    if tokens[0] in ("several", "few") or tokens[:2] == ["a", "few"]:
        unit = tokens[2:] if tokens[0] == "a" else tokens[1:]
        rest = float(SCALES[unit[0]]) if len(unit) == 1 and unit[0] in SCALES else _words(unit)
        if rest is None or rest < 10:
            return None
        return Quantity(3 * rest, True, low=3 * rest, qualifier=qualifier)  # "several hundred" = 300
    if len(tokens) == 2 and tokens[0] in ("a", "an") and tokens[1] in SINGLE:
        value = float(SINGLE[tokens[1]])
        return Quantity(value, bool(hedges), False, *_bounds(value, hedges), qualifier)
    vague = _vague(tokens)
    if vague is not None:
        return Quantity(vague, True, low=vague, qualifier=qualifier)
    fraction = _fraction(tokens)
    if fraction is not None:
        return Quantity(fraction, bool(hedges), True, qualifier=qualifier)
    bounds = _range(tokens, between=between)
    if bounds is not None:
        return Quantity(bounds[1], True, False, bounds[0], bounds[1], qualifier)
    written = _words(tokens) if not between else None
    if written is None:
        return None
    value = _whole(written)
    return Quantity(value, bool(hedges), False, *_bounds(value, hedges), qualifier)


def _whole(value: float) -> float:
    """``value`` without the float error of a scaled decimal: 1.1 * 1e6 is 1,100,000, not 1,100,000.0000000002."""
    if not math.isfinite(value):
        return value
    nearest = round(value)
    return float(nearest) if abs(value - nearest) < 1e-6 * max(1.0, abs(value)) else value
