package org.cinplan.web.planning;

import org.cinplan.meetings.MinutesForm;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.SmartOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Minutes and write-ups start from the plan in force (issue 17 item 6), never over what someone has typed. */
class StartFromThePlanTest {

    private static final PlanContents PLAN = new PlanContents("Safe, settled sleep",
            List.of(new SmartOutcome("Sleeps in own bed", "Mother's diary", LocalDate.of(2027, 3, 1)),
                    new SmartOutcome("Attends school", "School register", LocalDate.of(2027, 4, 30))),
            List.of(new PlanAction("Bedtime routine", "Kim Yates", OwnerKind.values()[0], LocalDate.of(2027, 2, 1),
                    ActionStatus.values()[0])),
            List.of(), null, null, null, "Grandmother looks after the children", null, null, List.of());

    @Test
    void theMinutesStartWithThePlansNeedsOutcomesActionsAndContingency() {
        MinutesForm minutes = new MinutesForm();
        assertThat(StartFromThePlan.untouched(minutes)).isTrue();

        StartFromThePlan.fill(minutes, PLAN);

        assertThat(minutes.getNeeds()).isEqualTo("Safe, settled sleep");
        assertThat(minutes.getOutcomesAndTimescales()).isEqualTo(
                "Sleeps in own bed (measured by: Mother's diary), by 01/03/2027\n"
                        + "Attends school (measured by: School register), by 30/04/2027");
        assertThat(minutes.getActions()).startsWith("Bedtime routine: Kim Yates (").contains("by 01/02/2027; ");
        assertThat(minutes.getContingency()).isEqualTo("Grandmother looks after the children");
        assertThat(minutes.getSummary()).as("what the plan does not hold stays for the meeting").isNull();
    }

    @Test
    void minutesAlreadyBegunAreNotStartedAgain() {
        MinutesForm minutes = new MinutesForm();
        minutes.setContingency("Typed at the meeting");
        assertThat(StartFromThePlan.untouched(minutes)).isFalse();
    }

    @Test
    void aWriteUpStartsWithThePlansOutcomesAsHeadings() {
        assertThat(StartFromThePlan.outcomeHeadings(PLAN)).isEqualTo("Sleeps in own bed:\n\nAttends school:\n\n");
        assertThat(StartFromThePlan.outcomeHeadings(PlanContents.none())).isNull();
    }
}
