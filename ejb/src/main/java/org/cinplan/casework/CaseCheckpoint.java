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
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;

import java.time.LocalDate;
import java.util.Objects;

/** A management checkpoint recorded on an episode (oversight at 6 and 12 months, the 9-month check, ...). */
@Entity
@jakarta.persistence.Table(name = "case_checkpoint")
public class CaseCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private CheckpointKind kind;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(updatable = false, length = 2000)
    private String note;

    protected CaseCheckpoint() {
    }

    public CaseCheckpoint(Episode episode, CheckpointKind kind, LocalDate recordedOn, String recordedBy, String note) {
        this.episode = Objects.requireNonNull(episode, "a checkpoint belongs to an episode");
        this.kind = Objects.requireNonNull(kind, "which checkpoint?");
        this.recordedOn = Objects.requireNonNull(recordedOn, "recorded on which date?");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by whom?");
        this.note = note;
    }

    /**
     * A team or practice manager's decision that a plan after step-down from child protection may close before its
     * minimum duration (MIN_DURATION_AFTER_CP), with the reason: only on an open step-down case, dated from the end of
     * the child protection plan up to today.
     */
    public static CaseCheckpoint earlyClosureDecision(Episode episode, LocalDate decidedOn, LocalDate today,
                                                      String decidedBy, String reason) {
        if (episode.type() != EpisodeType.STEP_DOWN_FROM_CP) {
            throw new BusinessRuleViolation("MIN_DURATION_AFTER_CP",
                    "This plan did not follow a child protection plan: it has no minimum"
                    + " duration, so it can close without a manager's decision");
        }
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has already closed");
        }
        Objects.requireNonNull(decidedOn, "decided on which date?");
        if (decidedOn.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The date of the decision cannot be in the future");
        }
        if (decidedOn.isBefore(episode.childProtectionPlanEndDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The decision cannot come before the child protection plan ended");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Give the reason the plan may close early");
        }
        return new CaseCheckpoint(episode, CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION, decidedOn, decidedBy,
                reason.strip());
    }

    public CheckpointKind kind() {
        return kind;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String note() {
        return note;
    }
}
