package org.cinplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One entry of the append-only audit trail. Immutable: every column is {@code updatable = false}, there are no
 * setters, and the only way to make one is {@link #following}, which takes the previous entry's sequence number and
 * hash and works out this entry's own hash. It has no {@code @Version} column, unlike other entities, because it is
 * never updated, so there is no lost update to guard against.
 *
 * <p>The time is kept as UTC wall-clock time in a plain TIMESTAMP column (Derby has no time zone type).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(updatable = false)
    private Long id;

    @Column(name = "sequence_no", nullable = false, unique = true, updatable = false)
    private long sequenceNo;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 40, updatable = false)
    private String recordId;

    @Column(name = "child_id", updatable = false)
    private Long childId;

    @Column(length = 4000, updatable = false)
    private String detail;

    @Column(nullable = false, length = 20, updatable = false)
    private String outcome;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    private AuditEntry(long sequenceNo, LocalDateTime occurredAt, AuditEvent event, String previousHash) {
        this.sequenceNo = sequenceNo;
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action().name();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.childId = event.childId();
        this.detail = event.detail();
        this.outcome = event.outcome().name();
        this.previousHash = previousHash;
        this.entryHash = AuditChain.hash(sequenceNo, toInstant(occurredAt), actor, action, recordType, recordId,
                childId, detail, outcome, previousHash);
    }

    /**
     * The entry that follows the given one in the chain.
     *
     * @param previousSequenceNo the previous entry's sequence number, 0 for the first entry
     * @param previousHash       the previous entry's hash, {@link AuditChain#GENESIS_HASH} for the first entry
     * @param occurredAt         when it happened
     * @param event              what happened
     */
    public static AuditEntry following(long previousSequenceNo, String previousHash, Instant occurredAt,
                                       AuditEvent event) {
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
        return new AuditEntry(previousSequenceNo + 1, storable(occurredAt), Objects.requireNonNull(event, "event"),
                previousHash);
    }

    /**
     * The time as the TIMESTAMP column will give it back: UTC wall-clock time to the microsecond. JDBC drivers
     * that go through {@link Timestamp} read and write wall-clock fields in the JVM's default time zone, which
     * moves a wall-clock time that falls in that zone's spring-forward gap (01:00 to 02:00 UTC on the last
     * Sunday of March in a JVM set to Europe/London). Passing the time through that same conversion once here
     * means what is hashed is exactly what comes back. Running the server JVM in UTC avoids the shift altogether.
     */
    static LocalDateTime storable(Instant occurredAt) {
        LocalDateTime utc = LocalDateTime.ofInstant(AuditChain.toChainPrecision(occurredAt), ZoneOffset.UTC);
        return Timestamp.valueOf(utc).toLocalDateTime();
    }

    private static Instant toInstant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** The entry as stored, for checking the chain. */
    public AuditEntryData data() {
        return new AuditEntryData(sequenceNo, occurredAt(), actor, action, recordType, recordId, childId, detail,
                outcome, previousHash, entryHash);
    }

    /** The entry as search pages and exports show it. */
    public AuditEntryView view() {
        return new AuditEntryView(sequenceNo, occurredAt(), actor, action, recordType, recordId, childId, detail,
                outcome);
    }

    public Long id() {
        return id;
    }

    public long sequenceNo() {
        return sequenceNo;
    }

    public Instant occurredAt() {
        return toInstant(occurredAt);
    }

    public String actor() {
        return actor;
    }

    /** The stored action name; see {@link AuditAction}. */
    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public Long childId() {
        return childId;
    }

    public String detail() {
        return detail;
    }

    /** The stored outcome name; see {@link AuditOutcome}. */
    public String outcome() {
        return outcome;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
