"""Wire datelines: "GENEVA (AFP) -", "LONDON, May 3 (Reuters) —", "KABUL, Afghanistan —".

A dateline opens the first paragraph of a wire story: the place in capitals, optionally its
country or state and the date, optionally the agency in brackets, then a dash. It is not part
of any sentence, and the parser splits it unpredictably ("GENEVA" | "(AFP) - Donors pledged
..."), so summaries cut it (and whatever precedes it in the paragraph, such as a byline)
before choosing a sentence.
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][\w.'\u2019\-]*"
_DATELINE = re.compile(
    r"""
    (?:
      (?P<city>[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+)*)            # GENEVA, NEW YORK, N'DJAMENA
      (?P<rest>(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|WORD(?:\s+WORD){0,3})){0,2})  # , Peru / , May 3
      \s*
    )?
    (?:\((?P<agency>[A-Z][\w.&'\u2019 /\-]{0,40})\)\s*)?                    # (AFP), (Reuters)
    [-\u2013\u2014]{1,2}\s+                                                 # the dash
    (?=["\u201c'\u2018]?[A-Z0-9])                                           # a sentence starts
    """.replace("WORD", _WORD),
    re.VERBOSE,
)
# How far into a paragraph a dateline may start (after a byline or a time stamp).
MAX_LEAD = 120


def _is_dateline(match: re.Match[str]) -> bool:
    """Whether a match is a dateline.

    At the paragraph's start: an agency, or a place of three or more capitals. After a
    leading fragment: such a place with its agency, country or date.
    """
    long_city = sum(c.isalpha() for c in match.group("city") or "") >= 3
    if match.start() == 0:
        return bool(match.group("agency")) or long_city
    return long_city and bool(match.group("agency") or match.group("rest"))


def dateline_end(paragraph: str) -> int:
    """Where the paragraph's text starts after a wire dateline (0 when it has none).

    The dateline may follow a short leading fragment (a byline, a time stamp) when it names
    its agency or its country or date ("By Jo Ames GENEVA (AFP) - ..."); the fragment goes
    too.

    >>> text = "GENEVA (AFP) - Donors met."
    >>> text[dateline_end(text):]
    'Donors met.'
    >>> dateline_end("The UN - and its agencies - met.")
    0
    """
    for match in _DATELINE.finditer(paragraph[:MAX_LEAD]):
        start = match.start()
        if start > 0 and not paragraph[start - 1].isspace():
            continue
        if _is_dateline(match):
            return match.end()
    return 0
