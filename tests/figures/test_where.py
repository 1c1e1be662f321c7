"""Figure places and evidence on hand-built Docs (model-free)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.records import Reading


def _doc(vocab, words: list[str], heads: list[int], deps: list[str], starts: list[int]) -> Doc:  # type: ignore[no-untyped-def]
    spaces = [i + 1 < len(words) and words[i + 1] not in (":", ",", ".") for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps,
               sent_starts=[i in starts for i in range(len(words))])


def test_tree_distance_counts_arcs(en_vocab) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.figures.where import tree_distance

    # "Speaking in Geneva , she said 40 died in Niger ."
    words = ["Speaking", "in", "Geneva", ",", "she", "said", "40", "died", "in", "Niger", "."]
    heads = [5, 0, 1, 5, 5, 5, 7, 5, 7, 8, 5]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"]
    doc = _doc(en_vocab, words, heads, deps, [0])
    died = doc[7]
    assert tree_distance(died, doc[9]) == 2
    assert tree_distance(died, doc[2]) == 4
    assert tree_distance(died, died) == 0
    assert doc[7].is_ancestor(doc[9]) and not doc[7].is_ancestor(doc[2])


def test_evidence_of_a_split_headline_is_the_whole_headline(en_vocab) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.figures.rules import evidence
    from newsgraph.read.text import read_text

    text = "Chile protests: 500 arrested in Santiago\nStudents marched again on Monday.\n"
    article = read_text(text)
    words = ["Chile", "protests", ":", "500", "arrested", "in", "Santiago", "\n",
             "Students", "marched", "again", "on", "Monday", ".", "\n"]
    spaces = [True, False, True, True, True, True, False, False, True, True, True, True, False, False, False]
    doc = Doc(en_vocab, words=words, spaces=spaces, sent_starts=[i in (0, 1, 8) for i in range(len(words))])
    assert doc.text == text
    reading = Reading(article=article)
    headline_piece, _, body = list(doc.sents)
    assert headline_piece.text == "Chile"
    got = evidence(list(doc.sents)[1], reading)
    assert got.text == "Chile protests: 500 arrested in Santiago" == text[got.start:got.end]
    assert evidence(body, reading).text == "Students marched again on Monday."
