-- The sweep guard's heartbeat (issue 11): the sweep holding the guard renews heartbeat_at while it runs, so a long
-- sweep is never taken over while alive; a holder whose heartbeat stopped (its server died) is taken over after a
-- bounded time (alerts.SweepGuard). Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE sweep_guard ADD COLUMN heartbeat_at TIMESTAMP;
UPDATE sweep_guard SET heartbeat_at = acquired_at;
