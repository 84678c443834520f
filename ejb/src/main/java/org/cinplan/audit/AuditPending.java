package org.cinplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Marks an entry written but not yet linked into the chain. Written in the same transaction as the entry, so the
 * chainer sees exactly the committed entries it has still to link; it deletes the mark as it links the entry.
 */
@Entity
@Table(name = "audit_pending")
class AuditPending {

    @Id
    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    protected AuditPending() {
    }

    AuditPending(long entryId) {
        this.entryId = entryId;
    }

    long entryId() {
        return entryId;
    }
}
