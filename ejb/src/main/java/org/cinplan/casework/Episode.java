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
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One Child in Need episode: from the decision that a CIN plan is needed to closure.
 * Its dates are what the deadline engine counts from.
 */
@Entity
public class Episode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(name = "episode_type", nullable = false, length = 30)
    private EpisodeType type;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "primary_need_code", nullable = false, length = 3)
    private String primaryNeedCode;

    /** The DfE census code of who referred the child ({@link ReferralSource}); null on episodes recorded before V96. */
    @Column(name = "referral_source", length = 2)
    private String referralSource;

    @Column(name = "cp_plan_end_date")
    private LocalDate childProtectionPlanEndDate;

    @Column(name = "disabled_childrens_team", nullable = false)
    private boolean disabledChildrensTeam;

    @Enumerated(EnumType.STRING)
    @Column(name = "exceptional_circumstances", length = 40)
    private ExceptionalCircumstance exceptionalCircumstance;

    @Column(name = "exceptional_recorded_on")
    private LocalDate exceptionalCircumstanceRecordedOn;

    /** The reason in words, for an exceptional circumstance other than those Suffolk 4.5 lists. */
    @Column(name = "exceptional_detail", length = 500)
    private String exceptionalCircumstanceDetail;

    @Column(name = "closure_date")
    private LocalDate closureDate;

    @Column(name = "closure_reason", length = 4)
    private String closureReason;

    @Column(name = "cp_plan_start_date")
    private LocalDate childProtectionPlanStartDate;

    @Column(name = "supervision_order_start")
    private LocalDate supervisionOrderStart;

    @Column(name = "supervision_order_end")
    private LocalDate supervisionOrderEnd;

    /**
     * The day this case next needs looking at even if nothing is recorded: set by sweeps (a bulk update, not
     * versioned), cleared by {@link #markChanged}.
     */
    @Column(name = "next_check_on", insertable = false)
    private LocalDate nextCheckOn;

    @Column(name = "last_changed_at")
    private LocalDateTime lastChangedAt;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Episode() {
    }

    private Episode(Child child, EpisodeType type, LocalDate referralDate, LocalDate decisionDate,
                    String primaryNeedCode, boolean disabledChildrensTeam) {
        this.child = Objects.requireNonNull(child, "an episode belongs to a child");
        this.type = Objects.requireNonNull(type, "an episode type is required");
        this.referralDate = Objects.requireNonNull(referralDate, "a referral date is required");
        this.decisionDate = Objects.requireNonNull(decisionDate, "a decision date is required");
        if (decisionDate.isBefore(referralDate)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The decision cannot come before the referral");
        }
        if (primaryNeedCode == null || !primaryNeedCode.matches("N[0-9]")) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "The primary need code must be N0 to N9");
        }
        this.primaryNeedCode = primaryNeedCode;
        this.disabledChildrensTeam = disabledChildrensTeam;
    }

    /** Opens an episode on the decision that a CIN plan is needed. */
    public static Episode open(Child child, EpisodeType type, LocalDate referralDate, LocalDate decisionDate,
                               String primaryNeedCode, boolean disabledChildrensTeam) {
        if (type == EpisodeType.STEP_DOWN_FROM_CP) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "A step-down from child protection opens with the date the"
                    + " child protection plan ended (stepDownFromChildProtection)");
        }
        return new Episode(child, type, referralDate, decisionDate, primaryNeedCode, disabledChildrensTeam);
    }

    /** Opens an episode when a child protection plan ends and the child steps down to a CIN plan. */
    public static Episode stepDownFromChildProtection(Child child, LocalDate referralDate, LocalDate cpPlanEndDate,
                                                      String primaryNeedCode) {
        Episode episode = new Episode(child, EpisodeType.STEP_DOWN_FROM_CP, referralDate,
                Objects.requireNonNull(cpPlanEndDate, "the child protection plan end date is required"),
                primaryNeedCode, false);
        episode.childProtectionPlanEndDate = cpPlanEndDate;
        return episode;
    }

    /** Records who referred the child (the census's ReferralSource). */
    public void recordReferralSource(ReferralSource source) {
        this.referralSource = Objects.requireNonNull(source, "who referred the child?").code();
    }

    /** Who referred the child, when recorded. */
    public ReferralSource referralSource() {
        return referralSource == null ? null : ReferralSource.ofCode(referralSource).orElse(null);
    }

    /**
     * Records exceptional circumstances (Suffolk 4.5): one of the listed examples, or another stated in words; the words
     * are kept for a listed one too when given.
     */
    public void recordExceptionalCircumstance(ExceptionalCircumstance circumstance, String detail, LocalDate recordedOn) {
        boolean stated = detail != null && !detail.isBlank();
        if (circumstance == ExceptionalCircumstance.OTHER && !stated) {
            throw new BusinessRuleViolation("MAX_DURATION_12M", "Say in words what the other exceptional circumstance is"
                    + " (MAX_DURATION_12M: Suffolk 4.5's reasons are examples)");
        }
        this.exceptionalCircumstance = Objects.requireNonNull(circumstance, "which circumstance?");
        this.exceptionalCircumstanceDetail = stated ? detail.strip() : null;
        this.exceptionalCircumstanceRecordedOn = Objects.requireNonNull(recordedOn, "recorded on which date?");
    }

    public String exceptionalCircumstanceDetail() {
        return exceptionalCircumstanceDetail;
    }

    /** The case is held by the disabled children's team (some Suffolk checks do not apply to it). */
    public void assignToDisabledChildrensTeam() {
        this.disabledChildrensTeam = true;
    }

    /**
     * Closes the episode with a DfE reason for closure (RC1 to RC9); {@code changedAt} is now in UTC by the caller's
     * clock (the sweep looks again at episodes closed since its last run).
     */
    public void close(LocalDate on, String reason, LocalDateTime changedAt) {
        if (isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The episode is already closed");
        }
        Objects.requireNonNull(on, "a closure date is required");
        if (on.isBefore(decisionDate)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "An episode cannot close before its decision date");
        }
        if (reason == null || !reason.matches("RC[1-9]")) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "The reason for closure must be RC1 to RC9");
        }
        this.closureDate = on;
        this.closureReason = reason;
        this.lastChangedAt = Objects.requireNonNull(changedAt, "changed when?");
    }

    /**
     * A child protection plan started (step-up): the CIN plan ends that day, so the episode's CIN deadlines stop there
     * (DfE 4001: no CIN plan open while a child protection plan is open). It carries no closure reason: the child's
     * involvement with children's services goes on under the child protection plan.
     */
    public void endForChildProtectionPlan(LocalDate cpPlanStart, LocalDateTime changedAt) {
        if (isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The episode is already closed");
        }
        Objects.requireNonNull(cpPlanStart, "the date the child protection plan started is required");
        if (cpPlanStart.isBefore(decisionDate)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "A child protection plan that replaces this CIN plan cannot start before"
                    + " the CIN decision");
        }
        this.childProtectionPlanStartDate = cpPlanStart;
        this.closureDate = cpPlanStart;
        this.lastChangedAt = Objects.requireNonNull(changedAt, "changed when?");
    }

    /**
     * The supervision order's dates as the court made it (SF 5.1; RULES.md Contents: the plan lasts for the order, and
     * SO_EXTENSION_9M counts from its start): only on a supervision-order case, the start not after today, the end
     * after the start. Recorded again when the court extends the order.
     */
    public void recordSupervisionOrder(LocalDate start, LocalDate end, LocalDate today, LocalDateTime changedAt) {
        if (type != EpisodeType.SUPERVISION_ORDER) {
            throw new BusinessRuleViolation("SO_EXTENSION_9M", "This case is not a supervision order: it has no order dates");
        }
        if (start == null || end == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the order's start and end dates");
        }
        if (start.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The order's start cannot be in the future");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The order's end must come after its start");
        }
        this.supervisionOrderStart = start;
        this.supervisionOrderEnd = end;
        markChanged(changedAt);
    }

    /** The day the supervision order started; null when not recorded (or not a supervision order). */
    public LocalDate supervisionOrderStart() {
        return supervisionOrderStart;
    }

    /** The day the supervision order ends; null when not recorded. */
    public LocalDate supervisionOrderEnd() {
        return supervisionOrderEnd;
    }

    /**
     * Something on the case changed: its next check is now (the next incremental sweep looks at it again, finding it
     * by its cleared next-check date through an index).
     */
    public void markChanged(LocalDateTime at) {
        this.lastChangedAt = Objects.requireNonNull(at);
        this.nextCheckOn = null;
    }

    /** Moves on with every change to the case (see {@link #markChanged}): what was computed from it may be kept till then. */
    public int version() {
        return version;
    }

    public LocalDate nextCheckOn() {
        return nextCheckOn;
    }

    public boolean isClosed() {
        return closureDate != null;
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public EpisodeType type() {
        return type;
    }

    public LocalDate referralDate() {
        return referralDate;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String primaryNeedCode() {
        return primaryNeedCode;
    }

    public LocalDate childProtectionPlanEndDate() {
        return childProtectionPlanEndDate;
    }

    public boolean isDisabledChildrensTeam() {
        return disabledChildrensTeam;
    }

    public ExceptionalCircumstance exceptionalCircumstance() {
        return exceptionalCircumstance;
    }

    public LocalDate exceptionalCircumstanceRecordedOn() {
        return exceptionalCircumstanceRecordedOn;
    }

    public LocalDate closureDate() {
        return closureDate;
    }

    public String closureReason() {
        return closureReason;
    }

    /** When a child protection plan replaced this CIN plan, or null. */
    public LocalDate childProtectionPlanStartDate() {
        return childProtectionPlanStartDate;
    }
}
