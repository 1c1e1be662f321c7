"""Name the construction of an annotated attribution, so recall can be broken down by it.

A gold attribution (PolNeAR / Citron shape: ``type``, ``cue``, ``sources``, ``contents``) is put in
exactly one class, tried in this order:

- ``direct`` / ``mixed``: the gold type says the content is (partly) quoted;
- ``according``: "according to X";
- ``colon``: the cue is or ends with a colon ("His advice: ...");
- ``sourceless``: no source span (passives such as "is expected to", "it is said");
- ``nominal``: the cue's head is a noun ("his claim that", "allegations that");
- ``prepositional``: the cue's head is a preposition ("in his view", "for Trump");
- ``evidential``: the source is a document, poll, study or data ("polls show");
- ``infinitive``: the content is an infinitive ("plans to", "asked X to", "urged him to");
- ``clause``: the content is a finite clause ("said that ...");
- ``object``: anything else, mostly noun-phrase or gerund content ("endorsed Trump", "denied it").

This is evaluation code: it reads the parse only to describe gold, never to find attributions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import EVIDENCE_NOUNS

CONSTRUCTIONS: tuple[str, ...] = (
    "direct", "mixed", "according", "colon", "sourceless", "nominal", "prepositional", "evidential",
    "infinitive", "clause", "object",
)
_EVIDENTIAL_CUES = frozenset("show find indicate suggest reveal demonstrate confirm prove".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_PERSONAL = frozenset("he she i we they you who".split())

Json = Mapping[str, Any]


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The non-space tokens that start inside ``[start, end)``."""
    return [t for t in doc if start <= t.idx < end and not t.is_space]


def span_head(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of ``[start, end)``: its first token whose head lies outside it."""
    toks = tokens_in(doc, start, end)
    inside = {t.i for t in toks}
    for tok in toks:
        if tok.head.i not in inside or tok.head.i == tok.i:
            return tok
    return toks[0] if toks else None


def cue_lemma(doc: Doc, cue: Json | None) -> str:
    """The lemma of a cue's head ("according to" and colons are named whole)."""
    if cue is None:
        return "(none)"
    text = doc.text[cue["start"]:cue["end"]].strip().lower()
    if text.startswith("according to"):
        return "according to"
    if text == ":":
        return ":"
    head = span_head(doc, cue["start"], cue["end"])
    return head.lemma_.lower() if head is not None else text


def _evidential(doc: Doc, quote: Json, cue_head: Token | None) -> bool:
    source = quote["sources"][0]
    head = span_head(doc, source["start"], source["end"])
    if head is None or head.lower_ in _PERSONAL or head.ent_type_ == "PERSON":
        return False
    if head.lemma_.lower() in EVIDENCE_NOUNS:
        return True
    return cue_head is not None and cue_head.lemma_.lower() in _EVIDENTIAL_CUES and head.pos_ == "NOUN"


def _content_class(doc: Doc, quote: Json) -> str:
    first = quote["contents"][0]
    toks = tokens_in(doc, first["start"], first["end"])
    words = [t for t in toks if not t.is_punct]
    if words and words[0].lower_ == "to" and len(words) > 1 and words[1].tag_ == "VB":
        return "infinitive"
    if words and words[0].tag_ == "VB":
        return "infinitive"
    if any(t.tag_ in _FINITE for t in toks):
        return "clause"
    return "object"


def construction(doc: Doc, quote: Json) -> str:
    """The class (one of ``CONSTRUCTIONS``) of one gold attribution over its parsed article."""
    if quote.get("type") in ("direct", "mixed"):
        return str(quote["type"])
    cue = quote.get("cue")
    text = doc.text[cue["start"]:cue["end"]].strip().lower() if cue else ""
    if text.startswith("according to"):
        return "according"
    if text.endswith(":"):
        return "colon"
    if not quote["sources"]:
        return "sourceless"
    head = span_head(doc, cue["start"], cue["end"]) if cue else None
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    if head is not None and head.pos_ == "ADP":
        return "prepositional"
    if _evidential(doc, quote, head):
        return "evidential"
    return _content_class(doc, quote) if quote["contents"] else "object"
