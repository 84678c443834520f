-- Management checkpoints recorded on the case (issue 13, RULES.md v2 "What meets a checkpoint"): each holds the date,
-- who, the decision, the reasons (the existing note column) and the next steps. A nine-month conclusion check that
-- says the plan will not conclude within 12 months waits for the practice manager's answer (whether child protection
-- processes are needed); the deadline is met on met_on, which is empty while that answer is awaited. The service
-- manager of an 18-month review is named in with_staff. Checkpoints recorded before this version were complete when
-- recorded (the early-closure decision), so they were met that day.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE case_checkpoint ADD COLUMN decision VARCHAR(40);
ALTER TABLE case_checkpoint ADD COLUMN next_steps VARCHAR(2000);
ALTER TABLE case_checkpoint ADD COLUMN with_staff VARCHAR(60);
ALTER TABLE case_checkpoint ADD COLUMN answer_decision VARCHAR(40);
ALTER TABLE case_checkpoint ADD COLUMN answer VARCHAR(2000);
ALTER TABLE case_checkpoint ADD COLUMN answered_by VARCHAR(60);
ALTER TABLE case_checkpoint ADD COLUMN answered_on DATE;
ALTER TABLE case_checkpoint ADD COLUMN met_on DATE;
ALTER TABLE case_checkpoint ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;

UPDATE case_checkpoint SET met_on = recorded_on;
