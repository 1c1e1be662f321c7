"""Coded errors and warnings. Messages name the input and say what to do about it."""

from __future__ import annotations


class Errors:
    """Error templates, formatted with ``str.format`` keywords."""

    E001 = "{name}: the input is empty; there is no article to read."
    E002 = "{name}: the input looks binary ({detail}), not text or HTML."
    E003 = "{name}: the input is not valid UTF-8 text ({detail}). Convert it to UTF-8 first."
    E004 = "{name}: the HTML has no readable article text ({detail})."
    E005 = "{name}, line {line}: not a JSON object ({detail})."
    E006 = "{name}, line {line}: the record needs a non-empty \"text\" or \"html\" field."
    E007 = "{name}: the file is {size} bytes, over the {limit}-byte limit for one article."
    E008 = "{name}: not a gzip file ({detail})."
    E009 = "{name}: unsupported input format; use .txt, .html, .jsonl(.gz) or .warc(.gz)."
    E010 = "Model {model!r} is not installed. Install it with `pip install {hint}` or pass --model NAME."
    E011 = "Pipeline stage {stage!r} requires {missing} but no earlier stage produces it."
    E012 = "Unknown setting {name!r}. Known settings: {known}."
    E013 = "{name}: {detail}"
    E014 = "{name}: not a WARC file or an unreadable record ({detail})."
    E015 = "{name}, line {line}: \"published\" must be a YYYY-MM-DD date, not {value!r}."
    E016 = "{name}: not a readable {kind} ({detail})."
    E020 = "{name}: reading the article took over the time limit of {limit:g} s (while {doing}); it was stopped."
    E017 = "{name}: {stage} raised {error}: {message}"
    E018 = ("{name}: the article text holds {what} at offset {offset}, which no parser can take; "
            "read it with newsgraph.read_text or read_html, which replace such characters in place.")
    E019 = ("{name}: the article text is {size} characters long, over the model's limit of {limit} "
            "(nlp.max_length); split it into articles.")
    # Store and ingest (newsgraph.store, newsgraph.ingest): E1xx.
    E101 = "{path}: no such database. Create it with `newsgraph ingest PATH --db {path}`."
    E102 = "{path}: cannot open the database ({detail}). Is another newsgraph process writing to it?"
    E103 = "{path}: not a newsgraph database of schema version {expected} (found {found})."
    E104 = "{name}: {detail} (while reading the article; the rest of the batch goes on)."
    E105 = "{name}: article id {id!r} is already stored with a different text; give each article its own id."
    E106 = "Invalid {field}: {detail}."
    E107 = "{path}: not found (no file, folder or glob match)."
    E108 = ("{path}: a newsgraph database of schema version {found}; this newsgraph reads version {expected} "
            "({changes}). The file was left unchanged and is not migrated in place: the new fields come from "
            "reading the articles again. Ingest them into a new database (`newsgraph ingest PATHS --db NEW.duckdb`), "
            "or query this one with the newsgraph version that wrote it.")
    E109 = ("{path}: a newsgraph database of schema version {found}, written by a newer newsgraph; this one reads "
            "version {expected}. Open it with a newsgraph that reads version {found} (upgrade this one).")
    E110 = "{name}: {detail} (the ingest went on without it)."
    # Trained components shipped in the package: E2xx.
    E201 = ("The attribution model newsgraph/data/attributions.json cannot be used ({problem}). "
            "Rebuild it with `make train`.")
    # Fetching (newsgraph.crawl: `newsgraph ingest URL`, `newsgraph watch`): E3xx. Each names the URL.
    E301 = "{url}: the host name could not be resolved (DNS: {detail})."
    E302 = "{url}: the connection was refused ({detail})."
    E303 = "{url}: no answer within the {seconds:g} s {phase} timeout."
    E304 = "{url}: HTTP {status} {phrase}."
    E305 = "{url}: HTTP {status} {phrase} after {attempts} attempts (tried again on a later run)."
    E306 = "{url}: disallowed by {robots} for {agent}; not requested."
    E307 = "{url}: the response is over the {limit}-byte limit ({detail})."
    E308 = "{url}: not an HTML page, feed or sitemap (Content-Type {ctype!r})."
    E309 = "{url}: redirect loop ({chain})."
    E310 = "{url}: more than {limit} redirects ({chain})."
    E311 = "{url}: only http and https URLs are fetched."
    E312 = ("{url}: {robots} could not be fetched ({detail}), so nothing on that host is requested "
            "(RFC 9309); tried again on a later run.")
    E313 = "{url}: network error ({detail})."
    E314 = "{value!r} is not a duration: give seconds or a number with s, m, h or d (30s, 15m, 1h)."
    E315 = "{url}: a {kind} was linked where an article page was expected; not followed."
    E316 = "{path}: no URLs in the file (one http(s) URL a line; # starts a comment)."
    E317 = ("{url}: HTTP {status}; the server asks to wait {seconds:g} s (Retry-After), longer than the "
            "{limit:g} s a run waits; tried again on a later run.")


class NewsgraphError(Exception):
    """Base class of the errors newsgraph raises on purpose."""


class ReadError(NewsgraphError):
    """An input could not be read into an Article. The message names the input."""

    def __init__(self, message: str, *, name: str = "") -> None:
        super().__init__(message)
        self.name = name


class ModelError(NewsgraphError):
    """A spaCy model could not be loaded."""


class PipelineError(NewsgraphError):
    """A pipeline was built from stages that do not fit together."""


class ArticleError(NewsgraphError):
    """One article gave no reading: its parse failed or it ran over the time limit.

    Attributes:
        name: The article (its input name, or its id).
        stage: Where it failed: ``"read"``, ``"parse"``, or a stage's registry name.
        error: The type of the error (``"ValueError"``, ``"TimeLimitExceeded"``).
    """

    def __init__(self, message: str, *, name: str, stage: str, error: str) -> None:
        super().__init__(message)
        self.name = name
        self.stage = stage
        self.error = error


class TimeLimitExceeded(BaseException):  # noqa: N818  (like KeyboardInterrupt, not an error of the code)
    """Raised asynchronously in the code that runs when a time limit set by ``limits.time_limit`` ends.

    A BaseException, as KeyboardInterrupt is, so that ``except Exception`` in the code it interrupts
    (ours or a library's) cannot swallow it and run on unbounded. ``stage`` names the pipeline stage
    that was running, when it was one.
    """

    stage: str = ""


class StoreError(NewsgraphError):
    """The database could not be opened, written or queried as asked."""
