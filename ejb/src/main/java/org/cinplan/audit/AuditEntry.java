package org.cinplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One entry of the append-only audit trail. Immutable: every column is {@code updatable = false}, there are no
 * setters, and the only way to make one is {@link #of}. Its place in the hash chain is a separate, equally
 * immutable row ({@link AuditLink}) that the single chainer ({@link AuditChainer}) adds after the entry's
 * transaction commits, so writing an entry takes no lock shared with other writers. It has no {@code @Version}
 * column, unlike other entities, because it is never updated, so there is no lost update to guard against.
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

    /** Its place in the chain; none until the chainer links it. For queries only. */
    @OneToOne(mappedBy = "entry", fetch = FetchType.LAZY)
    private AuditLink link;

    protected AuditEntry() {
    }

    private AuditEntry(LocalDateTime occurredAt, AuditEvent event) {
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action().name();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.childId = event.childId();
        this.detail = event.detail();
        this.outcome = event.outcome().name();
    }

    /**
     * A new entry, not yet in the chain.
     *
     * @param occurredAt when it happened
     * @param event      what happened
     */
    public static AuditEntry of(Instant occurredAt, AuditEvent event) {
        return new AuditEntry(storable(occurredAt), Objects.requireNonNull(event, "event"));
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

    /** The entry and its link as stored, for checking the chain. */
    public AuditEntryData data(AuditLink link) {
        return new AuditEntryData(link.sequenceNo(), id, link.algorithm(), occurredAt(), actor, action, recordType,
                recordId, childId, detail, outcome, link.previousHash(), link.entryHash());
    }

    public Long id() {
        return id;
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
}
