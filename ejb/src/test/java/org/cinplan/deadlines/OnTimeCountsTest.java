package org.cinplan.deadlines;

import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OnTimeCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void onlySettledDeadlinesThatFellDueCountAndOnlyMetIsOnTime() {
        OnTimeCounts counts = new OnTimeCounts(TODAY);
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.MET, TODAY.minusDays(10));
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.MET_LATE, TODAY.minusDays(30));
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.OVERDUE, TODAY.minusDays(2));
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.BREACHED, TODAY.minusDays(3));
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.DUE_SOON, TODAY);
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.UPCOMING, TODAY.plusDays(9));
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.MET, TODAY.plusDays(5)); // met early: counts when due
        counts.add(RuleId.VISIT_INTERVAL, DeadlineStatus.NOT_APPLICABLE, null);

        assertThat(counts.counts()).containsExactly(new RuleCounts(RuleId.VISIT_INTERVAL, 4, 1, 4, 1));
    }

    @Test
    void theThreeMonthCountIsPartOfTheTwelveMonthOneAndOlderDeadlinesAreLeftOut() {
        OnTimeCounts counts = new OnTimeCounts(TODAY);
        counts.add(RuleId.INITIAL_MEETING, DeadlineStatus.MET, TODAY.minusMonths(3)); // exactly 3 months: older
        counts.add(RuleId.INITIAL_MEETING, DeadlineStatus.MET, TODAY.minusMonths(3).plusDays(1));
        counts.add(RuleId.INITIAL_MEETING, DeadlineStatus.MET_LATE, TODAY.minusMonths(11));
        counts.add(RuleId.INITIAL_MEETING, DeadlineStatus.MET, TODAY.minusMonths(12)); // outside
        counts.add(RuleId.INITIAL_MEETING, DeadlineStatus.MET, TODAY.minusYears(3));
        counts.add(RuleId.SEEN_ALONE, DeadlineStatus.MET, TODAY.minusYears(2)); // nothing recent: no row

        assertThat(counts.counts()).containsExactly(new RuleCounts(RuleId.INITIAL_MEETING, 1, 1, 3, 2));
    }
}
