"""Names: strip honorifics and titles, split persons' names, key organisations' names.

    >>> person_name("Bashar al-Assad")
    PersonName(words=('Bashar', 'al-Assad'), first='Bashar', surname='al-Assad', core='Assad')
    >>> acronym("Medecins Sans Frontieres")
    'MSF'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from newsgraph.actors.lexicon import ABBREVIATIONS, HONORIFICS, MULTIWORD_TITLES, TITLES

# Lower-case particles that belong to the surname that follows ("bin Laden", "de Mistura").
PARTICLES = frozenset("al el bin ben ibn van von de da di del della der den du la le dos das ter".split())
# Prefixes fused to an Arabic surname and dropped in short references ("al-Assad" -> "Assad").
_FUSED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|Al|El|Ad|Ar|As|Ash|At|Az|An)[-\u2010\u2011](?=[A-Z])")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_ORG_STOP = frozenset("of the and for on in at to de des du la le sans".split())
_APOS = "'\u2019"


# Two names an entity joined with a dash ("Assad - Lavrov", "WIRE)--Helio Labs"): a spaced dash or a
# doubled one; a single hyphen inside a word ("Jean-Paul") never splits.
_NAME_BREAK = re.compile(r"\s+[-\u2013\u2014]+\s+|[-\u2013\u2014]{2,}|\u2014|^[-\u2013\u2014]+\s*|:\s+")
_QUOTE_MARKS = "\"'\u2018\u2019\u201c\u201d"
# A company's legal form at the end of its name: "Helio Labs, Inc.", "Harrow Mills Ltd".
LEGAL_FORM = re.compile(r"(?:,?\s+|\b)(?:Inc|Ltd|LLC|plc|PLC|Corp|GmbH|AG|NV|N\.V|SA|S\.A|LLP|Pty)\.?$")


def split_names(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in ``text`` of the names an entity holds.

    "Assad - Lavrov" holds two; "- Hague" one, without its dash; "WIRE)--Helio Labs, Inc." one,
    without the unbalanced wire-service tail before the dashes; "Ama Owusu: 'Nobody" one, without
    the quoted word after the colon.
    """
    out = []
    pos = 0
    for piece in [*_NAME_BREAK.finditer(text), None]:
        start, end = pos, piece.start() if piece is not None else len(text)
        part = text[start:end]
        if part.count(")") > part.count("("):  # "WIRE)": the tail of a wire service's name
            start += part.rindex(")") + 1
        elif part.count("(") > part.count(")"):  # "World Health Organization (WHO"
            end = start + part.rindex("(")
        if text[start:end].lstrip()[:1] in _QUOTE_MARKS and text[start:end].strip():
            start = end  # "Ama Owusu-Bempah: 'Nobody": a quoted word is not a name
        start, end = _strip_name(text, start, end)
        if piece is not None or pos > 0:  # a part of a split: "Arsene Wenger - he", "Keane and - the"
            while " " in text[start:end] and text[start:end].rsplit(" ", 1)[1].islower():
                end = start + text[start:end].rindex(" ")
            if not text[start:start + 1].isupper() and not text[start:start + 1].isdigit():
                start = end
        if any(c.isalpha() for c in text[start:end]):
            out.append((start, end))
        pos = piece.end() if piece is not None else len(text)
    return out


def _strip_name(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " ,;:-\u2013\u2014":
        end -= 1
    return start, end


@functools.lru_cache(maxsize=8192)  # called for the same few names again and again
def fold(text: str) -> str:
    """Return ``text`` folded for comparison: no accents, case, dots or curly apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace(".", "")).strip().lower()


def word_key(word: str) -> str:
    """Return a word folded and without its dots, as the title tables spell it ("Sen." -> "sen")."""
    return fold(word).strip(",")


def is_title_word(word: str) -> bool:
    """Return True for a word that names a title or form of address ("President", "Mr", "Sen.")."""
    key = word_key(word)
    return key in HONORIFICS or key in ABBREVIATIONS or key in TITLES


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive ("Russia's" -> "Russia", "Jones'" -> "Jones")."""
    for apos in _APOS:
        if text.endswith(apos + "s"):
            return text[:-2]
        if text.endswith("s" + apos):
            return text[:-1]
    return text


def leading_titles(text: str) -> int:
    """Return how many characters of title words and honorifics open ``text``.

    "President Bashar al-Assad" -> 10; "Mr Lavrov" -> 3; "Foreign Minister Sergei Lavrov" -> 17.
    A title that would leave no name ("General") is not counted.
    """
    cut = 0
    for m in re.finditer(r"\S+\s*", text):
        word = m.group().strip()
        if not title_like(word) or m.end() >= len(text):
            break
        cut = m.end()
    return cut


def title_like(word: str) -> bool:
    """Return True for a title word or a modifier inside a title ("Sen.", "Foreign", "Prime", "Vice")."""
    key = word_key(word)
    if is_title_word(word):
        return True
    # Modifiers inside a spelled-out title ("Foreign Minister", "Prime Minister", "Vice President").
    return key in {"foreign", "prime", "vice", "deputy", "defence", "defense", "home", "interior", "acting", "former"}


class PersonName(NamedTuple):
    """A person's name split into words: first name, surname (with particles) and its core."""

    words: tuple[str, ...]
    first: str | None
    surname: str
    core: str

    @property
    def full(self) -> bool:
        """True when the name has a first name and a surname."""
        return self.first is not None


def person_name(text: str) -> PersonName:
    """Split a person's name (titles already stripped) into first name and surname."""
    words = tuple(w for w in text.split() if w)
    while len(words) > 1 and word_key(words[-1]) in _SUFFIXES:
        words = words[:-1]
    if len(words) == 1:
        return PersonName(words, None, words[0], _FUSED.sub("", words[0]))
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    surname = " ".join(words[start:])
    return PersonName(words, words[0], surname, _FUSED.sub("", words[-1]))


def surname_variants(name: PersonName) -> tuple[str, ...]:
    """Return the short forms a text may use for a person ("al-Assad", "Assad")."""
    out = [name.surname, name.surname[:1].upper() + name.surname[1:], name.words[-1], name.core]
    return tuple(dict.fromkeys(v for v in out if v))


def acronym(name: str) -> str:
    """Return the initials of a name's capitalised words ("World Health Organization" -> "WHO")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and not (w[0].islower() and w in _ORG_STOP)]
    return "".join(w[0] for w in words if w[0].isupper())


def org_key(text: str) -> str:
    """Return the comparison key of an organisation's name ("the U.N." -> "un")."""
    key = fold(strip_possessive(text))
    return re.sub(r"^(?:the|an?) ", "", key)


def contains_words(longer: str, shorter: str) -> bool:
    """Return True when ``shorter``'s words occur, in a row, inside ``longer``'s words."""
    big, small = org_key(longer).split(), org_key(shorter).split()
    if not small or len(small) >= len(big):
        return False
    return any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))


def title_head(words: list[str]) -> tuple[int, str | None] | None:
    """Find the title a run of words ends with: (its number of words, its sector), or None.

    "Foreign Minister" -> (1, "GOV"); "chief executive" -> (2, "BUS"); "Sen." -> (1, "GOV").
    """
    keys = [word_key(w) for w in words]
    for size in (3, 2):
        if len(keys) >= size:
            phrase = " ".join(keys[-size:])
            if phrase in MULTIWORD_TITLES:
                return size, MULTIWORD_TITLES[phrase]
    if not keys:
        return None
    last = keys[-1]
    if last in ABBREVIATIONS:
        return 1, TITLES.get(ABBREVIATIONS[last].lower())
    if last in TITLES:
        return 1, TITLES[last]
    if last.endswith("s") and last[:-1] in TITLES:  # "officials", "rebels"
        return 1, TITLES[last[:-1]]
    return None
