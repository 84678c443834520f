package org.cinplan.deadlines;

import org.cinplan.schedule.CalendarWarning;
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline as pages and the REST API show it: which rule, which council's value (and profile version), which
 * start date produced it, where it stands, and the plain sentence that explains it.
 */
public record DeadlineView(String ruleId, String ruleTitle, String occurrence, LocalDate dueDate,
                           LocalDate windowStart, DeadlineStatus status, String rag, LocalDate metOn, String reason,
                           String countsFrom, LocalDate countsFromDate, String council, int profileVersion,
                           String policySource, List<String> warnings, List<String> flags, String explanation) {

    static DeadlineView of(Deadline deadline) {
        return new DeadlineView(deadline.rule().name(), deadline.rule().title(), deadline.occurrence(),
                deadline.dueDate(), deadline.windowStart(), deadline.status(), rag(deadline.status()),
                deadline.metOn(), deadline.reason(), deadline.countsFrom(), deadline.countsFromDate(),
                deadline.council().displayName(), deadline.profileVersion(), deadline.policySource(),
                deadline.warnings().stream().map(CalendarWarning::message).toList(), deadline.flags(),
                deadline.explanation());
    }

    /** Red for overdue or breached, amber for due soon, grey when the rule does not apply, green otherwise. */
    static String rag(DeadlineStatus status) {
        return switch (status) {
            case OVERDUE, BREACHED -> "RED";
            case DUE_SOON -> "AMBER";
            case NOT_APPLICABLE -> "NONE";
            default -> "GREEN";
        };
    }

    public boolean isApplicable() {
        return status != DeadlineStatus.NOT_APPLICABLE;
    }

    /** {@link #statusLabel()}, but "Due today" for an open deadline due on {@code today}. */
    public String statusLabelOn(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.equals(today) ? "Due today" : statusLabel();
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** "Overdue", "Due soon", "Met late", ... for people. */
    public String statusLabel() {
        String words = status.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
