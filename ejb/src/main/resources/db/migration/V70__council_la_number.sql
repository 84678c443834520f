-- Each council's DfE local authority number, the LEA of its Children in Need census return (issue 14).
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 13+. Administrators may change it.
ALTER TABLE council ADD COLUMN dfe_la_number VARCHAR(3);
UPDATE council SET dfe_la_number = '870' WHERE code = 'READING';
UPDATE council SET dfe_la_number = '869' WHERE code = 'WEST_BERKSHIRE';
UPDATE council SET dfe_la_number = '872' WHERE code = 'WOKINGHAM';
UPDATE council SET dfe_la_number = '935' WHERE code = 'SUFFOLK';
