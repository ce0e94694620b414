-- Entente store, schema version 2: people's reviews, kept apart from extracted rows so that
-- ingesting or replacing a document never touches them. Keyed by assertion id or actor id, not
-- by row, so a re-created assertion with the same stable id finds its reviews again.

CREATE SEQUENCE review_seq START 1;

CREATE TABLE assertion_reviews (
    seq BIGINT NOT NULL,
    id VARCHAR PRIMARY KEY,
    assertion VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    corrected_sources VARCHAR[],
    corrected_targets VARCHAR[],
    corrected_kind VARCHAR,
    corrected_sign VARCHAR,
    corrected_time_precision VARCHAR,
    corrected_time_start DATE,
    corrected_time_end DATE,
    corrected_time_basis VARCHAR,
    note VARCHAR NOT NULL,
    made_at TIMESTAMP NOT NULL
);

CREATE TABLE actor_reviews (
    seq BIGINT NOT NULL,
    id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    actor VARCHAR NOT NULL,
    into_actor VARCHAR,
    alias_text VARCHAR,
    alias_kind VARCHAR,
    note VARCHAR NOT NULL,
    made_at TIMESTAMP NOT NULL
);

CREATE INDEX assertion_reviews_by_assertion ON assertion_reviews (assertion);

CREATE INDEX actor_reviews_by_actor ON actor_reviews (actor);
