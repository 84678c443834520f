-- Reviews: whether the minutes found the plan progressed since the last meeting, so that a Suffolk third review after
-- reviews without progress can be offered a Consultant Social Worker as chair (CONSULTANT_MAY_CHAIR_3RD, SF 4.3).
-- Nullable: initial meetings, and reviews recorded before this version, say nothing about it.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE meeting ADD COLUMN plan_progressed BOOLEAN;
