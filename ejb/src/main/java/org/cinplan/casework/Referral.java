package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral to children's social care about a child (issue 13 item 1; the census's CINreferralDate, ReferralSource,
 * PrimaryNeedCode and ReferralNFA): received on a date from a DfE referral source with a primary need and the worker's
 * summary, then decided: no further action (which closes it that day), an assessment, or straight to a strategy
 * discussion.
 *
 * <p>How it relates to {@link Episode} (the CIN plan): a referral for a child whose episode is open joins that episode
 * and starts no second one; otherwise it stands on the child alone until it leads to an episode ({@link #leadsTo}),
 * and a referral closed with no further action never does: it is an episode of need of its own for the census, opened
 * and closed that day.
 */
@Entity
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 2)
    private String source;

    @Column(name = "primary_need", nullable = false, length = 3)
    private String primaryNeed;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ReferralDecision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Referral() {
    }

    /**
     * A referral received about the child: it joins {@code openEpisode} (the child's open episode, or null when none is
     * open) rather than starting a second one.
     */
    public static Referral receive(Child child, Episode openEpisode, LocalDate receivedOn, ReferralSource source,
                                   String primaryNeed, String summary, String recordedBy, LocalDate today) {
        Referral referral = new Referral();
        referral.child = Objects.requireNonNull(child, "a referral is about a child");
        if (openEpisode != null) {
            if (openEpisode.isClosed() || !openEpisode.child().equals(child)) {
                throw new BusinessRuleViolation(Validity.CONSISTENT, "A referral joins only the child's own open episode");
            }
            referral.episode = openEpisode;
        }
        if (receivedOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the referral");
        }
        if (receivedOn.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The date of the referral cannot be in the future");
        }
        if (child.dateOfBirth() != null && receivedOn.isBefore(child.dateOfBirth().minusMonths(9))) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The referral cannot come long before the child's birth");
        }
        if (source == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose who referred the child");
        }
        if (primaryNeed == null || !primaryNeed.matches("N[0-9]")) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "Choose the primary need (N0 to N9)");
        }
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Write a summary of the referral");
        }
        referral.receivedOn = receivedOn;
        referral.source = source.code();
        referral.primaryNeed = primaryNeed;
        referral.summary = summary.strip();
        referral.recordedBy = Objects.requireNonNull(recordedBy);
        return referral;
    }

    /**
     * What was decided, and when: once, not before the referral nor in the future. No further action closes the
     * referral that day.
     */
    public void decide(ReferralDecision decided, LocalDate on, String by, LocalDate today) {
        if (decision != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The referral was already decided on " + decidedOn);
        }
        if (decided == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose what was decided");
        }
        if (on == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the decision");
        }
        CaseRecords.requireDate(on, today, receivedOn, "the referral");
        this.decision = decided;
        this.decidedOn = on;
        this.decidedBy = Objects.requireNonNull(by);
        if (decided == ReferralDecision.NO_FURTHER_ACTION) {
            this.closedOn = on;
        }
    }

    /** The referral led to this episode (opened for the child after an assessment or a strategy discussion). */
    public void leadsTo(Episode opened) {
        if (closedOn != null) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "A referral closed with no further action leads to no episode");
        }
        if (episode != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The referral is already part of an episode");
        }
        if (!Objects.requireNonNull(opened).child().equals(child)) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "A referral leads only to its own child's episode");
        }
        this.episode = opened;
    }

    /** Whether the referral was closed with no further action (the census's ReferralNFA). */
    public boolean isNoFurtherAction() {
        return decision == ReferralDecision.NO_FURTHER_ACTION;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Child child() {
        return child;
    }

    /** The episode it joined or led to; null while it stands alone. */
    public Episode episode() {
        return episode;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ReferralSource source() {
        return ReferralSource.ofCode(source).orElse(null);
    }

    public String primaryNeed() {
        return primaryNeed;
    }

    public String summary() {
        return summary;
    }

    public ReferralDecision decision() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
