-- The audit trail is append-only in the database itself, not only in the application: any UPDATE, DELETE or
-- TRUNCATE of audit_entry fails and rolls back (the Derby version of this migration does the same its own way).

CREATE FUNCTION refuse_audit_entry_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted (%)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_entry_change();
