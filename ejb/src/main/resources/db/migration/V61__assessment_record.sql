-- Assessments recorded in full (issue 13 item 2; DfE CIN census Assessments group): why it started (initial, the
-- six-monthly update, or an update a review asked for), the internal review date, completion (who, when, the factors
-- identified and the outcome) and authorisation by a team or practice manager (who, when). An assessment meets
-- ASSESSMENT_DUE and ASSESSMENT_REFRESH when it is completed and authorised (authorised_on). The factors are DfE
-- assessment factor codes, several per assessment (assessment_factor).
-- Assessments recorded before this version were all started by a review's "updated assessment" outcome; one completed
-- then (none was: nothing could complete it) counts as authorised on its completion date.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE assessment ADD COLUMN reason VARCHAR(20) DEFAULT 'REVIEW_OUTCOME' NOT NULL;
ALTER TABLE assessment ADD COLUMN internal_review_on DATE;
ALTER TABLE assessment ADD COLUMN started_by VARCHAR(60);
ALTER TABLE assessment ADD COLUMN completed_by VARCHAR(60);
ALTER TABLE assessment ADD COLUMN outcome VARCHAR(30);
ALTER TABLE assessment ADD COLUMN authorised_on DATE;
ALTER TABLE assessment ADD COLUMN authorised_by VARCHAR(60);

UPDATE assessment SET authorised_on = completed_on WHERE completed_on IS NOT NULL;

CREATE TABLE assessment_factor (
    assessment_id BIGINT     NOT NULL REFERENCES assessment (id),
    code          VARCHAR(4) NOT NULL,
    PRIMARY KEY (assessment_id, code)
);
