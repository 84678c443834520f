-- Sign-in security (issue 11).
-- must_change_password: set by an administrator's reset and for the first administrator; cleared when the person
-- chooses their own password. credentials_version: moved on by every password change or reset, so sessions signed in
-- with the old password end at their next request.
-- sign_in_throttle: attempts per username and per source address within a window, counted atomically before the
-- password is checked. The key is a SHA-256 of what was typed (a mistyped password in the username field is never
-- stored), and rows whose window has passed are deleted.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE staff_member ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE staff_member ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE sign_in_throttle (
    throttle_key VARCHAR(80) NOT NULL PRIMARY KEY,
    window_start TIMESTAMP   NOT NULL,
    attempts     INTEGER     NOT NULL
);
CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_start);
