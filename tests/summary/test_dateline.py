"""Wire datelines and sentences that cannot open a summary (model-free, and texts we wrote with the model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.records import Article, Reading, TextSpan
from newsgraph.summary.base import candidates, well_formed
from newsgraph.summary.dateline import dateline_end


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("GENEVA (AFP) - Donors pledged more aid on Tuesday.", "GENEVA (AFP) - "),
        ("WASHINGTON (Reuters) - The Senate passed the bill.", "WASHINGTON (Reuters) - "),
        ("LONDON, May 3 (Reuters) \u2014 Britain's economy grew.", "LONDON, May 3 (Reuters) \u2014 "),
        ("KABUL, Afghanistan \u2014 A bomb exploded at a market.", "KABUL, Afghanistan \u2014 "),
        ("LIMA, Peru (AP) \u2014 A strike closed the capital.", "LIMA, Peru (AP) \u2014 "),
        ("NEW YORK \u2014 Stocks fell sharply.", "NEW YORK \u2014 "),
        ("ST. LOUIS, Mo. (AP) \u2014 A man was charged.", "ST. LOUIS, Mo. (AP) \u2014 "),
        ("(Reuters) - Ruritania closed its border.", "(Reuters) - "),
        ("By Jo Ames GENEVA (AFP) - Talks resumed.", "By Jo Ames GENEVA (AFP) - "),
        ("The UN - and its agencies - met on Monday.", ""),
        ("NATO \u2014 the alliance said \u2014 will meet.", ""),
        ("UN - EU talks resumed.", ""),
        ("Mr Ames (Labour) - who chairs the committee - spoke.", ""),
        ("Speaking in Geneva, the chief - Jo Ames - said so.", ""),
    ],
)
def test_dateline_end(paragraph: str, dateline: str) -> None:
    assert paragraph[:dateline_end(paragraph)] == dateline


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Donors pledged more aid.", True),
        ("eBay said sales rose.", True),
        ("\"We will stay,\" she said.", True),
        ("40 people were killed.", True),
        ("AFP) - Donors pledged more aid.", False),
        ("Reuters) - Spain summoned the envoy.", False),
        ("(AFP) - Donors pledged more aid.", True),
        ("and then the talks collapsed.", False),
        (") and the talks collapsed.", False),
        ("\u201d he said.", False),
        ("\" he said.", False),
        ("The plan (which failed was dropped.", False),
    ],
)
def test_well_formed(text: str, ok: bool) -> None:
    assert well_formed(text) is ok


def _reading_with_split_dateline() -> tuple[Doc, Reading]:
    """A wire story whose dateline the "parser" split as the small model does: "GENEVA" | "(AFP) - ..."."""
    text = "Talks resume in Geneva\nGENEVA (AFP) - Envoys from Ruritania met in Geneva on Tuesday. They agreed.\n"
    made = spacy.blank("en").make_doc(text)
    words = [t.text for t in made]
    starts = {0, words.index("GENEVA"), words.index("("), words.index("They")}
    doc = Doc(made.vocab, words=words, spaces=[bool(t.whitespace_) for t in made],
              sent_starts=[i in starts for i in range(len(words))])
    body_start = text.index("GENEVA")
    article = Article(id="t", text=text, headline=TextSpan.of(text, 0, text.index("\n")),
                      paragraphs=(TextSpan.of(text, body_start, len(text) - 1),))
    return doc, Reading(article=article)


def test_candidates_cut_a_split_dateline() -> None:
    doc, reading = _reading_with_split_dateline()
    assert [u.text for u in candidates(doc, reading)] == ["Envoys from Ruritania met in Geneva on Tuesday.",
                                                         "They agreed."]
    for unit in candidates(doc, reading):
        assert reading.article.text[unit.span.start_char:unit.span.end_char].strip() == unit.text


@pytest.mark.model
@pytest.mark.parametrize(
    "dateline",
    ["GENEVA (AFP) -", "WASHINGTON (Reuters) -", "LONDON, May 3 (Reuters) \u2014", "KABUL, Afghanistan \u2014"],
)
@pytest.mark.parametrize("stage", ["newsgraph.summary.lead.v1", "newsgraph.summary.centroid.v1"])
def test_summaries_never_start_inside_a_dateline(nlp, dateline: str, stage: str) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.pipeline import Pipeline
    from newsgraph.read.sources import article_from_record

    text = (f"Ruritania and Borduria agree to reopen border\n\n{dateline} Ruritania and Borduria agreed on Tuesday "
            "to reopen their shared border after six months of talks, officials from both governments said.\n\n"
            "The border was closed in March after a dispute over fishing rights in the lake between them.\n\n"
            "Traders on both sides said the closure had cost them millions in lost sales.\n")
    article = article_from_record({"id": "t", "text": text}, name="t.jsonl", line=1)
    reading = Pipeline([stage], nlp=nlp).run(article)
    assert reading.summary is not None and reading.summary.startswith("Ruritania and Borduria agreed")


def _doc_with_sentences(text: str, starts_at: tuple[str, ...]) -> tuple[Doc, Reading]:
    """A one-paragraph body whose sentences start at the given words (as a parser might split it)."""
    made = spacy.blank("en").make_doc(text)
    words = [t.text for t in made]
    starts = {0, *(words.index(w) for w in starts_at)}
    doc = Doc(made.vocab, words=words, spaces=[bool(t.whitespace_) for t in made],
              sent_starts=[i in starts for i in range(len(words))])
    article = Article(id="t", text=text, paragraphs=(TextSpan.of(text, 0, len(text.rstrip())),))
    return doc, Reading(article=article)


def test_a_sentence_split_mid_way_is_joined_again() -> None:
    text = "The mayor spoke. Over the last year, the council has cut bus routes twice. Nobody objected.\n"
    doc, reading = _doc_with_sentences(text, ("Over", "the", "Nobody"))
    assert [u.text for u in candidates(doc, reading)] == [
        "The mayor spoke.", "Over the last year, the council has cut bus routes twice.", "Nobody objected."]


def test_a_lower_case_sentence_after_a_full_stop_is_never_a_candidate() -> None:
    text = "The mayor spoke on Monday. and then the council voted.\n"
    doc, reading = _doc_with_sentences(text, ("and",))
    assert [u.text for u in candidates(doc, reading)] == ["The mayor spoke on Monday."]
    assert [u.well_formed for u in candidates(doc, reading, malformed=True)] == [True, False]
