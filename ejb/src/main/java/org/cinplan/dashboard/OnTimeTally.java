package org.cinplan.dashboard;

import org.cinplan.schedule.RuleId;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up, per rule, the cases' on-time counts (see {@code deadlines.OnTimeCounts}, stored per case by
 * {@code deadlines.DeadlineSummaries}) into shares over the last 3 and 12 months.
 */
final class OnTimeTally {

    private final Map<RuleId, Row> rows = new EnumMap<>(RuleId.class);

    void add(RuleId rule, int fellDueThree, int onTimeThree, int fellDueTwelve, int onTimeTwelve) {
        Row row = rows.computeIfAbsent(rule, r -> new Row());
        row.three = row.three.plus(onTimeThree, fellDueThree);
        row.twelve = row.twelve.plus(onTimeTwelve, fellDueTwelve);
    }

    /** Every rule that had a deadline fall due, worst 12-month share first (the ones to look at), then by rule id. */
    List<RuleOnTime> byRule() {
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().twelve.fellDue() > 0)
                .map(entry -> new RuleOnTime(entry.getKey().name(), entry.getKey().title(), entry.getValue().three,
                        entry.getValue().twelve))
                .sorted(Comparator.comparing((RuleOnTime rule) -> rule.lastTwelveMonths().percent(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(RuleOnTime::ruleId))
                .toList();
    }

    private static final class Row {
        private OnTimeShare three = new OnTimeShare(0, 0);
        private OnTimeShare twelve = new OnTimeShare(0, 0);
    }
}
