package org.cinplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The one row that names the last entry of the audit chain (migration V3 inserts it). Only the chainer writes
 * it, holding its lock for the few milliseconds it takes to link a batch of waiting entries, so two chainers (on
 * two servers, say) never fork the chain; entries themselves are written without it. The checker also uses it to
 * notice when the newest entries have been deleted.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final long THE_ONLY_ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_sequence_no", nullable = false)
    private long lastSequenceNo;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Version
    @Column(name = "row_version")
    private int version;

    protected AuditChainHead() {
    }

    long lastSequenceNo() {
        return lastSequenceNo;
    }

    String lastHash() {
        return lastHash.strip();
    }

    void advanceTo(AuditLink link) {
        if (link.sequenceNo() != lastSequenceNo + 1 || !link.previousHash().equals(lastHash())) {
            throw new IllegalStateException("Audit entry " + link.sequenceNo() + " does not follow the chain head "
                    + lastSequenceNo);
        }
        this.lastSequenceNo = link.sequenceNo();
        this.lastHash = link.entryHash();
    }
}
