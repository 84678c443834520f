package org.cinplan.visits;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.Dates;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.VisitFrequency;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How often the child is to be visited, agreed on a case at its initial meeting or raised for risk (VISIT_INTERVAL:
 * used from that day when shorter than the council's maximum). Kept as recorded; a later agreement supersedes it.
 */
@Entity
@Table(name = "visit_frequency")
class AgreedVisitFrequency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    private LocalDate agreedOn;

    @Column(name = "interval_amount", nullable = false, updatable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "interval_unit", nullable = false, updatable = false, length = 20)
    private PeriodUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private VisitFrequency.Basis basis;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Version
    @Column(name = "row_version")
    private int version;

    protected AgreedVisitFrequency() {
    }

    /**
     * @param initialMeetingOn the day the case's initial meeting was held, or null when none has been
     * @param today            the recording day: an agreement cannot be dated after it
     */
    public AgreedVisitFrequency(Episode episode, VisitFrequencyForm form, LocalDate initialMeetingOn, LocalDate today,
                                String recordedBy, LocalDateTime recordedAt) {
        this.episode = Objects.requireNonNull(episode, "a frequency belongs to a case");
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: no visit frequency can be agreed on it");
        }
        if (form.agreedOn().isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The day it was agreed cannot be in the future");
        }
        if (form.agreedOn().isBefore(episode.decisionDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "A visit frequency cannot be agreed before the decision"
                    + " that a CIN plan is needed, on " + Dates.full(episode.decisionDate()));
        }
        if (form.basis() == VisitFrequency.Basis.INITIAL_MEETING && !form.agreedOn().equals(initialMeetingOn)) {
            throw new BusinessRuleViolation("VISIT_INTERVAL", initialMeetingOn == null
                    ? "The initial meeting has not been recorded yet: record it first, or raise the frequency for risk"
                    : "The initial meeting was held on " + Dates.full(initialMeetingOn) + ": a frequency agreed at it is dated that day");
        }
        if (form.basis() == VisitFrequency.Basis.RISK && (form.reason() == null || form.reason().isBlank())) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say what risk the frequency was raised for");
        }
        this.agreedOn = form.agreedOn();
        this.amount = form.amount();
        this.unit = form.unit();
        this.basis = form.basis();
        this.reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** As the deadline engine reads it. */
    public VisitFrequency toFrequency() {
        return new VisitFrequency(agreedOn, new Timescale(amount, unit), basis);
    }

    public VisitFrequencyView toView() {
        return new VisitFrequencyView(id, agreedOn, toFrequency().inWords(), reason, recordedBy);
    }

    public Long id() {
        return id;
    }
}
