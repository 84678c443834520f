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
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.MinimumDuration;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A management checkpoint recorded on an episode (oversight at 6 and 12 months, the 9-month check, ...): the date, who,
 * the decision, the reasons ({@code note}) and the next steps. It meets its deadline on {@link #metOn()}: the day it was
 * recorded, or for a nine-month check that says the plan will not conclude in time, the day the practice manager answered.
 */
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

    @Column(updatable = false, length = 40)
    private String decision;

    @Column(name = "next_steps", updatable = false, length = 2000)
    private String nextSteps;

    @Column(name = "with_staff", updatable = false, length = 60)
    private String withStaff;

    @Column(name = "answer_decision", length = 40)
    private String answerDecision;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Version
    @Column(name = "row_version")
    private int version;

    protected CaseCheckpoint() {
    }

    public CaseCheckpoint(Episode episode, CheckpointKind kind, LocalDate recordedOn, String recordedBy, String note) {
        this.episode = Objects.requireNonNull(episode, "a checkpoint belongs to an episode");
        this.kind = Objects.requireNonNull(kind, "which checkpoint?");
        this.recordedOn = Objects.requireNonNull(recordedOn, "recorded on which date?");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by whom?");
        this.note = note;
        this.metOn = recordedOn;
    }

    /**
     * A checkpoint of the decisions page, as its rule allows: on an open case, dated from the CIN decision up to today,
     * one of the rule's decisions, with reasons and next steps; an 18-month review names the service manager.
     */
    public static CaseCheckpoint record(Episode episode, CheckpointRule rule, LocalDate on, LocalDate today, String by,
                                        String decisionCode, String reasons, String nextSteps, String withStaff) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: nothing more is recorded on it");
        }
        CaseRecords.requireDate(on, today, episode.decisionDate(), "the CIN decision");
        CheckpointRule.Decision decision = rule.decision(decisionCode).orElseThrow(() ->
                new BusinessRuleViolation(Validity.KNOWN_VALUE, "Choose one of the decisions of the " + rule.title().toLowerCase(Locale.ROOT)));
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, ExceptionalCircumstance.OTHER.name().equals(decision.code())
                    ? "Say in words what the exceptional circumstances are" : "Give the reasons for the decision");
        }
        if (nextSteps == null || nextSteps.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say what the next steps are");
        }
        if (rule == CheckpointRule.SERVICE_MANAGER_REVIEW && (withStaff == null || withStaff.isBlank())) {
            throw new BusinessRuleViolation("SERVICE_MANAGER_18M", "Choose the service manager the case was reviewed with");
        }
        CaseCheckpoint checkpoint = new CaseCheckpoint(episode, rule.kind(), on, by, reasons.strip());
        checkpoint.decision = decision.code();
        checkpoint.nextSteps = nextSteps.strip();
        checkpoint.withStaff = rule == CheckpointRule.SERVICE_MANAGER_REVIEW ? withStaff : null;
        if (rule.awaitsAnswer(decision.code())) {
            checkpoint.metOn = null;
        }
        return checkpoint;
    }

    /** The practice manager's answer to a nine-month check that said the plan will not conclude within 12 months. */
    public void answer(LocalDate on, LocalDate today, String by, String answerCode, String words) {
        if (!isAwaitingAnswer()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "This check is not waiting for a practice manager's answer");
        }
        CaseRecords.requireDate(on, today, recordedOn, "the check");
        if (CheckpointRule.Decision.CHILD_PROTECTION_ANSWER.stream().noneMatch(d -> d.code().equals(answerCode))) {
            throw new BusinessRuleViolation("CONCLUSION_CHECK_9M", "Say whether child protection processes are needed");
        }
        if (words == null || words.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Give the reasons for your answer");
        }
        this.answerDecision = answerCode;
        this.answer = words.strip();
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredOn = on;
        this.metOn = on;
    }

    /** A nine-month check that says the plan will not conclude in time, not yet answered by the practice manager. */
    public boolean isAwaitingAnswer() {
        return kind == CheckpointKind.CONCLUSION_CHECK_9M && "WILL_NOT_CONCLUDE".equals(decision) && answeredOn == null;
    }

    /**
     * A team or practice manager's decision that a plan may close before its minimum duration (MIN_DURATION_AFTER_CP
     * after child protection, MIN_DURATION_FROM_START in Berkshire West), with the reason: only on an open case that
     * has a minimum ({@code minimum}, null when none applies), dated from the day it counts from (for a plan after
     * child protection, the end of that plan; otherwise the decision that a plan is needed) up to today.
     */
    public static CaseCheckpoint earlyClosureDecision(Episode episode, MinimumDuration minimum, LocalDate decidedOn,
                                                      LocalDate today, String decidedBy, String reason) {
        if (minimum == null) {
            throw new BusinessRuleViolation(episode.type() == EpisodeType.STEP_DOWN_FROM_CP ? "MIN_DURATION_AFTER_CP"
                    : "MIN_DURATION_FROM_START", (episode.type() == EpisodeType.STEP_DOWN_FROM_CP ? "" :
                    "This plan did not follow a child protection plan and ") + "the council's profile sets no minimum"
                    + " duration for it, so it can close without a manager's decision");
        }
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has already closed");
        }
        Objects.requireNonNull(decidedOn, "decided on which date?");
        if (decidedOn.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The date of the decision cannot be in the future");
        }
        if (episode.type() == EpisodeType.STEP_DOWN_FROM_CP && decidedOn.isBefore(episode.childProtectionPlanEndDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The decision cannot come before the child protection plan ended");
        }
        if (decidedOn.isBefore(episode.decisionDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The decision cannot come before the decision that a CIN plan is needed");
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

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public String decision() {
        return decision;
    }

    public String nextSteps() {
        return nextSteps;
    }

    public String withStaff() {
        return withStaff;
    }

    public String answerDecision() {
        return answerDecision;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    /** The day it met its deadline, or null while it waits for the practice manager's answer. */
    public LocalDate metOn() {
        return metOn;
    }

    public int version() {
        return version;
    }
}
