package org.cinplan.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** One sweep, as the run log records it for auditors. */
@Entity
@Table(name = "sweep_run")
public class SweepRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, updatable = false, length = 20)
    private SweepTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private SweepScope scope;

    @Column(name = "server_instance", nullable = false, updatable = false, length = 120)
    private String serverInstance;

    @Column(name = "requested_by", updatable = false, length = 60)
    private String requestedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "window_from", nullable = false, updatable = false)
    private LocalDate windowFrom;

    @Column(name = "window_to", nullable = false, updatable = false)
    private LocalDate windowTo;

    @Column(name = "profile_versions", length = 400)
    private String profileVersions;

    @Column(name = "cases_examined", nullable = false)
    private int casesExamined;

    @Column(name = "alerts_raised", nullable = false)
    private int alertsRaised;

    @Column(name = "alerts_resolved", nullable = false)
    private int alertsResolved;

    @Column(name = "alerts_escalated", nullable = false)
    private int alertsEscalated;

    @Column(name = "failure_count", nullable = false)
    private int failureCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SweepOutcome outcome;

    @Version
    @Column(name = "row_version")
    private int version;

    protected SweepRun() {
    }

    SweepRun(SweepTrigger trigger, SweepScope scope, String serverInstance, String requestedBy,
             LocalDateTime startedAt, LocalDate windowFrom, LocalDate windowTo) {
        this.trigger = Objects.requireNonNull(trigger);
        this.scope = Objects.requireNonNull(scope);
        this.serverInstance = Objects.requireNonNull(serverInstance);
        this.requestedBy = requestedBy;
        this.startedAt = Objects.requireNonNull(startedAt);
        if (windowFrom.isAfter(windowTo)) {
            throw new IllegalArgumentException("A sweep window cannot end before it starts");
        }
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.outcome = SweepOutcome.RUNNING;
    }

    void add(SweepTally tally) {
        casesExamined += tally.casesExamined();
        alertsRaised += tally.raised();
        alertsResolved += tally.resolved();
        alertsEscalated += tally.escalated();
        failureCount += tally.failures();
        SortedSet<String> versions = new TreeSet<>(tally.profileVersions());
        if (profileVersions != null && !profileVersions.isBlank()) {
            versions.addAll(java.util.List.of(profileVersions.split(", ")));
        }
        profileVersions = String.join(", ", versions);
    }

    void finish(LocalDateTime at, boolean failed) {
        finishedAt = at;
        outcome = failed ? SweepOutcome.FAILED
                : failureCount > 0 ? SweepOutcome.COMPLETED_WITH_FAILURES : SweepOutcome.COMPLETED;
    }

    public Long id() {
        return id;
    }

    public SweepTrigger trigger() {
        return trigger;
    }

    public SweepScope scope() {
        return scope;
    }

    public String serverInstance() {
        return serverInstance;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public LocalDate windowFrom() {
        return windowFrom;
    }

    public LocalDate windowTo() {
        return windowTo;
    }

    public String profileVersions() {
        return profileVersions;
    }

    public int casesExamined() {
        return casesExamined;
    }

    public int alertsRaised() {
        return alertsRaised;
    }

    public int alertsResolved() {
        return alertsResolved;
    }

    public int alertsEscalated() {
        return alertsEscalated;
    }

    public int failureCount() {
        return failureCount;
    }

    public SweepOutcome outcome() {
        return outcome;
    }
}
