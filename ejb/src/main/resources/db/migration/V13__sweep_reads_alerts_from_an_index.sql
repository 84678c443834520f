-- A sweep reads each batch's alerts (id, rule, state, due date) by episode: with every column it needs in one
-- index the database answers from the index alone, without visiting the table. Portable SQL.
CREATE INDEX ix_alert_sweep ON alert (episode_id, rule_id, state, due_date, id);
