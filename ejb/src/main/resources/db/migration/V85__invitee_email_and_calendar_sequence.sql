-- Invitations by email (issue 16): an invitee's email address, where their iCalendar invitation goes (optional), and
-- each booking's iCalendar SEQUENCE, moved on when the meeting moves, is cancelled or an invitation is withdrawn, so a
-- calendar takes the newest message about the entry as the one that counts.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.

ALTER TABLE meeting_invitee ADD COLUMN email VARCHAR(254);
ALTER TABLE meeting_booking ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
