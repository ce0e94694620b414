-- Entente store, schema version 5: reviews joined to imported GDELT events before their evidence is
-- composed. In version 4, reviewed_assertions joined the reviews above all_assertions, so a filter
-- on the reviewed actors (sources and targets as corrected) could only run after every event's
-- evidence text had been built: a second on 1.7 million events for the assertions between two
-- states. Now each side of the union joins the reviews itself, the events by their number, and
-- composes the evidence above that join, so that a filter lands between the two.

-- The evidence of an imported GDELT event, from its fields; one definition for both views below.
CREATE MACRO gdelt_evidence(event, source_code, target_code, written_source, written_target, event_code,
        written_code, root_code, label, quad, intensity, written_goldstein, day, written_day, url) AS
    concat('GDELT event ', event, ': ', coalesce(written_source, source_code), ' -> ',
        coalesce(written_target, target_code), ', CAMEO ',
        coalesce(written_code, substr(event_code::VARCHAR, 2)), ' (root ', root_code, ', ', label,
        ', quad class ', quad, '), Goldstein ', coalesce(written_goldstein, intensity::VARCHAR), ', ',
        coalesce(written_day, strftime(day, '%Y%m%d')), ', source ' || url);

-- The events with their codes looked up, before their evidence is composed.
CREATE VIEW gdelt_coded AS
SELECT
    e.*,
    'gdelt-' || e.event AS id,
    d.id AS document_id,
    s1.code AS source_code,
    s2.code AS target_code,
    k.code AS root_code,
    k.kind,
    k.label,
    k.quad
FROM gdelt_events e
JOIN documents d ON d.seq = e.document
JOIN cameo_roots k ON k.root = e.root
JOIN state_codes s1 ON s1.number = e.source
JOIN state_codes s2 ON s2.number = e.target;

-- As in version 4: the events as assertions, with the columns of assertions in its order.
CREATE OR REPLACE VIEW gdelt_assertions AS
SELECT
    id, document, sources, targets, kind, sign, intensity, time_start, time_end, time_precision,
    time_basis, modality, speaker, confidence, sentence, block, span_start, length(text)::INTEGER AS span_end,
    text, footnotes
FROM (
    SELECT
        g.id,
        g.document_id AS document,
        [g.source_code] AS sources,
        [g.target_code] AS targets,
        g.kind,
        CASE WHEN g.intensity > 0 THEN 'POSITIVE' WHEN g.intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END AS sign,
        g.intensity,
        g.day AS time_start,
        g.day AS time_end,
        'DAY' AS time_precision,
        'DATASET' AS time_basis,
        'ASSERTED' AS modality,
        NULL::VARCHAR AS speaker,
        0.5::DOUBLE AS confidence,
        0 AS sentence,
        0 AS block,
        0 AS span_start,
        gdelt_evidence(g.event, g.source_code, g.target_code, g.written_source, g.written_target, g.event_code,
            g.written_code, g.root_code, g.label, g.quad, g.intensity, g.written_goldstein, g.day, g.written_day,
            g.url) AS text,
        []::INTEGER[] AS footnotes
    FROM gdelt_coded g
);

-- The latest standing review of each assertion, as in version 3, and for an imported GDELT event's
-- id ('gdelt-' and the number as the import writes it) the event's number, to join by.
CREATE VIEW latest_reviews AS
SELECT
    *,
    CASE WHEN 'gdelt-' || try_cast(substr(assertion, 7) AS UBIGINT) = assertion
        THEN try_cast(substr(assertion, 7) AS UBIGINT) END AS event
FROM assertion_reviews
WHERE id NOT IN (SELECT review FROM review_undos)
QUALIFY row_number() OVER (PARTITION BY assertion ORDER BY seq DESC) = 1;

-- Each event with its latest review's columns, NULL for the many without one. The events without a
-- review come apart from the few with one, so that a filter on what a review may correct (the actors,
-- the kind, the dates) reaches the events unreviewed as a filter on their own columns, which the
-- database pushes down to the scan, and needs the review only on the few reviewed.
CREATE VIEW gdelt_reviews AS
SELECT
    g.*,
    NULL::VARCHAR[] AS corrected_sources,
    NULL::VARCHAR[] AS corrected_targets,
    NULL::VARCHAR AS corrected_kind,
    NULL::VARCHAR AS effective_sign,
    NULL::DOUBLE AS effective_intensity,
    NULL::VARCHAR AS corrected_time_precision,
    NULL::DATE AS corrected_time_start,
    NULL::DATE AS corrected_time_end,
    NULL::VARCHAR AS corrected_time_basis,
    NULL::VARCHAR AS verdict
FROM gdelt_coded g
ANTI JOIN latest_reviews r ON r.event = g.event
UNION ALL
SELECT
    g.*,
    r.corrected_sources,
    r.corrected_targets,
    r.corrected_kind,
    r.effective_sign,
    r.effective_intensity,
    r.corrected_time_precision,
    r.corrected_time_start,
    r.corrected_time_end,
    r.corrected_time_basis,
    r.verdict
FROM gdelt_coded g
JOIN latest_reviews r ON r.event = g.event;

-- As in version 3 (corrections replace the machine's values, the verdict says what was decided),
-- with each side of all_assertions joined to the reviews on its own.
CREATE OR REPLACE VIEW reviewed_assertions AS
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
FROM assertions a
LEFT JOIN latest_reviews r ON r.assertion = a.id
UNION ALL
SELECT
    id, document, sources, targets, kind, sign, intensity, time_start, time_end, time_precision,
    time_basis, modality, speaker, confidence, sentence, block, span_start, length(text)::INTEGER AS span_end,
    text, footnotes, verdict
FROM (
    SELECT
        g.id,
        g.document_id AS document,
        coalesce(g.corrected_sources, [g.source_code]) AS sources,
        coalesce(g.corrected_targets, [g.target_code]) AS targets,
        coalesce(g.corrected_kind, g.kind) AS kind,
        coalesce(
            g.effective_sign,
            CASE WHEN g.intensity > 0 THEN 'POSITIVE' WHEN g.intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END) AS sign,
        CASE
            WHEN g.effective_intensity IS NOT NULL THEN g.effective_intensity
            WHEN g.effective_sign = 'POSITIVE' THEN greatest(abs(g.intensity), 1.0)
            WHEN g.effective_sign = 'NEGATIVE' THEN -greatest(abs(g.intensity), 1.0)
            WHEN g.effective_sign = 'NEUTRAL' THEN 0.0
            ELSE g.intensity
        END AS intensity,
        CASE WHEN g.corrected_time_precision IS NULL THEN g.day ELSE g.corrected_time_start END AS time_start,
        CASE WHEN g.corrected_time_precision IS NULL THEN g.day ELSE g.corrected_time_end END AS time_end,
        coalesce(g.corrected_time_precision, 'DAY') AS time_precision,
        coalesce(g.corrected_time_basis, 'DATASET') AS time_basis,
        'ASSERTED' AS modality,
        NULL::VARCHAR AS speaker,
        0.5::DOUBLE AS confidence,
        0 AS sentence,
        0 AS block,
        0 AS span_start,
        gdelt_evidence(g.event, g.source_code, g.target_code, g.written_source, g.written_target, g.event_code,
            g.written_code, g.root_code, g.label, g.quad, g.intensity, g.written_goldstein, g.day, g.written_day,
            g.url) AS text,
        []::INTEGER[] AS footnotes,
        g.verdict
    FROM gdelt_reviews g
);
