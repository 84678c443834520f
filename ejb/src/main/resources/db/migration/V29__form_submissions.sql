-- Form submissions (issue 10: bad input under load): the id each rendering of a form that creates something (record a
-- visit, book a meeting) carries. The id is saved in the same transaction as what the form creates, so the same form
-- sent twice (a double click, a retry, the back button and send again) is refused the second time, never saved twice.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

CREATE TABLE form_submission (
    submission_id VARCHAR(36) NOT NULL PRIMARY KEY,
    username      VARCHAR(60) NOT NULL,
    received_at   TIMESTAMP   NOT NULL
);
