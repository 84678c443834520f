-- Named indexes for a sweep batch's meetings and visits, read by a range of episode ids. Portable SQL.

-- The batch reads name them to Derby (a comment other databases ignore): read through JPQL, Derby joined each table to
-- the episodes and went through all of it for every batch. The indexes on episode_id alone duplicate the foreign
-- keys' own, which Derby names itself, so they could not be named in a query.
CREATE INDEX ix_meeting_sweep ON meeting (episode_id, held_on);
CREATE INDEX ix_visit_sweep ON visit (episode_id, visit_date);
