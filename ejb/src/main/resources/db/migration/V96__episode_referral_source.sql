-- Who referred the child: the DfE Children in Need census ReferralSource code (1A to 10), chosen when an episode is
-- opened (issue 14). Episodes recorded before stay without one: the census's rule 8866 names each of them to fix.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+.
ALTER TABLE episode ADD COLUMN referral_source VARCHAR(2);
