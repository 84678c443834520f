-- RULES.md v2 Contents: a parent's learning or communication need and how the plan is made understandable to them
-- (an interpreter, easy-read). Portable SQL (Derby, PostgreSQL).
ALTER TABLE cin_plan_version ADD COLUMN made_understandable VARCHAR(4000);
