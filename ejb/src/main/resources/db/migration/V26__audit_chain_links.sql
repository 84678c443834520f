-- The audit chain moves out of audit_entry into audit_link (org.cinplan.audit), so that writing an entry takes no
-- lock shared with other writers: an entry is written with a waiting mark (audit_pending) in the writer's own
-- transaction, and the single chainer later gives it its sequence number and hash in audit_link, removing the mark.
-- Entries written before this migration keep their plain SHA-256 hashes ('SHA-256'), still checked; the chainer
-- keys every later link with HMAC-SHA256 under a key outside the database. Portable SQL: Derby 10.16, PostgreSQL 13+.

CREATE TABLE audit_link (
    sequence_no   BIGINT      NOT NULL PRIMARY KEY,
    entry_id      BIGINT      NOT NULL,
    algorithm     VARCHAR(20) NOT NULL,
    previous_hash CHAR(64)    NOT NULL,
    entry_hash    CHAR(64)    NOT NULL,
    CONSTRAINT uk_audit_link_entry UNIQUE (entry_id),
    CONSTRAINT fk_audit_link_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id)
);
INSERT INTO audit_link (sequence_no, entry_id, algorithm, previous_hash, entry_hash)
SELECT sequence_no, id, 'SHA-256', previous_hash, entry_hash FROM audit_entry;
CREATE TABLE audit_pending (
    entry_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_audit_pending_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id)
);
ALTER TABLE audit_entry DROP CONSTRAINT uk_audit_sequence;
ALTER TABLE audit_entry DROP COLUMN sequence_no;
ALTER TABLE audit_entry DROP COLUMN previous_hash;
ALTER TABLE audit_entry DROP COLUMN entry_hash;
