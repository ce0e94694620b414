-- Entente store, schema version 1: what the machine extracted, one document at a time.
-- Enums are stored by their Java constant name; lists keep their order.

CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    title VARCHAR,
    authors VARCHAR[] NOT NULL,
    venue VARCHAR,
    date_first DATE,
    date_precision VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    seq BIGINT NOT NULL,
    sentence_count INTEGER NOT NULL,
    assertion_count INTEGER NOT NULL
);

CREATE TABLE blocks (
    document VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    text VARCHAR NOT NULL
);

CREATE TABLE footnote_markers (
    document VARCHAR NOT NULL,
    block INTEGER NOT NULL,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    char_offset INTEGER NOT NULL
);

CREATE TABLE footnotes (
    document VARCHAR NOT NULL,
    number INTEGER NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL
);

CREATE TABLE citations (
    document VARCHAR NOT NULL,
    footnote INTEGER NOT NULL,
    position INTEGER NOT NULL,
    author VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    place VARCHAR,
    url VARCHAR
);

CREATE TABLE citation_dates (
    document VARCHAR NOT NULL,
    footnote INTEGER NOT NULL,
    citation INTEGER NOT NULL,
    position INTEGER NOT NULL,
    first_day DATE NOT NULL,
    precision VARCHAR NOT NULL
);

CREATE TABLE sentences (
    document VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    block INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    footnotes INTEGER[] NOT NULL
);

CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL
);

CREATE TABLE actor_aliases (
    actor VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL
);

CREATE TABLE actor_affiliations (
    actor VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    other VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    valid_from DATE,
    valid_to DATE
);

CREATE TABLE assertions (
    id VARCHAR NOT NULL,
    document VARCHAR NOT NULL,
    sources VARCHAR[] NOT NULL,
    targets VARCHAR[] NOT NULL,
    kind VARCHAR NOT NULL,
    sign VARCHAR NOT NULL,
    intensity DOUBLE NOT NULL,
    time_start DATE,
    time_end DATE,
    time_precision VARCHAR NOT NULL,
    time_basis VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    speaker VARCHAR,
    confidence DOUBLE NOT NULL,
    sentence INTEGER NOT NULL,
    block INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    footnotes INTEGER[] NOT NULL
);
