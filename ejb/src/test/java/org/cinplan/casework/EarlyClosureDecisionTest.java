package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MinimumDuration;
import org.cinplan.schedule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A manager's decision that a plan may close before its minimum (MIN_DURATION_AFTER_CP, MIN_DURATION_FROM_START). */
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

    /** The minimum the service hands over; its dates do not matter to the decision's own checks. */
    private static final MinimumDuration MINIMUM = new MinimumDuration(RuleId.MIN_DURATION_AFTER_CP,
            "end of the child protection plan", CP_ENDED, CP_ENDED.plusMonths(3), "3 months", null);

    @Test
    void aDecisionOnAStepDownCaseKeepsItsDateManagerAndReason() {
        CaseCheckpoint decision = CaseCheckpoint.earlyClosureDecision(stepDown(), MINIMUM, TODAY.minusDays(2), TODAY, "tm.demo",
                "  Family engaging well; early help in place  ");

        assertThat(decision.kind()).isEqualTo(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION);
        assertThat(decision.recordedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(decision.recordedBy()).isEqualTo("tm.demo");
        assertThat(decision.note()).isEqualTo("Family engaging well; early help in place");
    }

    @Test
    void aDecisionNeedsAReasonAndADateFromTheEndOfTheChildProtectionPlanToToday() {
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), MINIMUM, TODAY, TODAY, "tm.demo", " "))
                .hasMessage("Give the reason the plan may close early");
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), MINIMUM, TODAY.plusDays(1), TODAY, "tm.demo", "Why"))
                .hasMessage("The date of the decision cannot be in the future");
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(stepDown(), MINIMUM, CP_ENDED.minusDays(1), TODAY, "tm.demo",
                "Why")).hasMessage("The decision cannot come before the child protection plan ended");
    }

    @Test
    void onlyAnOpenCaseWithAMinimumTakesADecision() {
        Episode standard = Episode.open(child(), EpisodeType.STANDARD, TODAY.minusDays(60), TODAY.minusDays(50), "N1", false);
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(standard, null, TODAY, TODAY, "tm.demo", "Why"))
                .hasMessageContaining("did not follow a child protection plan")
                .hasFieldOrPropertyWithValue("rule", "MIN_DURATION_FROM_START");
        Episode closed = stepDown();
        closed.close(TODAY.minusDays(1), "RC7", TODAY.atTime(9, 0));
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(closed, MINIMUM, TODAY, TODAY, "tm.demo", "Why"))
                .hasMessage("The case has already closed");
    }

    @Test
    void aBerkshireWestPlanTakesADecisionFromItsDecisionDate() {
        Episode standard = Episode.open(child(), EpisodeType.STANDARD, TODAY.minusDays(60), TODAY.minusDays(50), "N1", false);
        MinimumDuration fromStart = new MinimumDuration(RuleId.MIN_DURATION_FROM_START, "plan start (first meeting)",
                TODAY.minusDays(40), TODAY.minusDays(40).plusMonths(3), "3 months", null);

        assertThat(CaseCheckpoint.earlyClosureDecision(standard, fromStart, TODAY, TODAY, "tm.demo", "Why").recordedOn())
                .isEqualTo(TODAY);
        assertThatThrownBy(() -> CaseCheckpoint.earlyClosureDecision(standard, fromStart, TODAY.minusDays(51), TODAY,
                "tm.demo", "Why")).hasMessage("The decision cannot come before the decision that a CIN plan is needed");
    }
}
