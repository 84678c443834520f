-- Indexes for the incremental sweep's slices. Portable SQL.

-- "Open and never checked or changed" (next_check_on IS NULL) and "open and due a check" (next_check_on <= today)
-- are read through one index that starts with the closure date, so the closed cases, which keep whatever next-check
-- date they had, are never visited; for the unchecked slice the index also gives the rows in id order.
DROP INDEX ix_episode_next_check;
CREATE INDEX ix_episode_open_check ON episode (closure_date, next_check_on, id);
