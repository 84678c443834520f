package org.cinplan.schedule;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ICPC_WITHIN_15WD: the initial child protection conference's target, 15 working days after the strategy discussion. */
class InitialConferenceTargetTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

    @Test
    void fifteenWorkingDaysAfterTheStrategyDiscussionSkippingWeekends() {
        StatutoryTarget target = new DeadlineEngine(calendar).initialConferenceTarget(of(2026, 11, 2));

        assertThat(target.rule()).isEqualTo(StatutoryRule.ICPC_WITHIN_15WD);
        assertThat(target.dueDate()).isEqualTo(of(2026, 11, 23));
        assertThat(target.explanation()).startsWith("Initial child protection conference due by 23 Nov 2026: 15 working"
                + " days after the strategy discussion of 2 Nov 2026");
    }

    @Test
    void easterBankHolidaysMoveTheTargetAndAreNamed() {
        // Good Friday 3 Apr and Easter Monday 6 Apr 2026 fall within the 15 working days after Friday 20 March
        StatutoryTarget target = new DeadlineEngine(calendar).initialConferenceTarget(of(2026, 3, 20));

        assertThat(target.dueDate()).isEqualTo(of(2026, 4, 14));
        assertThat(target.explanation()).endsWith("3 Apr and 6 Apr are bank holidays.");
    }

    @Test
    void aCouncilsOwnClosureDoesNotMoveTheStatutoryTarget() {
        WorkingDayCalendar closed = calendar.withClosure(new Closure(of(2026, 11, 10), "Office move"));

        assertThat(new DeadlineEngine(closed).initialConferenceTarget(of(2026, 11, 2)).dueDate()).isEqualTo(of(2026, 11, 23));
    }

    @Test
    void theStrategyDiscussionDateIsRequired() {
        assertThatThrownBy(() -> new DeadlineEngine(calendar).initialConferenceTarget(null))
                .hasMessageContaining("strategy discussion");
    }
}
