package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.admin.StaffMember;
import org.cinplan.platform.BusinessRuleViolation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.cinplan.platform.Validity;

/**
 * Someone with no access to a child's record opened it for a stated reason ("break-glass"): read-only, until it
 * expires or they end it. The record's team manager reviews each one. Times in UTC.
 */
@Entity
@Table(name = "break_glass_access")
public class BreakGlassAccess {

    /** The shortest reason accepted: a few words that say why, not "urgent". */
    public static final int MIN_REASON_LENGTH = 20;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @Column(nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected BreakGlassAccess() {
    }

    public BreakGlassAccess(Child child, StaffMember staff, String reason, LocalDateTime openedAt, Duration lasting) {
        this.child = Objects.requireNonNull(child, "which child?");
        this.staff = Objects.requireNonNull(staff, "who?");
        String stated = reason == null ? "" : reason.strip();
        if (stated.length() < MIN_REASON_LENGTH) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "Say why you need this record now, in at least " + MIN_REASON_LENGTH
                    + " characters: it is recorded and your team manager reviews it");
        }
        if (stated.length() > MAX_REASON_LENGTH) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "The reason can have at most " + MAX_REASON_LENGTH + " characters");
        }
        this.reason = stated;
        this.openedAt = Objects.requireNonNull(openedAt, "opened when?");
        this.expiresAt = openedAt.plus(Objects.requireNonNull(lasting, "for how long?"));
    }

    public boolean isActiveAt(LocalDateTime now) {
        return now.isBefore(expiresAt);
    }

    /** Ends the access now, before it would have expired. */
    public void end(LocalDateTime now) {
        if (isActiveAt(now)) {
            this.expiresAt = now;
        }
    }

    /**
     * A manager of the record's team has looked at why the record was opened: never the person who opened it
     * (SEPARATION_OF_DUTIES).
     */
    public void review(String by, LocalDateTime at) {
        if (staff.username().equals(by)) {
            throw new BusinessRuleViolation("BREAK_GLASS_REVIEWED_BY_ANOTHER",
                    "You opened this record with break-glass, so you cannot review that opening:"
                    + " another manager of the team reviews it (SEPARATION_OF_DUTIES: no one reviews their own break-glass)");
        }
        if (reviewedAt != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "Already reviewed by " + reviewedBy);
        }
        this.reviewedBy = Objects.requireNonNull(by, "by whom?");
        this.reviewedAt = Objects.requireNonNull(at, "when?");
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public StaffMember staff() {
        return staff;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime openedAt() {
        return openedAt;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }

    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }
}
