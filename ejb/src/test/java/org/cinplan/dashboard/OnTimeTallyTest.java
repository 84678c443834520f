package org.cinplan.dashboard;

import org.cinplan.schedule.RuleId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnTimeTallyTest {

    @Test
    void casesCountsAddUpPerRule() {
        OnTimeTally tally = new OnTimeTally();
        tally.add(RuleId.VISIT_INTERVAL, 1, 1, 3, 2);
        tally.add(RuleId.VISIT_INTERVAL, 3, 0, 3, 0);

        RuleOnTime visits = tally.byRule().get(0);

        assertThat(visits.ruleTitle()).isEqualTo(RuleId.VISIT_INTERVAL.title());
        assertThat(visits.lastThreeMonths()).isEqualTo(new OnTimeShare(1, 4));
        assertThat(visits.lastTwelveMonths()).isEqualTo(new OnTimeShare(2, 6));
        assertThat(visits.lastThreeMonths().percent()).isEqualTo(25);
    }

    @Test
    void rulesComeWorstFirstAndARuleWithNothingRecentHasNoShareRatherThanZero() {
        OnTimeTally tally = new OnTimeTally();
        tally.add(RuleId.INITIAL_MEETING, 1, 1, 1, 1);
        tally.add(RuleId.VISIT_INTERVAL, 1, 0, 1, 0);
        tally.add(RuleId.MINUTES_DISTRIBUTED, 0, 0, 1, 0);
        tally.add(RuleId.SEEN_ALONE, 0, 0, 0, 0);

        List<RuleOnTime> rules = tally.byRule();

        assertThat(rules).extracting(RuleOnTime::ruleId)
                .containsExactly("MINUTES_DISTRIBUTED", "VISIT_INTERVAL", "INITIAL_MEETING");
        RuleOnTime old = rules.get(0);
        assertThat(old.lastThreeMonths().fellDue()).isZero();
        assertThat(old.lastThreeMonths().percent()).isNull();
        assertThat(new OnTimeTally().byRule()).isEmpty();
    }

    @Test
    void aShareCannotHaveMoreOnTimeThanFellDue() {
        assertThatThrownBy(() -> new OnTimeShare(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OnTimeShare(2, 3).percent()).isEqualTo(67);
    }
}
