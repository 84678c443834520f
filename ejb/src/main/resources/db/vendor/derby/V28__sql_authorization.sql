-- Derby checks SQL privileges (GRANT/REVOKE) in this database from now on, whatever the server's settings: the
-- application's user gets only what the owner grants it (platform.DatabaseGrants), so it can read and add to the
-- audit trail but never change or delete it. Run by the owner (APP), who owns every table.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true');
