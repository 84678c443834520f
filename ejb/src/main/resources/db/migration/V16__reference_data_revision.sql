-- Moved on by every change to the working-day calendar or a policy profile: each server compares it with the
-- revision it last read and reloads when another server has made a change. Portable SQL.
INSERT INTO app_setting (setting_key, setting_value, row_version) VALUES ('reference-data.revision', '0', 0);
