"""Resolve the date expression of an event against the article's publication date.

Handled: "today", "tonight", "yesterday", "tomorrow"; weekday names ("on Thursday", "late on
Friday", "last Tuesday", "next Monday"); "this/last/next week|month|year"; "N days/weeks ago";
explicit dates ("October 16", "16 October 2013", "Oct. 16, 2013", "2013-03-15") and month
names with a year ("March 2013"). Week, month and year expressions resolve to the first day
of the period (Monday for weeks). A weekday in a future-tense clause is the next such day on or
after publication; otherwise the latest on or before it. Without a publication date only
expressions that carry their own year resolve. A date that falls outside what ``datetime.date``
holds (years 1 to 9999: "yesterday" of a page dated 0001-01-01, "next year" of 9999-12-31) is not
a date we can place: it resolves to None.
"""

from __future__ import annotations

import re
from datetime import date

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?P<unit>day|week|month|year)s?\s+ago\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_PERIOD = re.compile(r"\b(?P<which>this|last|next|past|coming)\s+(?P<unit>week|month|year)\b")
_LAST = date.max.toordinal()


def resolve(text: str, published: date | None, *, future: bool = False) -> date | None:
    """Return the calendar date ``text`` names, or None when it names no single day we can place.

    Args:
        text: A date expression as written ("on Thursday", "next week", "October 16").
        published: The article's publication date, when known.
        future: Whether the clause speaks of the future (decides which Thursday "Thursday" is).
    """
    low = text.lower()
    explicit = _explicit(low, published, future=future)
    if explicit is not None or published is None:
        return explicit
    return _relative(low, published, future=future)


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):  # OverflowError: a year too large for a C long ("10**20 months ago")
        return None


def _plus_days(day: date, days: int) -> date | None:
    """``day`` moved by ``days`` days, or None outside years 1 to 9999."""
    ordinal = day.toordinal() + days
    return date.fromordinal(ordinal) if 1 <= ordinal <= _LAST else None


def _explicit(low: str, published: date | None, *, future: bool) -> date | None:
    iso = _ISO.search(low)
    if iso:
        return _safe(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.search(low)
        if m is None:
            continue
        month, day = _month_number(m["month"]), int(m["day"])
        if m["year"]:
            return _safe(int(m["year"]), month, day)
        if published is None:
            return None
        return _nearest_year(published, month, day, future=future)
    m = _MONTH_YEAR.search(low)
    if m:
        return _safe(int(m["year"]), _month_number(m["month"]), 1)
    return None


def _nearest_year(published: date, month: int, day: int, *, future: bool) -> date | None:
    """The year that puts month/day nearest the publication date, on the side the tense says."""
    found = _safe(published.year, month, day)
    if found is None:
        return None
    apart = found.toordinal() - published.toordinal()
    if not future and apart > 31:
        return _safe(published.year - 1, month, day)
    if future and apart < -31:
        return _safe(published.year + 1, month, day)
    return found


def _relative(low: str, published: date, *, future: bool) -> date | None:
    words = set(re.findall(r"[a-z]+", low))
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    for word, shift in simple.items():
        if word in words:
            return _plus_days(published, shift)
    if {"this"} & words and words & {"morning", "afternoon", "evening"}:
        return published
    ago = _AGO.search(low)
    if ago:
        n = _NUMBERS.get(ago["n"]) or int(ago["n"])
        if ago["unit"] in ("day", "week"):
            return _plus_days(published, -n * (7 if ago["unit"] == "week" else 1))
        return _shift(published, ago["unit"], -n)
    period = _PERIOD.search(low)
    if period:
        step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[period["which"]]
        return _shift(published, period["unit"], step)
    for i, name in enumerate(WEEKDAYS):
        if name in words or name[:3] in words:
            ahead = future or "next" in words or "coming" in words
            return _weekday(published, i, ahead=ahead and "last" not in words)
    return None


def _weekday(published: date, weekday: int, *, ahead: bool) -> date | None:
    if ahead:
        return _plus_days(published, (weekday - published.weekday()) % 7)
    return _plus_days(published, -((published.weekday() - weekday) % 7))


def _shift(published: date, unit: str, n: int) -> date | None:
    """Start of the week, month or year ``n`` periods from publication (None outside years 1 to 9999)."""
    if unit == "week":
        return _plus_days(published, 7 * n - published.weekday())
    if unit == "month":
        index = published.year * 12 + published.month - 1 + n
        return _safe(index // 12, index % 12 + 1, 1)
    return _safe(published.year + n, 1, 1)
