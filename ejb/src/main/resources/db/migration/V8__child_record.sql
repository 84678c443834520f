-- The child record: the DfE Children in Need census characteristics not kept before (2025-26 specification).
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+. Nullable: earlier records lack them.

ALTER TABLE child ADD COLUMN former_upn VARCHAR(13);
-- UPNunknown: why there is no UPN (UN1 to UN10).
ALTER TABLE child ADD COLUMN upn_unknown VARCHAR(4);
-- ExpectedPersonBirthDate, for an unborn child.
ALTER TABLE child ADD COLUMN expected_birth_date DATE;
ALTER TABLE child ADD COLUMN death_date DATE;
-- Disabilities: the census codes, comma-separated (NONE, or one or more of MOB, HAND, ...).
ALTER TABLE child ADD COLUMN disability_codes VARCHAR(80);
