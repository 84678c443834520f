package org.cinplan.alerts;

import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what one case's alert for one rule should become, from that rule's deadlines today. Pure: the same
 * inputs always give the same decision, which is what makes a sweep safe to run twice.
 */
final class AlertPolicy {

    private final int escalateAfterDays;

    public AlertPolicy(int escalateAfterDays) {
        if (escalateAfterDays < 0) {
            throw new IllegalArgumentException("Escalation days must not be negative");
        }
        this.escalateAfterDays = escalateAfterDays;
    }

    /** The alert as it stands (state and the due date it is about); absent when the case has none for the rule. */
    public record Current(AlertState state, LocalDate dueDate) {
        public Current {
            Objects.requireNonNull(state);
            Objects.requireNonNull(dueDate);
        }
    }

    /** What to do with the alert. */
    public sealed interface Decision permits Keep, Open, Resolve {
    }

    /** Nothing changes. */
    public record Keep() implements Decision {
    }

    /** Raise, re-raise, move on to a new occurrence, or change state; {@code escalation} when it becomes ESCALATED. */
    public record Open(AlertState state, Deadline deadline, boolean raised, boolean escalation) implements Decision {
    }

    /** The deadline was met (on {@code metOn}, when known) or no longer applies. */
    public record Resolve(LocalDate metOn) implements Decision {
    }

    public Decision decide(Optional<Current> current, List<Deadline> ruleDeadlines, LocalDate today) {
        return decide(current, ruleDeadlines, today, false);
    }

    /**
     * As {@link #decide(Optional, List, LocalDate)}; on a closed case a breached deadline needs no one's attention any
     * more (nothing can now be done about it: it stays on the record and in the on-time figures), so its alert is
     * resolved, as every alert of a closed case is.
     */
    public Decision decide(Optional<Current> current, List<Deadline> ruleDeadlines, LocalDate today, boolean caseClosed) {
        Optional<Deadline> mostUrgent = ruleDeadlines.stream()
                .filter(AlertPolicy::needsAttention)
                .filter(deadline -> !(caseClosed && deadline.status() == DeadlineStatus.BREACHED))
                .min(Comparator.comparing(Deadline::dueDate));
        Optional<AlertState> wanted = mostUrgent.map(deadline -> stateFor(deadline, today));
        boolean openNow = current.map(c -> c.state().isOpen()).orElse(false);
        if (wanted.isEmpty()) {
            return openNow ? new Resolve(metOn(current.get().dueDate(), ruleDeadlines)) : new Keep();
        }
        Deadline deadline = mostUrgent.get();
        AlertState state = wanted.get();
        boolean sameOccurrence = openNow && current.get().dueDate().equals(deadline.dueDate());
        if (!sameOccurrence) {
            return new Open(state, deadline, true, state == AlertState.ESCALATED);
        }
        AlertState was = current.get().state();
        if (was == state || was == AlertState.ESCALATED) {
            return new Keep(); // escalation is never taken back while the same deadline is missed
        }
        return new Open(state, deadline, state == AlertState.OVERDUE, state == AlertState.ESCALATED);
    }

    private static boolean needsAttention(Deadline deadline) {
        return deadline.status() == DeadlineStatus.DUE_SOON || deadline.status() == DeadlineStatus.OVERDUE
                || deadline.status() == DeadlineStatus.BREACHED;
    }

    private AlertState stateFor(Deadline deadline, LocalDate today) {
        if (deadline.status() == DeadlineStatus.DUE_SOON) {
            return AlertState.DUE_SOON;
        }
        long daysOverdue = ChronoUnit.DAYS.between(deadline.dueDate(), today);
        return daysOverdue >= escalateAfterDays ? AlertState.ESCALATED : AlertState.OVERDUE;
    }

    /** When the deadline the alert was about was met: that occurrence's date, else the latest met, else unknown. */
    private static LocalDate metOn(LocalDate alertDueDate, List<Deadline> ruleDeadlines) {
        List<Deadline> met = ruleDeadlines.stream()
                .filter(d -> d.metOn() != null
                        && (d.status() == DeadlineStatus.MET || d.status() == DeadlineStatus.MET_LATE))
                .toList();
        return met.stream().filter(d -> alertDueDate.equals(d.dueDate())).map(Deadline::metOn).findFirst()
                .or(() -> met.stream().map(Deadline::metOn).max(Comparator.naturalOrder()))
                .orElse(null);
    }
}
