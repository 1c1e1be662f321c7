"""Sentence compression by deletion: cut what a one-line summary does not need.

Only whole constituents from the parse are cut, and the sentence's own words are kept in
order, so the summary says nothing the article does not:
- leading attribution: "Police said (that) ...", "According to the council, ...";
- trailing attribution: "..., he said.", "..., according to the council.";
- a leading time or linking adverbial: "On Monday, ...", "However, ...".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.nlp import views

_REPORTING = frozenset({"say", "tell", "add", "state", "announce", "report", "claim", "confirm", "believe",
                        "explain", "insist", "warn", "suggest", "argue", "write", "note"})
_LINKERS = frozenset({"however", "meanwhile", "but", "and", "also", "instead", "now", "still", "yet", "so"})


def _text(tokens: list[Token]) -> str:
    """The tokens' words with their own spacing, ending with a full stop."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    if text and text[-1] not in ".!?\"\u201d'":
        text += "."
    return text


def _drop_leading_attribution(span: Span) -> list[Token] | None:
    """The complement of "X said (that) COMPLEMENT" when the attribution comes first."""
    root = span.root
    if root.lemma_ not in _REPORTING:
        return None
    comp = next((c for c in views.children(root) if c.dep_ in ("ccomp",) and c.i > root.i), None)
    if comp is None:
        return None
    tokens = [t for t in comp.subtree if t.dep_ != "mark" or t.head.i != comp.i]
    return tokens if len(tokens) >= 6 else None


def _drop_trailing_attribution(span: Span) -> list[Token] | None:
    """The quoted or reported content of "CONTENT, he said." when the attribution comes last."""
    root = span.root
    if root.lemma_ not in _REPORTING:
        return None
    comp = next((c for c in views.children(root) if c.dep_ == "ccomp" and c.i < root.i), None)
    if comp is None:
        return None
    tokens = [t for t in span if t.i < root.i and comp.left_edge.i <= t.i <= comp.right_edge.i]
    return tokens if len(tokens) >= 6 else None


def _drop_according(tokens: list[Token]) -> list[Token]:
    """Cut an "according to X" phrase (and its comma) wherever it stands."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            sub = {t.i for t in tok.subtree}
            kept = [t for t in tokens if t.i not in sub]
            return _tidy(kept)
    return tokens


def _drop_leading_adverbial(tokens: list[Token]) -> list[Token]:
    """Cut "On Monday," / "However," at the start of the sentence."""
    if not tokens:
        return tokens
    first = tokens[0]
    if first.lower_ in _LINKERS and len(tokens) > 1:
        return _tidy(tokens[1:])
    for i, tok in enumerate(tokens[:8]):
        if tok.text == ",":
            head = tokens[0]
            root_dep = {t.dep_ for t in tokens[:i] if t.head.i >= tokens[i].i or t.head.i < tokens[0].i}
            if head.pos_ in ("ADP", "ADV") and root_dep <= {"prep", "npadvmod", "advmod", "advcl"}:
                return _tidy(tokens[i + 1:])
            break
    return tokens


def _kept_at_end(token: Token, tokens: list[Token]) -> bool:
    """Whether a final punctuation mark stays: a full stop, a bracket, a quote that closes one in ``tokens``."""
    if token.text in (".", "!", "?", ")", "]"):
        return True
    if token.text in ("\u201d", "\u2019"):
        opening = {"\u201d": "\u201c", "\u2019": "\u2018"}[token.text]
        return any(t.text == opening for t in tokens)
    if token.text in ("\"", "'"):
        return sum(t.text == token.text for t in tokens) % 2 == 0
    return False


def _tidy(tokens: list[Token]) -> list[Token]:
    """Drop punctuation left dangling at either end.

    Kept: an opening bracket or quote at the start; a final mark, a closing bracket, and a
    closing quote that matches an opening one at the end.
    """
    while tokens and tokens[0].is_punct and not tokens[0].is_left_punct:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].is_punct and not _kept_at_end(tokens[-1], tokens):
        tokens = tokens[:-1]
    while (len(tokens) > 2 and tokens[-1].text == "." and tokens[-2].is_punct
           and not _kept_at_end(tokens[-2], tokens[:-1])):
        tokens = tokens[:-2] + tokens[-1:]
    return tokens


def compress(span: Span, *, steps: frozenset[str] = frozenset({"attribution", "according", "adverbial"})) -> str:
    """Return ``span``'s text with the cuts named in ``steps`` made (see the module docstring)."""
    tokens = list(span)
    if "attribution" in steps:
        tokens = _drop_leading_attribution(span) or _drop_trailing_attribution(span) or tokens
    tokens = _tidy(tokens)
    if "according" in steps:
        tokens = _drop_according(tokens)
    if "adverbial" in steps:
        tokens = _drop_leading_adverbial(tokens)
    text = _text(tokens).strip()
    if not text:
        return span.text.strip()
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text
