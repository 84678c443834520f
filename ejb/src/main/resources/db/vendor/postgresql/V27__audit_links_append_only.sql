-- The chain's links are append-only like the entries (V11): any UPDATE, DELETE or TRUNCATE of audit_link fails.
CREATE TRIGGER audit_link_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_link
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_entry_change();
