package org.cinplan.deadlines;

import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, per rule, the deadlines that fell due in the last 3 and 12 months and how many of them were met on time. A
 * deadline "fell due" in a period when its due date lies in it and it is settled: met (on time or late), overdue, or
 * breached. One still open and not yet past its due date is not counted yet; nor is one met early whose due date is
 * still to come, so each deadline is counted once, in the period of its due date. Only MET is on time.
 */
final class OnTimeCounts {

    private final LocalDate today;
    private final LocalDate threeMonthsAgo;
    private final LocalDate twelveMonthsAgo;
    private final Map<RuleId, int[]> rows = new EnumMap<>(RuleId.class);

    public OnTimeCounts(LocalDate today) {
        this.today = today;
        this.threeMonthsAgo = today.minusMonths(3);
        this.twelveMonthsAgo = today.minusMonths(12);
    }

    /** One case's (or many cases') deadlines, counted as of {@code today}. */
    public static List<RuleCounts> of(List<Deadline> deadlines, LocalDate today) {
        OnTimeCounts counts = new OnTimeCounts(today);
        deadlines.forEach(d -> counts.add(d.rule(), d.status(), d.dueDate()));
        return counts.counts();
    }

    /** Counts one deadline, if it fell due in the last 12 months. */
    public void add(RuleId rule, DeadlineStatus status, LocalDate dueDate) {
        if (dueDate == null || !isSettled(status) || dueDate.isAfter(today) || !dueDate.isAfter(twelveMonthsAgo)) {
            return;
        }
        int onTime = status == DeadlineStatus.MET ? 1 : 0;
        int[] row = rows.computeIfAbsent(rule, r -> new int[4]);
        row[2]++;
        row[3] += onTime;
        if (dueDate.isAfter(threeMonthsAgo)) {
            row[0]++;
            row[1] += onTime;
        }
    }

    private static boolean isSettled(DeadlineStatus status) {
        return switch (status) {
            case MET, MET_LATE, OVERDUE, BREACHED -> true;
            case UPCOMING, DUE_SOON, NOT_APPLICABLE -> false;
        };
    }

    /** Every rule that had a deadline fall due in the last 12 months, in rule order. */
    public List<RuleCounts> counts() {
        return rows.entrySet().stream()
                .map(e -> new RuleCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}
