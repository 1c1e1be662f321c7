"""A place name inside a longer proper name is not a place of its own (issue 10), on hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.actors.embedded import longer_name

pytestmark = pytest.mark.issue10

# Each case: words (a "/"-suffix gives the POS, PROPN by default), entity tags, the place's token
# bounds, the longer name's bounds (None: the place stands on its own).
CASES = [
    # a masthead, a channel, an event, a group's name after the place
    ("Russia Today reported it", "B-GPE B-DATE O O", (0, 1), (0, 2)),
    ("a reporter at the Chicago Tribune said", "O O O O B-GPE O O", (4, 5), (4, 6)),
    ("he served in the Iraq War", "O O O B-EVENT I-EVENT I-EVENT", (4, 5), (3, 6)),
    ("she leads Iraq and Afghanistan Veterans of America for/ADP three/NUM years/NOUN",
     "O O B-GPE O B-GPE O O B-GPE O O O", (4, 5), (4, 6)),
    ("the Bank of America said", "B-ORG I-ORG I-ORG I-ORG O", (3, 4), (0, 4)),
    ("on Good Morning America today/NOUN", "O B-WORK_OF_ART I-WORK_OF_ART I-WORK_OF_ART O", (3, 4), (1, 4)),
    ("the Tour de France victories/NOUN", "B-EVENT I-EVENT I-EVENT I-EVENT O", (3, 4), (0, 4)),
    # an entity whose other words do not make a name with the place
    ("the Iraq war/NOUN began/VERB", "B-EVENT I-EVENT I-EVENT O", (1, 2), None),
    ("in Rubio 's/PART Miami backyard/NOUN", "O B-ORG I-ORG I-ORG O", (3, 4), None),
    ("in America ,/PUNCT LGBTQ people/NOUN", "O B-ORG I-ORG I-ORG O", (1, 2), None),
    ("Today/NOUN in America ,/PUNCT LGBTQ people/NOUN", "B-WORK_OF_ART I-WORK_OF_ART I-WORK_OF_ART O O O",
     (2, 3), None),
    ("the Nagorno -/PUNCT Karabakh region/NOUN", "O B-ORG I-ORG I-ORG O", (3, 4), None),
    # a title, a party, a date, a person, a conjunction, the place's own name: the place stands
    ("she leads Iraq and Afghanistan Veterans of America for/ADP three/NUM years/NOUN",
     "O O B-GPE O B-GPE O O B-GPE O O O", (2, 3), None),
    ("met Indiana Gov. Mike Pence", "O B-GPE O B-PERSON I-PERSON", (1, 2), None),
    ("Russian/ADJ Foreign Minister Sergei Lavrov", "B-NORP O O B-PERSON I-PERSON", (0, 1), None),
    ("U.S. House Speaker Paul Ryan", "B-GPE O O B-PERSON I-PERSON", (0, 1), None),
    ("a New York Democrat said", "O B-GPE I-GPE B-NORP O", (1, 3), None),
    ("in Washington Monday", "O B-GPE B-DATE", (1, 2), None),
    ("said Florida Sens. Marco Rubio", "O B-GPE O B-PERSON I-PERSON", (1, 2), None),
    ("a North Carolina RNC member/NOUN", "O B-GPE I-GPE B-ORG O", (1, 3), None),
    ("in Kansas City", "O B-GPE O", (1, 2), None),
    ("in Florida Rick Scott", "O B-GPE B-PERSON I-PERSON", (1, 2), None),
    ("nearly 3,000/NUM Danish/ADJ Web/NOUN sites/NOUN", "O O B-NORP O O", (2, 3), None),
    ("the Afghan/ADJ Taliban fighters/NOUN", "O B-NORP B-ORG O", (1, 2), None),
    # a title-case line: only a head word makes a longer name
    ("Chicago Tribune Backs Smith Over Jones", "B-GPE O O B-PERSON O B-PERSON", (0, 1), (0, 2)),
    ("Obama Visits Texas Today Amid Storms", "B-PERSON O B-GPE B-DATE O O", (2, 3), None),
]


def _doc(en_vocab, spec: str, ents: str) -> Doc:  # type: ignore[no-untyped-def]
    words, pos = [], []
    for item in spec.split():
        word, _, tag = item.partition("/")
        words.append(word)
        pos.append(tag or ("PROPN" if word[:1].isupper() else "ADP"))
    starts = [True] + [False] * (len(words) - 1)
    return Doc(en_vocab, words=words, pos=pos, ents=ents.split(), sent_starts=starts)


@pytest.mark.parametrize(("spec", "ents", "place", "expected"), CASES)
def test_longer_name(en_vocab, spec: str, ents: str, place: tuple[int, int],  # type: ignore[no-untyped-def]
                     expected: tuple[int, int] | None) -> None:
    doc = _doc(en_vocab, spec, ents)
    assert longer_name(doc, *place) == expected


def test_a_possessive_place_stands_on_its_own(en_vocab) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(en_vocab, words=["Russia", "'s", "Foreign", "Ministry"], spaces=[False, True, True, False],
              pos=["PROPN", "PART", "PROPN", "PROPN"], tags=["NNP", "POS", "NNP", "NNP"],
              ents=["B-GPE", "I-GPE", "B-ORG", "I-ORG"], sent_starts=[True, False, False, False])
    assert longer_name(doc, 0, 2) is None
