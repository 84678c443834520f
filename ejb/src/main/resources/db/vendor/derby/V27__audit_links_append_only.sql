-- The chain's links are append-only like the entries (V11): any UPDATE or DELETE of audit_link fails.
CREATE TRIGGER audit_link_no_update AFTER UPDATE ON audit_link
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard VALUES (NULL);

CREATE TRIGGER audit_link_no_delete AFTER DELETE ON audit_link
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard VALUES (NULL);
