-- Indexes for reading a sweep batch's cases by a range of episode ids. Portable SQL.

-- Derby cannot tell how many rows "id BETWEEN ? AND ?" selects and read the whole episode table for every batch, and
-- hashed the whole family table to join it, so a full sweep's time grew with the square of the number of cases. The
-- batch's episode query names this index (a Derby comment; other databases read it as the comment it is). The primary
-- key's own index cannot be named: Derby names it itself.
CREATE INDEX ix_episode_sweep_batch ON episode (id, child_id);

-- The small event tables' batch reads, answered from the index alone: Derby scanned the whole plan_approval table
-- for every batch through the one-column index on the episode (which Derby, as it duplicates the foreign key's own
-- index, never made under that name).
CREATE INDEX ix_plan_approval_sweep ON plan_approval (episode_id, approved_on);
CREATE INDEX ix_assessment_sweep ON assessment (episode_id, started_on, completed_on);
CREATE INDEX ix_checkpoint_sweep ON case_checkpoint (episode_id, kind, recorded_on);
CREATE INDEX ix_significant_change_sweep ON significant_change (episode_id, occurred_on);
