"""The cue lexicon is consistent with PLOVER: categories, modes and word classes (no model)."""

from __future__ import annotations

import pytest

from newsgraph.events import framing as fw
from newsgraph.events import lexicon as lx
from newsgraph.events import senses as sn
from newsgraph.records import PLOVER_CATEGORIES

SENSES = [(word, sense) for table in (lx.VERBS, lx.NOUNS) for word, senses in table.items() for sense in senses]
SENSES += [(f"{verb}+{noun}", sense) for (verb, noun), sense in fw.LIGHT_SENSES.items()]
SENSES += [("<subject>", sense) for sense in fw.SUBJECT_SENSES]
ENTITY_WORDS = {"@place", "@person", "@org"}


def test_every_sense_has_a_plover_category_and_mode() -> None:
    bad = [(w, s) for w, s in SENSES if s.category not in PLOVER_CATEGORIES
           or not (s.mode is None or s.mode == sn.HOSTING or s.mode in sn.MODES[s.category])]
    assert bad == []


def test_word_classes_named_by_senses_exist() -> None:
    # a condition names a word class, an entity kind, or else a single lower-case word ("joint", "hunger")
    bad = [(w, n) for w, s in SENSES for n in s.obj
           if n not in sn.CLASSES and n not in ENTITY_WORDS and not (n.isalpha() and n.islower())]
    assert bad == []


@pytest.mark.parametrize("category", PLOVER_CATEGORIES)
def test_every_category_has_verb_cues(category: str) -> None:
    verbs = [w for w, senses in lx.VERBS.items() if any(s.category == category for s in senses)]
    assert len(verbs) >= 3, verbs


def test_quads_partition_the_categories() -> None:
    coded = sn.COOPERATIVE | sn.VERBAL_CONFLICT | sn.MATERIAL_CONFLICT
    assert coded == set(PLOVER_CATEGORIES)
    assert not (sn.COOPERATIVE & sn.VERBAL_CONFLICT) and not (sn.VERBAL_CONFLICT & sn.MATERIAL_CONFLICT)


def test_hosting_cues_are_consult() -> None:
    hosting = [s for _, s in SENSES if s.mode == sn.HOSTING]
    assert hosting and {s.category for s in hosting} == {"CONSULT"}
