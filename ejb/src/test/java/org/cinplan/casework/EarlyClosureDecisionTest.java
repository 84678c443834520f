package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A manager's decision that a plan after step-down from child protection may close early (MIN_DURATION_AFTER_CP). */
class EarlyClosureDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate CP_ENDED = TODAY.minusDays(30);

    private static Child child() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        return new Child(family, "SUF999997", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
    }

    private static Episode stepDown() {
        return Episode.stepDownFromChildProtection(child(), CP_ENDED.minusDays(200), CP_ENDED, "N1");
    }

    @Test
    void aDecisionOnAStepDownCaseKeepsItsDateManagerAndReason() {
        CaseCheckpoint decision = CaseCheckpoint.earlyClosureDecision(stepDown(), TODAY.minusDays(2), TODAY, "tm.demo",
                "  Family engaging well; early help in place  ");

        assertThat(decision.kind()).isEqualTo(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION);
        assertThat(decision.recordedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(decision.recordedBy()).isEqualTo("tm.demo");
        assertThat(decision.note()).isEqualTo("Family engaging well; early help in place");
    }

    @Test
    void aDecisionNeedsAReasonAndADateFromTheEndOfTheChildProtectionPlanToToday() {
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), TODAY, TODAY, "tm.demo", " "))
                .hasMessage("Give the reason the plan may close early");
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), TODAY.plusDays(1), TODAY, "tm.demo", "Why"))
                .hasMessage("The date of the decision cannot be in the future");
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), CP_ENDED.minusDays(1), TODAY, "tm.demo",
                "Why")).hasMessage("The decision cannot come before the child protection plan ended");
    }

    @Test
    void onlyAnOpenStepDownCaseTakesADecision() {
        Episode standard = Episode.open(child(), EpisodeType.STANDARD, TODAY.minusDays(60), TODAY.minusDays(50), "N1", false);
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(standard, TODAY, TODAY, "tm.demo", "Why"))
                .hasMessageContaining("did not follow a child protection plan");
        Episode closed = stepDown();
        closed.close(TODAY.minusDays(1), "RC7", TODAY.atTime(9, 0));
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(closed, TODAY, TODAY, "tm.demo", "Why"))
                .hasMessage("The case has already closed");
    }
}
