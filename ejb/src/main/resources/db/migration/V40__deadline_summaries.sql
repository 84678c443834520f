-- Each case's on-time counts per rule, as the sweep and the recompute after each change work them out, so the team
-- dashboard adds them up in the database instead of computing every case's deadlines on every view. Derived data:
-- any row may be recomputed from the case's history at any time, so there are no foreign keys. Portable SQL.

-- One row per case summarised: the episode version it was computed from and the day it was last written (see
-- deadlines.DeadlineSummaries for when a summary stands). The constraints are named so that a query can name their
-- indexes to Derby.
CREATE TABLE deadline_summary (
    episode_id      BIGINT  NOT NULL,
    episode_version INTEGER NOT NULL,
    as_of           DATE    NOT NULL,
    CONSTRAINT pk_deadline_summary PRIMARY KEY (episode_id)
);

-- Per case and rule: how many of its deadlines fell due in the 3 and the 12 months up to as_of, and how many of them
-- were met on time. Only rules with something that fell due have a row.
CREATE TABLE deadline_summary_rule (
    episode_id      BIGINT      NOT NULL,
    rule_id         VARCHAR(40) NOT NULL,
    fell_due_3m     INTEGER     NOT NULL,
    on_time_3m      INTEGER     NOT NULL,
    fell_due_12m    INTEGER     NOT NULL,
    on_time_12m     INTEGER     NOT NULL,
    CONSTRAINT pk_deadline_summary_rule PRIMARY KEY (episode_id, rule_id)
);
