-- eventwire store schema, migration 001: the initial tables.
-- Migrations are applied in file-name order; each runs once, in a
-- transaction, and records its number in schema_version. To change the
-- schema add 002_<what>.sql; never edit a migration that has shipped.
-- JSON-valued columns are VARCHAR holding JSON text (the one serialisation
-- of eventwire.records.to_dict), so the store needs no DuckDB extension.

CREATE TABLE documents (
    id VARCHAR NOT NULL,
    source VARCHAR,
    content_hash VARCHAR,
    pipeline_version VARCHAR,
    title VARCHAR,
    subheads VARCHAR,          -- JSON list of strings
    author VARCHAR,
    published VARCHAR,         -- ISO date as given
    published_day DATE,        -- the same, parsed (NULL when not a date)
    url VARCHAR,
    language VARCHAR,
    text VARCHAR,
    sections VARCHAR,          -- JSON [{kind,index,start,end}]
    sentences VARCHAR,         -- JSON [{index,start,end,section,section_index}]
    stage_versions VARCHAR,    -- JSON {stage: version}
    meta VARCHAR,              -- JSON
    n_events INTEGER,
    n_flags INTEGER,
    coded_at TIMESTAMP,
    raw VARCHAR                -- only when keep_raw is on
);

CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    idx INTEGER,
    name VARCHAR,
    kind VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    title VARCHAR,
    organization VARCHAR,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    sentence_index INTEGER,
    resolved_from VARCHAR
);

CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    evidence VARCHAR,
    event_type VARCHAR,
    quad_class VARCHAR,
    mode VARCHAR,
    context VARCHAR,
    cameo_code VARCHAR,
    source_text VARCHAR,
    source_name VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_kind VARCHAR,
    target_text VARCHAR,
    target_name VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_kind VARCHAR,
    date VARCHAR,
    date_text VARCHAR,
    day DATE,                  -- event date, else the document's publication date
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    confidence DOUBLE,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text VARCHAR,
    polarity VARCHAR,
    section VARCHAR,
    coder VARCHAR,
    record VARCHAR             -- JSON of the whole Event (to_dict)
);

CREATE TABLE claims (
    claim_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR,
    actor_name VARCHAR,
    actor_country VARCHAR,
    target_name VARCHAR,
    target_country VARCHAR,
    subject VARCHAR,
    date VARCHAR,
    day DATE,
    evidence VARCHAR,
    event_id VARCHAR,
    polarity VARCHAR,
    record VARCHAR
);

CREATE TABLE flags (
    flag_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR,
    explanation VARCHAR,
    confidence DOUBLE,
    record VARCHAR
);

CREATE TABLE rejections (
    doc_id VARCHAR,
    source VARCHAR,
    reason VARCHAR,
    detail VARCHAR,
    stage VARCHAR,
    "at" TIMESTAMP
);

CREATE TABLE merged (
    canonical_id VARCHAR NOT NULL,
    event_type VARCHAR,
    quad_class VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    date VARCHAR,
    day DATE,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    event_ids VARCHAR[],
    doc_ids VARCHAR[],
    mentions INTEGER,
    sources INTEGER,
    first_report VARCHAR,
    last_report VARCHAR,
    confidence DOUBLE,
    record VARCHAR
);

CREATE TABLE merged_flags (
    flag_id VARCHAR NOT NULL,
    doc_id VARCHAR,
    kind VARCHAR,
    explanation VARCHAR,
    confidence DOUBLE,
    record VARCHAR
);

-- Indexes for the filters the API offers. DuckDB also prunes row groups by
-- min/max, so these mostly help point look-ups (doc_id, event_id).
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_hash ON documents (content_hash);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX events_id ON events (event_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_src ON events (source_country);
CREATE INDEX events_tgt ON events (target_country);
CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX flags_doc ON flags (doc_id);
CREATE INDEX rejections_doc ON rejections (doc_id);
CREATE INDEX merged_id ON merged (canonical_id);
