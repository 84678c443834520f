-- People and agencies on a CIN plan's distribution list may have an email address (issue 16): documents for them go
-- only to the address recorded here. Optional; plans recorded before have none.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE cin_plan_recipient ADD COLUMN recipient_email VARCHAR(254);
