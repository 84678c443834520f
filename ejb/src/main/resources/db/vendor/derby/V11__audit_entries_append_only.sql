-- The audit trail is append-only in the database itself, not only in the application: any UPDATE or DELETE of
-- audit_entry fails and rolls back. Derby has no way to raise an error from a trigger, so the trigger makes an
-- insert that cannot succeed; the error names the rule ("Column 'AUDIT_ENTRIES_CANNOT_BE_CHANGED' cannot accept
-- a NULL value"). The PostgreSQL version of this migration raises the error directly.

CREATE TABLE audit_append_only_guard (
    audit_entries_cannot_be_changed VARCHAR(1) NOT NULL
);

CREATE TRIGGER audit_entry_no_update AFTER UPDATE ON audit_entry
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard VALUES (NULL);

CREATE TRIGGER audit_entry_no_delete AFTER DELETE ON audit_entry
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard VALUES (NULL);
