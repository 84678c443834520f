-- Indexes for the sweeps. Portable SQL.

-- A sweep pages through the open cases in id order (closure_date IS NULL AND id > :after ORDER BY id): with this
-- index each page reads just its rows in order, where without it every page scanned and sorted the whole table.
CREATE INDEX ix_episode_open_by_id ON episode (closure_date, id);

-- A sweep reads each batch's alerts (id, rule, state, due date) by episode: with every column it needs in one
-- index the database answers from the index alone, without visiting the table.
CREATE INDEX ix_alert_sweep ON alert (episode_id, rule_id, state, due_date, id);
