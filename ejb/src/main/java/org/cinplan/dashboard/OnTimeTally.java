package org.cinplan.dashboard;

import org.cinplan.schedule.DeadlineStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up, per rule, the deadlines that fell due in the last 3 and 12 months and how many of them were met on
 * time. A deadline "fell due" in a period when its due date lies in it and it is settled: met (on time or late),
 * overdue, or breached. One still open and not yet past its due date is not counted yet; nor is one met early
 * whose due date is still to come, so each deadline is counted once, in the period of its due date.
 */
final class OnTimeTally {

    private final LocalDate today;
    private final LocalDate threeMonthsAgo;
    private final LocalDate twelveMonthsAgo;
    private final Map<String, Row> rows = new TreeMap<>();

    public OnTimeTally(LocalDate today) {
        this.today = today;
        this.threeMonthsAgo = today.minusMonths(3);
        this.twelveMonthsAgo = today.minusMonths(12);
    }

    /** Counts one deadline, if it fell due in the last 12 months. */
    public void add(String ruleId, String ruleTitle, DeadlineStatus status, LocalDate dueDate) {
        if (dueDate == null || !isSettled(status) || dueDate.isAfter(today) || !dueDate.isAfter(twelveMonthsAgo)) {
            return;
        }
        boolean onTime = status == DeadlineStatus.MET;
        Row row = rows.computeIfAbsent(ruleId, id -> new Row(ruleTitle));
        row.twelve = row.twelve.plus(onTime);
        if (dueDate.isAfter(threeMonthsAgo)) {
            row.three = row.three.plus(onTime);
        }
    }

    private static boolean isSettled(DeadlineStatus status) {
        return switch (status) {
            case MET, MET_LATE, OVERDUE, BREACHED -> true;
            case UPCOMING, DUE_SOON, NOT_APPLICABLE -> false;
        };
    }

    /** Every rule that had a deadline fall due, worst 12-month share first (the ones to look at), then by rule id. */
    public List<RuleOnTime> byRule() {
        return rows.entrySet().stream()
                .map(entry -> new RuleOnTime(entry.getKey(), entry.getValue().title, entry.getValue().three,
                        entry.getValue().twelve))
                .sorted(Comparator.comparing((RuleOnTime rule) -> rule.lastTwelveMonths().percent(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static final class Row {
        private final String title;
        private OnTimeShare three = new OnTimeShare(0, 0);
        private OnTimeShare twelve = new OnTimeShare(0, 0);

        private Row(String title) {
            this.title = title;
        }
    }
}
