package org.cinplan.dashboard;

import org.cinplan.schedule.DeadlineStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnTimeTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void onlySettledDeadlinesThatFellDueCountAndOnlyMetIsOnTime() {
        OnTimeTally tally = new OnTimeTally(TODAY);
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.MET, TODAY.minusDays(10));
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.MET_LATE, TODAY.minusDays(30));
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.OVERDUE, TODAY.minusDays(2));
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.BREACHED, TODAY.minusDays(3));
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.DUE_SOON, TODAY);
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.UPCOMING, TODAY.plusDays(9));
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.MET, TODAY.plusDays(5)); // met early: counts when due
        tally.add("VISIT_INTERVAL", "Visit", DeadlineStatus.NOT_APPLICABLE, null);

        RuleOnTime visits = tally.byRule().get(0);

        assertThat(visits.lastThreeMonths()).isEqualTo(new OnTimeShare(1, 4));
        assertThat(visits.lastThreeMonths().percent()).isEqualTo(25);
    }

    @Test
    void theThreeMonthShareIsPartOfTheTwelveMonthOneAndOlderDeadlinesAreLeftOut() {
        OnTimeTally tally = new OnTimeTally(TODAY);
        tally.add("INITIAL_MEETING", "Initial meeting", DeadlineStatus.MET, TODAY.minusMonths(3)); // exactly 3 months: older
        tally.add("INITIAL_MEETING", "Initial meeting", DeadlineStatus.MET, TODAY.minusMonths(3).plusDays(1));
        tally.add("INITIAL_MEETING", "Initial meeting", DeadlineStatus.MET_LATE, TODAY.minusMonths(11));
        tally.add("INITIAL_MEETING", "Initial meeting", DeadlineStatus.MET, TODAY.minusMonths(12)); // outside
        tally.add("INITIAL_MEETING", "Initial meeting", DeadlineStatus.MET, TODAY.minusYears(3));

        RuleOnTime initial = tally.byRule().get(0);

        assertThat(initial.ruleTitle()).isEqualTo("Initial meeting");
        assertThat(initial.lastThreeMonths()).isEqualTo(new OnTimeShare(1, 1));
        assertThat(initial.lastTwelveMonths()).isEqualTo(new OnTimeShare(2, 3));
        assertThat(initial.lastTwelveMonths().percent()).isEqualTo(67);
    }

    @Test
    void rulesComeWorstFirstAndARuleWithNothingRecentHasNoShareRatherThanZero() {
        OnTimeTally tally = new OnTimeTally(TODAY);
        tally.add("A_RULE", "Good", DeadlineStatus.MET, TODAY.minusDays(1));
        tally.add("B_RULE", "Bad", DeadlineStatus.OVERDUE, TODAY.minusDays(1));
        tally.add("C_RULE", "Old", DeadlineStatus.MET_LATE, TODAY.minusMonths(6));

        List<RuleOnTime> rules = tally.byRule();

        assertThat(rules).extracting(RuleOnTime::ruleId).containsExactly("B_RULE", "C_RULE", "A_RULE");
        RuleOnTime old = rules.get(1);
        assertThat(old.lastThreeMonths().fellDue()).isZero();
        assertThat(old.lastThreeMonths().percent()).isNull();
        assertThat(new OnTimeTally(TODAY).byRule()).isEmpty();
    }

    @Test
    void aShareCannotHaveMoreOnTimeThanFellDue() {
        assertThatThrownBy(() -> new OnTimeShare(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OnTimeShare(2, 3).percent()).isEqualTo(67);
        assertThat(new OnTimeShare(1, 8).percent()).isEqualTo(13);
    }
}
