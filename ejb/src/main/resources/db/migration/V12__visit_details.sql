-- Visits: what Suffolk 6.2 asks a visit to record (announced or not, a defined purpose, who was there) and its
-- write-up (observations, impact and outcomes). Nullable: visits recorded before this version did not capture them.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE visit ADD COLUMN announced BOOLEAN;
ALTER TABLE visit ADD COLUMN people_present VARCHAR(500);
ALTER TABLE visit ADD COLUMN purpose VARCHAR(1000);
ALTER TABLE visit ADD COLUMN observations VARCHAR(4000);
