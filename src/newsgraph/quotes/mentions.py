"""The speaker mention as written: the noun phrase with its appositions and titles.

``mention_of`` (in :mod:`newsgraph.quotes.speakers`) gives the core noun phrase the speaker is
resolved from; ``widen`` turns it into the mention a reader (and the gold) marks:

- a description in apposition is part of it, on either side of the name ("Its chief executive,
  Priya Malhotra"; "Amos Tull, a 52-year-old farmer"; "Sen. Ray Oduya, D-Ohio"), but not a
  relative clause ("…, who chairs the panel");
- a title the parser cut off is put back ("Judge" | "Helen Marsh said" → "Judge Helen Marsh");
- a company's legal form after a comma is kept ("Helio Labs, Inc.");
- nothing of a paragraph's dateline is ("AUSTIN, Texas--(BUSINESS WIRE)--Helio Labs").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from newsgraph.actors.names import is_title_word
from newsgraph.nlp import views
from newsgraph.quotes.draft import Span
from newsgraph.quotes.lexicon import HONORIFICS
from newsgraph.quotes.speakers import mention_of

# Clauses and phrases that end an apposition: "Margaret Doyle, 68, [who organised the march]".
_NOT_APPOSITION = frozenset("relcl acl advcl ccomp parataxis".split())
_LEGAL_FORM = re.compile(r",\s*(?:Inc|Ltd|LLC|plc|PLC|Corp|Co|SA|S\.A|AG|NV|N\.V|GmbH|LLP)\b\.?")
_MAX_APPOSITION = 12  # tokens: a longer "apposition" is a parse error


def _apposition_end(appos: Token) -> int | None:
    """Index of the last token of an apposition, without the clauses hanging on it."""
    cut = {t.i for c in views.children(appos) if c.dep_ in _NOT_APPOSITION for t in c.subtree}
    toks = [t for t in appos.subtree if t.i not in cut]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks or len(toks) > _MAX_APPOSITION or any(t.is_space for t in toks):
        return None
    last = toks[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if last.pos_ in ("ADP", "DET", "CCONJ") or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "ADP")):
        return None  # the parse cut the phrase short: "president of distribution at", "Google vice"
    return last.i


def _after_comma(doc_token: Token, end_i: int) -> bool:
    """True when the apposition starting at ``doc_token`` follows the phrase ending at ``end_i`` after a comma."""
    doc = doc_token.doc
    return doc_token.left_edge.i == end_i + 2 and doc[end_i + 1].text == ","


def _title_before(head: Token, start: int) -> int:
    """Offset of capitalised title words right before ``start`` that the parse left out."""
    doc = head.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    i = first.start if first is not None else None
    while i is not None and i > 0:
        prev = doc[i - 1]
        word = prev.text.rstrip(".")
        if not (prev.whitespace_ == " " and word[:1].isupper() and (prev.lower_ in HONORIFICS or is_title_word(word))):
            break
        i -= 1
        start = prev.idx
    return start


def widen(head: Token, span: Span, text: str, *, lead: int = -1) -> Span:
    """The speaker mention around ``span`` (the core noun phrase headed by ``head``); see the module.

    Args:
        head: The head token of the core mention (the name, for "the head of X, Marc Lefevre").
        span: The core mention's character span.
        text: The article text the Doc was parsed from.
        lead: Where the paragraph's text starts past its dateline; the mention never starts before.
    """
    doc = head.doc
    start, end = span
    if (head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.dep_ in ("nsubj", "nsubjpass")):
        described = mention_of(head.head)
        before = doc.char_span(described[0], described[0] + 1, alignment_mode="expand")
        prev = doc[before.start - 1] if before is not None and before.start > 0 else None
        opens = prev is None or prev.is_punct or prev.is_space or prev.pos_ == "CCONJ" or prev.i == head.head.head.i
        if opens and described[1] < start and text[described[1]:start].strip() == ",":
            start = described[0]  # not "Following Mr Straw's announcement, lawyer Louise Christian"
    last = max(head.i, bisect_left(views.offsets(doc), end) - 1)  # the last token starting before ``end``
    for child in head.rights:
        if child.dep_ != "appos" or not _after_comma(child, last):
            continue
        stop = _apposition_end(child)
        if stop is None:
            break
        last = stop
        end = doc[stop].idx + len(doc[stop].text)
    legal = _LEGAL_FORM.match(text, end)
    if legal is not None:
        end = legal.end()
    start = _title_before(head, start)
    if 0 <= start < lead < end:
        start = lead
    return start, end
