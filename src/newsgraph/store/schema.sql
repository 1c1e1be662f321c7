-- newsgraph knowledge base, schema version 2 (store/schema.py: SCHEMA_VERSION; what changed: schema.CHANGES).
--
-- Two kinds of tables:
--   * record tables (articles, actors, mentions, quotes, events, figures, places, minhashes,
--     minhash_bands) hold exactly the rows that store.rows.reading_to_rows(reading) returns: a pure
--     function of one Reading, so the local ingest and the Spark job write identical rows;
--   * derived tables (duplicates, corpus_actors, actor_links, quote_terms) are recomputed from the record
--     tables at the end of every ingest (store.dedup, store.corpus_actors), as pure functions of
--     the set of stored articles, never of the order they arrived in.
-- Row ids are "<article_id>/<record_id>" (e.g. "bbc-1/q3"); mentions are "<owner id>/m<n>".
-- Spans are three columns <name>_start, <name>_end, <name>_text with text == articles.text[start:end].
-- Every row says which code made it: `method` (a versioned registry name) and `pipeline_version`.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per article read; its presence is the record that the article is done (ingest resume).
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,          -- sha256 hex of text: re-ingesting the same text adds nothing
    source_path VARCHAR,
    url VARCHAR,
    format VARCHAR NOT NULL,
    section VARCHAR,
    headline_start INTEGER,
    headline_end INTEGER,
    headline_text VARCHAR,
    published DATE,
    text VARCHAR NOT NULL,
    n_chars INTEGER NOT NULL,
    language VARCHAR,                       -- ISO 639-1 code of the text's language; NULL when unsure (v2)
    captions STRUCT("start" INTEGER, "end" INTEGER, "text" VARCHAR, kind VARCHAR)[],
    paragraphs STRUCT("start" INTEGER, "end" INTEGER)[],
    boilerplate STRUCT("start" INTEGER, "end" INTEGER)[],
    summary VARCHAR,
    skipped STRUCT(stage VARCHAR, reason VARCHAR, error VARCHAR)[],  -- error: exception type when a stage raised
    incomplete BOOLEAN NOT NULL,            -- a stage raised: its records (and its dependents') are missing
    methods VARCHAR[],
    n_actors INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    n_figures INTEGER NOT NULL,
    n_places INTEGER NOT NULL,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR NOT NULL,                    -- "<article_id>/<actor id>"
    article_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    roles VARCHAR[] NOT NULL,
    country VARCHAR,                        -- ISO 3166 alpha-3
    sector VARCHAR,
    n_mentions INTEGER NOT NULL,
    first_offset INTEGER,                   -- offset of the first mention
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

-- Mentions of actors and places (owner_type 'actor' | 'place').
CREATE TABLE IF NOT EXISTS mentions (
    id VARCHAR NOT NULL,                    -- "<owner id>/m<n>"
    article_id VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    owner_type VARCHAR NOT NULL,
    mention_start INTEGER NOT NULL,
    mention_end INTEGER NOT NULL,
    mention_text VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,                  -- direct | indirect | mixed
    zone VARCHAR NOT NULL,                  -- headline | body | caption
    attribution VARCHAR NOT NULL,           -- records.ATTRIBUTIONS: statement | belief | intention | attitude |
                                            -- decree | perception | evidence
    contents STRUCT("start" INTEGER, "end" INTEGER, "text" VARCHAR)[] NOT NULL,
    quote_start INTEGER,                    -- first piece start .. last piece end
    quote_end INTEGER,
    content_text VARCHAR NOT NULL,          -- the pieces joined by a space
    search_text VARCHAR NOT NULL,           -- lower-cased content_text, for --about
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    speaker_start INTEGER,                  -- the speaker mention in the text
    speaker_end INTEGER,
    speaker_text VARCHAR,
    speaker_actor_id VARCHAR,               -- actors.id
    speaker_name VARCHAR,
    confidence DOUBLE,
    evidence_start INTEGER,                 -- the whole lines holding the quote, its cue and speaker
    evidence_end INTEGER,
    evidence_text VARCHAR,
    published DATE,                         -- copied from the article: date filters without a join
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    category VARCHAR NOT NULL,              -- PLOVER 2.0
    mode VARCHAR,
    negated BOOLEAN NOT NULL,
    future BOOLEAN NOT NULL,
    actor_ids VARCHAR[] NOT NULL,           -- actors.id
    actor_names VARCHAR[] NOT NULL,
    actor_countries VARCHAR[] NOT NULL,     -- alpha-3, one per actor with a country
    recipient_ids VARCHAR[] NOT NULL,
    recipient_names VARCHAR[] NOT NULL,
    recipient_countries VARCHAR[] NOT NULL,
    place_id VARCHAR,                       -- places.id
    place_name VARCHAR,
    event_date DATE,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text VARCHAR NOT NULL,
    published DATE,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,                  -- KILL, DISPLACED, EVACUATE, HOUSING_DESTROYED, ... (docs/figures.md)
    value DOUBLE NOT NULL,                  -- the number written; a range's upper bound
    approximate BOOLEAN NOT NULL,
    qualifier VARCHAR,                      -- the hedge as written: "more than", "about", "up to"
    low DOUBLE,                             -- the bounds the words state ("at least 40": low 40)
    high DOUBLE,
    term VARCHAR,                           -- IDMC reporting term: Displaced, Evacuated, Forced to Flee, ...
    unit VARCHAR,                           -- people | households | houses | buildings (NULL: seized goods)
    object VARCHAR NOT NULL,
    place_id VARCHAR,
    place_name VARCHAR,
    attributed_to VARCHAR,                  -- actors.id
    attributed_name VARCHAR,
    figure_date DATE,                       -- the date the figure's clause states
    number_start INTEGER,                   -- the number phrase as written: "More than 350,000"
    number_end INTEGER,
    number_text VARCHAR,
    cue_start INTEGER,                      -- the word saying what happened: "displaced", "fled", "camps"
    cue_end INTEGER,
    cue_text VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text VARCHAR NOT NULL,
    published DATE,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS places (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,                        -- ISO 3166 alpha-2
    lat DOUBLE,
    lon DOUBLE,
    n_mentions INTEGER NOT NULL,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

-- MinHash signature of each article's text (store.dedup) and its LSH band keys.
CREATE TABLE IF NOT EXISTS minhashes (
    article_id VARCHAR NOT NULL,
    signature UINTEGER[] NOT NULL,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS minhash_bands (
    article_id VARCHAR NOT NULL,
    band SMALLINT NOT NULL,
    band_key BIGINT NOT NULL
);

-- Inputs that could not be read or processed, and stages that failed on a stored article, with the
-- reason. Keyed by a hash of name and reason, so a bad file ingested twice is reported once.
CREATE TABLE IF NOT EXISTS failures (
    failure_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,                 -- read | parse | a stage's registry name | ingest
    reason VARCHAR NOT NULL,
    error VARCHAR NOT NULL,                 -- ReadError for a coded read error, else the exception's type
    article_id VARCHAR,                     -- set when the article is stored anyway (incomplete), else NULL
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

-- Crawl state (`newsgraph ingest URL`, `newsgraph watch`; crawl/, docs/crawl.md). Upserted by key (the first
-- column), in the same transaction as the articles they led to, so a kill leaves them consistent.
-- The sources asked for: feeds, sitemaps (or indexes) and pages, as given.
CREATE TABLE IF NOT EXISTS sources (
    url VARCHAR PRIMARY KEY,
    kind VARCHAR,                           -- feed | sitemap | sitemap-index | page; NULL until first read
    added TIMESTAMP NOT NULL                -- UTC
);

-- One row per URL requested (or refused) for a source: its last outcome, validators and retry schedule.
CREATE TABLE IF NOT EXISTS fetches (
    url VARCHAR PRIMARY KEY,                -- as listed or given (before redirects), fragment removed
    source VARCHAR NOT NULL,                -- sources.url that led here
    parent VARCHAR,                         -- the feed or sitemap that listed it; NULL for a source
    role VARCHAR NOT NULL,                  -- source | sitemap (listed by an index) | item (listed by a feed/sitemap)
    kind VARCHAR,                           -- what the response was: feed | sitemap | sitemap-index | page | other
    status VARCHAR NOT NULL,                -- queued | fetched | failed | disallowed
    reason VARCHAR,                         -- why it failed or was disallowed (a coded message naming the URL)
    http_status INTEGER,                    -- of the last response (304: not modified)
    final_url VARCHAR,                      -- after redirects
    etag VARCHAR,                           -- validators for the next conditional request
    last_modified VARCHAR,
    payload_digest VARCHAR,                 -- "sha1:<base32>" of the last body received, as in WARC
    record_id VARCHAR,                      -- WARC-Record-ID of that response, and its WARC-Date
    record_date VARCHAR,
    warc_file VARCHAR,
    article_id VARCHAR,                     -- articles.article_id read from it
    title VARCHAR,                          -- what the listing said: item title, date, last change
    published DATE,
    listed_updated TIMESTAMP,
    first_seen TIMESTAMP NOT NULL,          -- UTC, as every time here
    fetched_at TIMESTAMP,                   -- last request
    stored_at TIMESTAMP,                    -- when its article was stored
    attempts INTEGER NOT NULL,              -- failed attempts in a row
    next_try TIMESTAMP                      -- failed: not requested again before this (NULL: given up)
);

-- Derived: an article that repeats another one (same text, or a MinHash near-duplicate).
-- The canonical article of a cluster is the earliest published, then the smallest id.
CREATE TABLE IF NOT EXISTS duplicates (
    article_id VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,                  -- exact | near
    similarity DOUBLE NOT NULL,             -- estimated Jaccard of word shingles
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

-- Derived: a word index of quotes (store/terms.py), sorted by term; duplicate articles left out.
CREATE TABLE IF NOT EXISTS quote_terms (
    term VARCHAR NOT NULL,                  -- "c:<content word>", "s:<speaker name word>", "i:<corpus actor id>"
    published DATE,
    kind VARCHAR NOT NULL,
    attribution VARCHAR NOT NULL,
    quote_id VARCHAR NOT NULL
);

-- Derived: the same person or organisation across articles.
CREATE TABLE IF NOT EXISTS corpus_actors (
    corpus_actor_id VARCHAR PRIMARY KEY,    -- e.g. "person:sergei-lavrov"
    type VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    names VARCHAR[] NOT NULL,               -- every name and mention text seen, most frequent first
    roles VARCHAR[] NOT NULL,
    countries VARCHAR[] NOT NULL,
    n_articles INTEGER NOT NULL,            -- counts leave out duplicate articles
    n_actors INTEGER NOT NULL,
    n_mentions INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,              -- quotes spoken by this actor
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS actor_links (
    actor_id VARCHAR PRIMARY KEY,           -- actors.id
    article_id VARCHAR NOT NULL,
    corpus_actor_id VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

-- Indexes for lookups by id (a page of quotes joined back to their rows) and by article (the article page).
CREATE INDEX IF NOT EXISTS quotes_id ON quotes (id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS actors_id ON actors (id);
CREATE INDEX IF NOT EXISTS actors_article ON actors (article_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);
CREATE INDEX IF NOT EXISTS fetches_source ON fetches (source);
