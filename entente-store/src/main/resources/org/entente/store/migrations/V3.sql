-- Entente store, schema version 3: assertions as the analysts left them. A review's effect on sign
-- and intensity is resolved when it is written (a corrected kind brings its own default intensity),
-- so the view below needs no knowledge of the kinds. A sign turned from neutral has strength 1.
-- Reviews can be taken back: an undo names the review it cancels, which stays on record but no
-- longer counts, so the one before it holds again.

ALTER TABLE assertion_reviews ADD COLUMN effective_sign VARCHAR;

ALTER TABLE assertion_reviews ADD COLUMN effective_intensity DOUBLE;

UPDATE assertion_reviews SET effective_sign = corrected_sign WHERE corrected_sign IS NOT NULL;

CREATE TABLE review_undos (
    seq BIGINT NOT NULL,
    id VARCHAR PRIMARY KEY,
    review VARCHAR NOT NULL,
    note VARCHAR NOT NULL,
    made_at TIMESTAMP NOT NULL
);

-- Every assertion with its latest standing review applied: corrections replace the machine's values,
-- and the verdict says what was decided (NULL when nobody looked). Rejected ones stay in the view
-- so that a reviewer can still see and restore them; readers filter them out.
CREATE VIEW reviewed_assertions AS
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
FROM assertions a
LEFT JOIN latest r ON r.assertion = a.id;
