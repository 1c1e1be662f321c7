"""Pipeline(stages).run(article) -> Reading: the same code path for one article and a million."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import __version__, language
from newsgraph.errors import Errors, PipelineError
from newsgraph.nlp import views
from newsgraph.nlp.doc import DEFAULT_MODEL, load_model, make_doc, make_docs
from newsgraph.records import Article, Reading
from newsgraph.registry import Stage, get_stage

DEFAULT_STAGES: tuple[str, ...] = (
    "newsgraph.actors.rules.v1",
    "newsgraph.places.gazetteer.v1",
    "newsgraph.quotes.rules.v1",
    "newsgraph.events.rules.v1",
    "newsgraph.figures.rules.v1",
    "newsgraph.summary.centroid.v1",
)
# What the Doc and the Article give every stage before any stage has run.
_GIVEN = frozenset({"doc", "article"})


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise PipelineError unless every stage's requirements are produced earlier."""
    have = set(_GIVEN)
    for st in stages:
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise PipelineError(Errors.E011.format(stage=st.name, missing=", ".join(missing)))
        have.update(st.produces)


class Pipeline:
    """A spaCy model plus newsgraph stages, validated when built.

    Example:
        >>> pipe = Pipeline()
        >>> reading = pipe.run(read_text(open("article.txt").read()))
    """

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, *, model: str = DEFAULT_MODEL,
                 nlp: Language | None = None) -> None:
        self.stages = tuple(get_stage(s) for s in stages)
        check_stages(self.stages)
        self.model = model
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_model(self.model)
        return self._nlp

    @property
    def version(self) -> str:
        """Provenance string stored on every row: package version and model."""
        meta = self.nlp.meta
        return f"newsgraph {__version__}; {meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"

    def apply(self, doc: Doc, article: Article) -> Reading:
        """Run every stage over an already parsed Doc."""
        reading = Reading(article=article, pipeline_version=self.version,
                          methods=tuple(st.name for st in self.stages), skipped=article.skipped,
                          language=language.detect(article.text))
        try:
            for st in self.stages:
                # A stage that does not read the article's language skips it, saying why (issue 11).
                refused = st.refuses(reading.language)
                reading = with_skip(reading, st.name, refused) if refused else st(doc, reading)
        finally:
            views.release(doc)
        return reading

    def run(self, article: Article) -> Reading:
        """Read one article."""
        return self.apply(make_doc(article, self.nlp), article)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Reading]:
        """Read many articles with ``nlp.pipe`` batching, in input order."""
        for doc, article in make_docs(articles, self.nlp, batch_size=batch_size):
            yield self.apply(doc, article)


def with_skip(reading: Reading, stage: str, reason: str) -> Reading:
    """Return ``reading`` with one more recorded Skip."""
    from newsgraph.records import Skip

    return replace(reading, skipped=reading.skipped + (Skip(stage, reason),))
