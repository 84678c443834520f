-- A supervision order's dates on its case (RULES.md v2 Contents: "the plan lasts for the duration of the order";
-- SO_EXTENSION_9M counts from the order's start), and the plan content version 2 of the catalogue adds: strengths,
-- protective factors, risks and grey areas; the sustainability of targets; whether a Family Group Conference was
-- considered; young carers; for a supervision order, the court agreement (who makes the child available, how often
-- and where the social worker meets the child). Portable SQL (Derby, PostgreSQL).
ALTER TABLE episode ADD COLUMN supervision_order_start DATE;
ALTER TABLE episode ADD COLUMN supervision_order_end DATE;

ALTER TABLE cin_plan_version ADD COLUMN strengths VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN protective_factors VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN risks VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN grey_areas VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN target_sustainability VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN fgc_considered VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN young_carers VARCHAR(4000);
ALTER TABLE cin_plan_version ADD COLUMN court_agreement VARCHAR(4000);
