-- Daily digest emails (issue 16): the time administrators set for each worker's digest (UK time), and the last day
-- digests were sent, which the server that sends a day's digests moves on first, so they go once a day from one
-- server. Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

INSERT INTO app_setting (setting_key, setting_value, row_version) VALUES ('digest.time', '07:30', 0);
INSERT INTO app_setting (setting_key, setting_value, row_version) VALUES ('digest.last-day', '2000-01-01', 0);
