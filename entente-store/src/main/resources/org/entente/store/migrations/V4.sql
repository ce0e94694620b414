-- Entente store, schema version 4: imported GDELT events kept compact. Writing an imported event as
-- a full assertions row cost more than reading it: eleven text columns compressed per row, most of
-- them the same for every event of a file, and the evidence text built from fields stored anyway.
-- An event now keeps only what differs from one to the next; the view gdelt_assertions gives it
-- back as the assertion it was before, evidence included, and all_assertions is what readers read.
-- Events imported before this version stay in assertions and read the same.

-- The CAMEO roots as the import maps them (RelationKind.ofCameoRoot; the label and quad class
-- quoted in the evidence).
CREATE TABLE cameo_roots (
    root UTINYINT PRIMARY KEY,
    code VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    quad INTEGER NOT NULL
);

INSERT INTO cameo_roots VALUES
    (1, '01', 'PUBLIC_STATEMENT', 'public-statement', 1),
    (2, '02', 'APPEAL', 'appeal', 1),
    (3, '03', 'INTENT_TO_COOPERATE', 'intent-to-cooperate', 1),
    (4, '04', 'CONSULT', 'consult', 1),
    (5, '05', 'DIPLOMATIC_COOPERATION', 'diplomatic-cooperation', 1),
    (6, '06', 'MATERIAL_COOPERATION', 'material-cooperation', 2),
    (7, '07', 'AID', 'aid', 2),
    (8, '08', 'YIELD', 'yield', 2),
    (9, '09', 'INVESTIGATE', 'investigate', 2),
    (10, '10', 'DEMAND', 'demand', 3),
    (11, '11', 'DISAPPROVE', 'disapprove', 3),
    (12, '12', 'REJECT', 'reject', 3),
    (13, '13', 'THREATEN', 'threaten', 3),
    (14, '14', 'PROTEST', 'protest', 3),
    (15, '15', 'MILITARY_POSTURE', 'military-posture', 4),
    (16, '16', 'REDUCE_RELATIONS', 'reduce-relations', 4),
    (17, '17', 'COERCE', 'coerce', 4),
    (18, '18', 'ASSAULT', 'assault', 4),
    (19, '19', 'FIGHT', 'fight', 4),
    (20, '20', 'MASS_VIOLENCE', 'mass-violence', 4);

-- Every three-letter code by its number (StateCodes.number: the letters read in base 26, AAA 0,
-- USA 20 * 676 + 18 * 26 + 0), by which imported events keep their states: joining this table
-- gives the codes back ten times faster than spelling them out of the number row by row.
CREATE TABLE state_codes (
    number USMALLINT PRIMARY KEY,
    code VARCHAR NOT NULL
);

INSERT INTO state_codes
SELECT (a * 676 + b * 26 + c)::USMALLINT, chr(65 + a::INTEGER) || chr(65 + b::INTEGER) || chr(65 + c::INTEGER)
FROM range(26) AS x(a), range(26) AS y(b), range(26) AS z(c);

-- One row per imported GDELT event, in numbers where it can be. document is the seq of its
-- documents row (one per file); source and target are the states the two country codes map to, by
-- the number of their ISO code in state_codes; event_code
-- is CAMEO's code with a 1 before it, so that its leading zeros last (1042 for 042). The last five
-- columns hold a field as the file wrote it only where that differs from what it maps to (ROM for
-- ROU, 1.90 for 1.9, an event code that is not one to four digits), so that the evidence quotes the
-- file; they are NULL almost always.
CREATE TABLE gdelt_events (
    document BIGINT NOT NULL,
    event UBIGINT NOT NULL,
    source USMALLINT NOT NULL,
    target USMALLINT NOT NULL,
    root UTINYINT NOT NULL,
    intensity DOUBLE NOT NULL,
    day DATE NOT NULL,
    event_code USMALLINT,
    url VARCHAR,
    written_source VARCHAR,
    written_target VARCHAR,
    written_code VARCHAR,
    written_goldstein VARCHAR,
    written_day VARCHAR
);

-- The events as assertions, with the columns of assertions in its order. The constants are those
-- every GDELT import wrote: a one-day span dated by the dataset, asserted by the author, confidence
-- 0.5 (EventCodes.GDELT_CONFIDENCE), the evidence spanning its whole text.
CREATE VIEW gdelt_assertions AS
SELECT
    id, document, sources, targets, kind, sign, intensity, time_start, time_end, time_precision,
    time_basis, modality, speaker, confidence, sentence, block, span_start, length(text)::INTEGER AS span_end,
    text, footnotes
FROM (
    SELECT
        'gdelt-' || e.event AS id,
        d.id AS document,
        [s1.code] AS sources,
        [s2.code] AS targets,
        k.kind,
        CASE WHEN e.intensity > 0 THEN 'POSITIVE' WHEN e.intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END AS sign,
        e.intensity,
        e.day AS time_start,
        e.day AS time_end,
        'DAY' AS time_precision,
        'DATASET' AS time_basis,
        'ASSERTED' AS modality,
        NULL::VARCHAR AS speaker,
        0.5::DOUBLE AS confidence,
        0 AS sentence,
        0 AS block,
        0 AS span_start,
        concat('GDELT event ', e.event, ': ', coalesce(e.written_source, s1.code), ' -> ',
            coalesce(e.written_target, s2.code), ', CAMEO ',
            coalesce(e.written_code, substr(e.event_code::VARCHAR, 2)), ' (root ', k.code, ', ', k.label,
            ', quad class ', k.quad, '), Goldstein ', coalesce(e.written_goldstein, e.intensity::VARCHAR), ', ',
            coalesce(e.written_day, strftime(e.day, '%Y%m%d')), ', source ' || e.url) AS text,
        []::INTEGER[] AS footnotes
    FROM gdelt_events e
    JOIN documents d ON d.seq = e.document
    JOIN cameo_roots k ON k.root = e.root
    JOIN state_codes s1 ON s1.number = e.source
    JOIN state_codes s2 ON s2.number = e.target
);

-- Every assertion: those written in full, and the compact imported events.
CREATE VIEW all_assertions AS
SELECT * FROM assertions
UNION ALL
SELECT * FROM gdelt_assertions;

-- As in version 3, over all_assertions.
CREATE OR REPLACE VIEW reviewed_assertions AS
WITH latest AS (
    SELECT *
    FROM assertion_reviews
    WHERE id NOT IN (SELECT review FROM review_undos)
    QUALIFY row_number() OVER (PARTITION BY assertion ORDER BY seq DESC) = 1
)
SELECT
    a.id,
    a.document,
    coalesce(r.corrected_sources, a.sources) AS sources,
    coalesce(r.corrected_targets, a.targets) AS targets,
    coalesce(r.corrected_kind, a.kind) AS kind,
    coalesce(r.effective_sign, a.sign) AS sign,
    CASE
        WHEN r.effective_intensity IS NOT NULL THEN r.effective_intensity
        WHEN r.effective_sign = 'POSITIVE' THEN greatest(abs(a.intensity), 1.0)
        WHEN r.effective_sign = 'NEGATIVE' THEN -greatest(abs(a.intensity), 1.0)
        WHEN r.effective_sign = 'NEUTRAL' THEN 0.0
        ELSE a.intensity
    END AS intensity,
    CASE WHEN r.corrected_time_precision IS NULL THEN a.time_start ELSE r.corrected_time_start END AS time_start,
    CASE WHEN r.corrected_time_precision IS NULL THEN a.time_end ELSE r.corrected_time_end END AS time_end,
    coalesce(r.corrected_time_precision, a.time_precision) AS time_precision,
    coalesce(r.corrected_time_basis, a.time_basis) AS time_basis,
    a.modality,
    a.speaker,
    a.confidence,
    a.sentence,
    a.block,
    a.span_start,
    a.span_end,
    a.text,
    a.footnotes,
    r.verdict
FROM all_assertions a
LEFT JOIN latest r ON r.assertion = a.id;
