-- Separation of duties (issue 11): a service's budget is approved by a budget holder, not set by the plan's author.
-- Administrators give staff the budget-holder permission; a budget holder of the case's council records the decision.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE staff_member ADD COLUMN budget_holder BOOLEAN DEFAULT FALSE NOT NULL;

-- Budget decisions typed by authors into plans not yet agreed were never a budget holder's: ask the budget holder again.
-- Agreed and superseded versions keep what they were agreed with, as history.
UPDATE cin_plan_service SET budget_approval = 'AWAITING', budget_holder = NULL, budget_decided_on = NULL
 WHERE budget_approval IN ('APPROVED', 'REFUSED')
   AND version_id IN (SELECT id FROM cin_plan_version WHERE status IN ('DRAFT', 'SUBMITTED'));
