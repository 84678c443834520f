package org.cinplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * An entry's place in the audit chain: its sequence number, the previous link's hash and its own hash (see
 * {@link AuditChain}). Written once by the chainer and never changed, like the entry itself.
 */
@Entity
@Table(name = "audit_link")
class AuditLink {

    @Id
    @Column(name = "sequence_no", updatable = false)
    private long sequenceNo;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false, unique = true)
    private AuditEntry entry;

    @Column(nullable = false, length = 20, updatable = false)
    private String algorithm;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditLink() {
    }

    private AuditLink(long sequenceNo, AuditEntry entry, String previousHash, String entryHash) {
        this.sequenceNo = sequenceNo;
        this.entry = entry;
        this.algorithm = AuditChain.HMAC_SHA_256;
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    /**
     * The link that puts the entry after the given one, keyed with HMAC-SHA256.
     *
     * @param previousSequenceNo the previous entry's sequence number, 0 for the first entry
     * @param previousHash       the previous entry's hash, {@link AuditChain#GENESIS_HASH} for the first entry
     * @param entry              a stored entry (it has its row id)
     */
    public static AuditLink following(long previousSequenceNo, String previousHash, AuditEntry entry, AuditKey key) {
        if (previousSequenceNo < 0) {
            throw new IllegalArgumentException("A sequence number is never negative");
        }
        Objects.requireNonNull(previousHash, "previous hash");
        if (!previousHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A previous hash is 64 lower-case hex digits");
        }
        if (previousSequenceNo == 0 && !AuditChain.GENESIS_HASH.equals(previousHash)) {
            throw new IllegalArgumentException("The first entry follows the genesis hash");
        }
        Objects.requireNonNull(entry, "entry");
        if (entry.id() == null) {
            throw new IllegalArgumentException("Only a stored entry (with its row id) can be linked");
        }
        long sequenceNo = previousSequenceNo + 1;
        return new AuditLink(sequenceNo, entry, previousHash, AuditChain.hmac(key, sequenceNo, entry.id(),
                entry.occurredAt(), entry.actor(), entry.action(), entry.recordType(), entry.recordId(),
                entry.childId(), entry.detail(), entry.outcome(), previousHash));
    }

    public long sequenceNo() {
        return sequenceNo;
    }

    public String algorithm() {
        return algorithm;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
