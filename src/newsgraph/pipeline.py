"""Pipeline(stages).run(article) -> Reading: the same code path for one article and a million.

Nothing one article does stops the others. A stage that raises loses only its own records: the reading
keeps what every other stage found and records the stage, the error type and the message in
``skipped`` (``reading.incomplete`` is then true), and the stages that need its output skip, saying why.
An article that cannot be parsed, or runs over the time limit, gives a :class:`Failure` instead of a
reading (:meth:`Pipeline.results`); :meth:`Pipeline.run` and :meth:`Pipeline.pipe` raise it as an
:class:`~newsgraph.errors.ArticleError`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import __version__, language
from newsgraph.errors import ArticleError, Errors, PipelineError, ReadError, TimeLimitExceeded
from newsgraph.limits import time_limit
from newsgraph.nlp import views
from newsgraph.nlp.doc import DEFAULT_MODEL, check_text, load_model, prepare
from newsgraph.read.failure import Failure, label
from newsgraph.records import Article, Reading, Skip
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


def _message(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


def _failure(article: Article, stage: str, err: BaseException, *, doing: str = "", limit: float = 0) -> Failure:
    name = label(article)
    if isinstance(err, TimeLimitExceeded):
        reason = Errors.E020.format(name=name, limit=limit, doing=doing or stage)
    elif isinstance(err, ReadError):
        reason = str(err)
    else:
        reason = Errors.E017.format(name=name, stage=stage, error=type(err).__name__, message=_message(err))
    return Failure(name, reason, stage=stage, error=type(err).__name__, id=article.id)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


class Pipeline:
    """A spaCy model plus newsgraph stages, validated when built.

    Args:
        stages: Registry names of the stages, in order.
        model: The spaCy pipeline to load on first use.
        nlp: An already loaded spaCy pipeline (then ``model`` is not loaded).
        time_limit: Seconds one article may take (parse and stages); None: no limit. Enforced in the
            main thread only (see :mod:`newsgraph.limits`).

    Example:
        >>> pipe = Pipeline()
        >>> reading = pipe.run(read_text(open("article.txt").read()))
    """

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, *, model: str = DEFAULT_MODEL,
                 nlp: Language | None = None, time_limit: float | None = None) -> None:
        self.stages = tuple(get_stage(s) for s in stages)
        check_stages(self.stages)
        self.model = model
        self.time_limit = time_limit
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
        """Run every stage over an already parsed Doc; a stage that raises loses only its own records."""
        reading = Reading(article=article, pipeline_version=self.version,
                          methods=tuple(st.name for st in self.stages), skipped=article.skipped,
                          language=language.detect(article.text))
        outputs = _Outputs()
        try:
            for st in self.stages:
                # A stage that does not read the article's language skips it, saying why (issue 11).
                refused = st.refuses(reading.language)
                reading = with_skip(reading, st.name, refused) if refused else _run_stage(st, doc, reading, outputs)
        finally:
            views.release(doc)
        return reading

    def run(self, article: Article) -> Reading:
        """Read one article.

        Raises:
            ArticleError: when the text cannot be parsed or the time limit ends the article.
        """
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Reading]:
        """Read many articles with ``nlp.pipe`` batching, in input order.

        Raises:
            ArticleError: for the first article that gives no reading (see :meth:`results`).
        """
        for item in self.results(articles, batch_size=batch_size):
            if isinstance(item, Failure):
                raise ArticleError(item.reason, name=item.name, stage=item.stage, error=item.error)
            yield item

    def results(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Reading | Failure]:
        """Read many articles in input order: a Reading for each, or a Failure saying why there is none."""
        for batch in _batches(articles, batch_size):
            yield from self._read_batch(batch)

    def _read_batch(self, articles: list[Article]) -> Iterator[Reading | Failure]:
        prepared = [self._prepare(a) for a in articles]
        ready = [(doc, a) for (doc, _), a in zip(prepared, articles, strict=True) if isinstance(doc, Doc)]
        parsed, share = self._parse_batch(ready)
        for (doc, spent), article in zip(prepared, articles, strict=True):
            if isinstance(doc, Failure):
                yield doc
                continue
            found: Doc | Failure | None = parsed.get(id(doc))
            parse_time = share
            if found is None:
                found, parse_time = self._parse_alone(article)
            if isinstance(found, Failure):
                yield found
                continue
            yield self._apply_limited(found, article, spent + parse_time)

    def _prepare(self, article: Article) -> tuple[Doc | Failure, float]:
        """Tokenise one article (and preset its sentence starts), within its time limit."""
        start = time.perf_counter()
        try:
            check_text(article.text, name=label(article))
            if len(article.text) > self.nlp.max_length:
                raise ReadError(Errors.E019.format(name=label(article), size=len(article.text),
                                                   limit=self.nlp.max_length), name=label(article))
            with time_limit(self.time_limit):
                doc = prepare(self.nlp, article.text)
        except (Exception, TimeLimitExceeded) as err:  # noqa: BLE001  (one article's problem, recorded)
            return _failure(article, "parse", err, doing="tokenising", limit=self.time_limit or 0), 0.0
        return doc, time.perf_counter() - start

    def _parse_batch(self, ready: list[tuple[Doc, Article]]) -> tuple[dict[int, Doc | Failure], float]:
        """Parse tokenised Docs together; ``{}`` when a batch of several fails (each is then parsed alone)."""
        if not ready:
            return {}, 0.0
        start = time.perf_counter()
        try:
            with time_limit(self.time_limit):
                docs = list(self.nlp.pipe([doc for doc, _ in ready], batch_size=len(ready)))
        except (Exception, TimeLimitExceeded) as err:  # noqa: BLE001  (retried one by one, to find the bad one)
            if len(ready) > 1:
                return {}, 0.0
            doc, article = ready[0]
            return {id(doc): _failure(article, "parse", err, doing="parsing", limit=self.time_limit or 0)}, 0.0
        return {id(doc): done for (doc, _), done in zip(ready, docs, strict=True)}, \
            (time.perf_counter() - start) / len(ready)

    def _parse_alone(self, article: Article) -> tuple[Doc | Failure, float]:
        """Tokenise and parse one article afresh, within its time limit."""
        start = time.perf_counter()
        try:
            with time_limit(self.time_limit):
                doc = self.nlp(prepare(self.nlp, article.text))
        except (Exception, TimeLimitExceeded) as err:  # noqa: BLE001
            return _failure(article, "parse", err, doing="parsing", limit=self.time_limit or 0), 0.0
        return doc, time.perf_counter() - start

    def _apply_limited(self, doc: Doc, article: Article, spent: float) -> Reading | Failure:
        """Run the stages within what is left of the article's time limit."""
        left = None if not self.time_limit else max(0.001, self.time_limit - spent)
        try:
            with time_limit(left):
                return self.apply(doc, article)
        except TimeLimitExceeded as err:
            stage = err.stage or "stages"
            return _failure(article, stage, err, doing=f"running {stage}", limit=self.time_limit or 0)


class _Outputs:
    """What the stages run so far produced, and what is missing because the stage making it failed.

    An output an earlier stage did produce is not missing when a later stage that adds to it fails
    (the events stage adds to the actors: the actors are there without its additions).
    """

    def __init__(self) -> None:
        self.produced: set[str] = set(_GIVEN)
        self.missing: dict[str, str] = {}  # output -> the stage that did not produce it

    def lose(self, st: Stage) -> None:
        for p in st.produces:
            if p not in self.produced:
                self.missing.setdefault(p, st.name)

    def gain(self, st: Stage) -> None:
        self.produced.update(st.produces)
        for p in st.produces:
            self.missing.pop(p, None)


def _run_stage(st: Stage, doc: Doc, reading: Reading, outputs: _Outputs) -> Reading:
    """Run one stage; if it raises, or needs what an earlier failed stage did not produce, record why."""
    needed = [r for r in st.requires if r in outputs.missing]
    if needed:
        what = ", ".join(f"{r} (not produced: {outputs.missing[r]} failed)" for r in needed)
        outputs.lose(st)
        return with_skip(reading, st.name, f"not run: it needs {what}")
    try:
        done = st(doc, reading)
    except TimeLimitExceeded as err:
        err.stage = st.name
        raise
    except Exception as err:  # noqa: BLE001  (a stage's bug loses only that stage's records)
        outputs.lose(st)
        return with_skip(reading, st.name, _message(err), error=type(err).__name__)
    outputs.gain(st)
    return done


def with_skip(reading: Reading, stage: str, reason: str, *, error: str | None = None) -> Reading:
    """Return ``reading`` with one more recorded Skip."""
    return replace(reading, skipped=reading.skipped + (Skip(stage, reason, error),))
