-- Casework journeys: what a CIN meeting's minutes record about people (RULES.md "Rules on people and meetings").
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.
-- The columns are nullable: meetings recorded before this version did not capture them.

ALTER TABLE meeting ADD COLUMN chair_name VARCHAR(120);
ALTER TABLE meeting ADD COLUMN chair_staff_id BIGINT;
ALTER TABLE meeting ADD COLUMN minute_taker_name VARCHAR(120);
ALTER TABLE meeting ADD COLUMN child_attended BOOLEAN;
ALTER TABLE meeting ADD COLUMN child_views_form VARCHAR(20);
ALTER TABLE meeting ADD COLUMN child_absence_reason VARCHAR(500);
ALTER TABLE meeting ADD COLUMN equality_diversity BOOLEAN;
ALTER TABLE meeting ADD COLUMN recorded_by VARCHAR(60);
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_staff_id) REFERENCES staff_member (id);

-- Opening an episode checks "one open episode per child" (DfE 4004) by child.
CREATE INDEX ix_episode_child_open ON episode (child_id, closure_date);
