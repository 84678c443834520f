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
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The one alert a case has for a rule (the database refuses a second). It follows the rule's most urgent
 * deadline: due soon, overdue, escalated to the team manager, and resolved when the event is recorded.
 */
@Entity
@Table(name = "alert")
class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "episode_id", nullable = false, updatable = false)
    private long episodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_id", nullable = false, updatable = false, length = 40)
    private RuleId rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertState state;

    @Column(length = 300)
    private String occurrence;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 2000)
    private String explanation;

    @Column(name = "council_code", nullable = false, length = 40)
    private String councilCode;

    @Column(name = "profile_version", nullable = false)
    private int profileVersion;

    @Column(name = "counts_from", length = 300)
    private String countsFrom;

    @Column(name = "counts_from_date")
    private LocalDate countsFromDate;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Column(name = "last_run_id", nullable = false)
    private long lastRunId;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Alert() {
    }

    Alert(long episodeId, RuleId rule) {
        this.episodeId = episodeId;
        this.rule = Objects.requireNonNull(rule);
    }

    /** Points the alert at a deadline in a state; a new occurrence starts afresh. */
    void open(AlertState newState, Deadline deadline, LocalDateTime now, long runId) {
        if (!newState.isOpen()) {
            throw new IllegalArgumentException("Use resolve to resolve an alert");
        }
        boolean newOccurrence = state == null || !state.isOpen() || !deadline.dueDate().equals(dueDate);
        if (newOccurrence) {
            raisedAt = now;
            escalatedAt = null;
            resolvedAt = null;
            metOn = null;
        }
        if (newState == AlertState.ESCALATED && escalatedAt == null) {
            escalatedAt = now;
        }
        state = newState;
        occurrence = truncate(deadline.occurrence(), 300);
        dueDate = deadline.dueDate();
        explanation = truncate(deadline.explanation(), 2000);
        councilCode = deadline.council().name();
        profileVersion = deadline.profileVersion();
        countsFrom = truncate(deadline.countsFrom(), 300);
        countsFromDate = deadline.countsFromDate();
        lastRunId = runId;
    }

    void resolve(LocalDate metOn, LocalDateTime now, long runId) {
        this.state = AlertState.RESOLVED;
        this.metOn = metOn;
        this.resolvedAt = now;
        this.lastRunId = runId;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long episodeId() {
        return episodeId;
    }

    public RuleId rule() {
        return rule;
    }

    public AlertState state() {
        return state;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String explanation() {
        return explanation;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }

    public LocalDateTime escalatedAt() {
        return escalatedAt;
    }

    public String councilCode() {
        return councilCode;
    }

    public int profileVersion() {
        return profileVersion;
    }

    public String countsFrom() {
        return countsFrom;
    }

    public LocalDate countsFromDate() {
        return countsFromDate;
    }

    public long lastRunId() {
        return lastRunId;
    }
}
