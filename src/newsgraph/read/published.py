"""Which publication date to believe: the first plausible one of the dates a source gives.

Pages and feeds carry placeholder and broken dates (JSON-LD ``datePublished: 0001-01-01``, year
9999, a date years ahead). A date before 1900 or after tomorrow is not when a news article was
published: it is set aside with a recorded reason (a ``Skip`` of stage ``read``) and the next
source is asked. The rule is deliberately wide; it catches placeholders, not every wrong date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from newsgraph.records import Skip

EARLIEST = date(1900, 1, 1)


def implausible(day: date, *, today: date | None = None) -> str | None:
    """Say why ``day`` cannot be a publication date, or None when it can.

    Args:
        day: The candidate date.
        today: The reference day (the local date when not given); anything after the day after it is
            in the future, allowing for time zones.
    """
    if day < EARLIEST:
        return f"before {EARLIEST.year}"
    latest = (today or date.today()) + timedelta(days=1)
    if day > latest:
        return f"after {latest.isoformat()}, a day past the reading date"
    return None


def first_plausible(
    candidates: Iterable[tuple[str, date | None]], *, today: date | None = None
) -> tuple[date | None, tuple[Skip, ...]]:
    """Return the first plausible date of ``(source, date)`` candidates, and a Skip for each one set aside.

    Candidates are read lazily, in order, and a None date is passed over; reading stops at the first
    plausible date.
    """
    skips: list[Skip] = []
    for source, day in candidates:
        if day is None:
            continue
        why = implausible(day, today=today)
        if why is None:
            return day, tuple(skips)
        skips.append(Skip("read", f"publication date {day.isoformat()} from {source} ignored: {why}"))
    return None, tuple(skips)
