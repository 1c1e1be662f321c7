"""Page clutter, captions, bylines and date lines: the line patterns shared by the readers.

A scraped news page mixes the article with furniture: video placeholders ("Media playback is
unsupported on your device"), share widgets, copyright credits, topic lists, bylines and date
lines. These rules decide, for one line of text, what it is. They are written for the
conventions of several outlets (BBC, wire services, US papers), not for one article.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from newsgraph.records import CaptionKind

# Captions: the page's label is often glued to the caption text ("Media captionSergei Lavrov: ...").
_CAPTION = re.compile(
    r"^(?P<label>(?i:media|image|video|photo|picture|audio) ?(?i:caption))"
    r"(?:[\s:,.\-\u2013\u2014]+|(?=[A-Z0-9\"'\u2018\u201c]))(?P<body>\S.*)$",
    re.S,
)
_BARE_LABEL = re.compile(r"^(?P<label>(?:media|image|video|photo|picture|audio) ?caption)[\s:,.\-]*$", re.I)
_CAPTION_KIND: dict[str, CaptionKind] = {
    "media": "media", "video": "media", "audio": "media", "image": "image", "photo": "image", "picture": "image",
}

# Whole lines that are page furniture, not article text (compared case-insensitively, whole line).
_FURNITURE = (
    r"media playback is (?:unsupported|not supported) on (?:your|this) device"
    r"|this video can ?not be played|to play this video you need to enable javascript.*"
    r"|(?:play|watch|listen)(?: video| now| again)?:?|replay|video|audio|live"
    r"|share(?: this)?(?: (?:page|story|article|post|on \w+|with \w+))?|share this with|about sharing|close share panel"
    r"|copy (?:this )?link|copied|email|e-mail|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit"
    r"|print|printable version|e-mail this to a friend|tweet|advertisement|advert|sponsored|related topics"
    r"|more on this story|related internet links"
    r"|related stories|around the bbc|top stories|features|most read|most watched|elsewhere on the bbc"
    r"|skip to content|accessibility help|sign in|register|subscribe|read more:?|continue reading|comments?"
    r"|these are external links and will open in a new window|external link|the bbc is not responsible for the"
    r" content of external (?:internet )?sites\.?|from the section .*|follow (?:us|@\w+|\w+) on \w+.*"
    r"|(?:image|media|video|photo|picture) (?:copyright|source)\b.*|copyright\s*:?\s*\S.*|getty images|reuters"
    r"|afp|ap|pa(?: media)?|epa|associated press|press association|(?:\d+|an?) (?:minutes?|hours?|days?) ago"
    r"|published|updated|last updated|posted|-|\||\u2022"
)
_BOILERPLATE = re.compile(rf"^(?:{_FURNITURE})$", re.I)
_SHARE_RUN = re.compile(r"^share this with\b.{0,160}$", re.I)

# Trailing topic lists follow one of these lines: short lines after them are furniture too.
_TRAILER = re.compile(r"^(?:related topics|more on this story|related internet links|related stories)$", re.I)

_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
           "|august|september|october|november|december")
_DATE = re.compile(
    rf"(?P<dmy>\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})\.?,? \d{{4}}\b)"
    rf"|(?P<mdy>\b(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b)"
    r"|(?P<iso>\b\d{4}-\d{2}-\d{2}\b)",
    re.I,
)
# Words allowed around a date on a line that holds nothing else ("Published 3 March 2013, 12:04 GMT").
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|last|first|posted|page|on|at|and|am|pm|gmt|bst|utc|est|edt|cet|cest|pst|pdt"
    r"|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
    r"|\d+ (?:minutes?|hours?|days?) ago|ago|et|time)\b"
    r"|\b[ap]\.m\.|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,:|/\-\u2013\u2014().]",
    re.I,
)

# US and wire bylines: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe in Kabul".
_BYLINE = re.compile(r"^by[\s:]+(?P<who>\S.{0,150})$", re.I)
_BYLINE_JOINERS = frozenset({"and", "&", "in", "for", "of", "at", "with", "the", "de", "van", "von", "der", "la",
                             "le", "al", "bin", "|", "-", "and/or"})
# Wire trailers: "Reporting by Jane Doe; Editing by John Roe", "(Reporting by ...)", "Additional reporting by ...".
_WIRE_TRAILER = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.{0,300}$", re.I)


def caption_of(line: str) -> tuple[CaptionKind, int] | None:
    """Say whether ``line`` is a labelled caption ("Media caption…", "Image caption …").

    Returns:
        The caption kind and the offset in ``line`` where the caption text starts, or None.
    """
    match = _CAPTION.match(line)
    if match is None:
        return None
    label = match.group("label").lower().replace("caption", "").strip()
    return _CAPTION_KIND.get(label, "image"), match.start("body")


def bare_caption_label(line: str) -> CaptionKind | None:
    """Return the caption kind when ``line`` is only a caption label ("Image caption"), its text on the next line."""
    match = _BARE_LABEL.match(line.strip())
    if match is None:
        return None
    return _CAPTION_KIND.get(match.group("label").lower().replace("caption", "").strip(), "image")


def is_furniture(line: str) -> bool:
    """Say whether a stripped line is page furniture (player notices, share widgets, credits)."""
    body = line.strip().removeprefix("- ").removeprefix("\u2022 ").strip()
    return bool(_BOILERPLATE.match(body) or _SHARE_RUN.match(body) or _WIRE_TRAILER.match(body))


def is_trailer_heading(line: str) -> bool:
    """Say whether ``line`` opens a trailing topic list ("Related Topics", "More on this story")."""
    return bool(_TRAILER.match(line.strip()))


def is_byline(line: str) -> bool:
    """Say whether ``line`` is a byline ("By Jane Doe", "By JANE DOE, Associated Press")."""
    match = _BYLINE.match(line.strip())
    if match is None or line.rstrip().endswith(("!", "?", ":")):
        return False
    words = re.findall(r"[^\s,;]+", match.group("who"))
    if not words or len(words) > 14:
        return False
    names = [w for w in words if w.lower() not in _BYLINE_JOINERS]
    return bool(names) and all(w[0].isupper() or not w[0].isalpha() for w in names)


def find_date(line: str) -> date | None:
    """Return the first calendar date written in ``line`` ("3 March 2013", "March 3, 2013", "2013-03-03")."""
    for match in _DATE.finditer(line):
        parsed = _parse_date(match.group())
        if parsed is not None:
            return parsed
    return None


def is_date_line(line: str) -> bool:
    """Say whether ``line`` holds a date and nothing else but filler ("Published 3 March 2013 12:04 GMT")."""
    if len(line) > 120:
        return False
    match = _DATE.search(line)
    if match is None:
        return False
    rest = line[: match.start()] + " " + line[match.end() :]
    return not _DATE_FILLER.sub("", rest).strip()


def _parse_date(value: str) -> date | None:
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", value, flags=re.I).replace(",", " ").replace(".", " ")
    cleaned = " ".join(cleaned.split()).replace("Sept ", "Sep ").replace("sept ", "sep ")
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def parse_iso_date(value: object) -> date | None:
    """Return the date at the start of an ISO-8601 date or datetime string, or None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])", value)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
