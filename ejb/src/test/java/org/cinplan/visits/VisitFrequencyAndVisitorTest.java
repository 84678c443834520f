package org.cinplan.visits;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.VisitFrequency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who visited and whom (RULES.md v2 change 10), and the checks on an agreed visit frequency, with no container. */
class VisitFrequencyAndVisitorTest {

    private static final LocalDate DECIDED = LocalDate.of(2027, 1, 4);
    private static final LocalDate INITIAL = LocalDate.of(2027, 1, 11);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    private static Episode episode() {
        Family family = new Family(new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST), "Test family");
        Child child = new Child(family, "RDG999990", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, org.cinplan.schedule.EpisodeType.STANDARD, DECIDED.minusDays(10), DECIDED, "N1", false);
    }

    private static AgreedVisitFrequency agreed(LocalDate on, VisitFrequency.Basis basis, String reason, LocalDate initialHeld) {
        return new AgreedVisitFrequency(episode(), new VisitFrequencyForm(2, PeriodUnit.WEEKS, on, basis, reason), initialHeld,
                TODAY, "sw.test", TODAY.atTime(9, 0));
    }

    @Test
    void aFrequencyAgreedAtTheInitialMeetingIsDatedThatDay() {
        assertThat(agreed(INITIAL, VisitFrequency.Basis.INITIAL_MEETING, null, INITIAL).toFrequency())
                .isEqualTo(new VisitFrequency(INITIAL, Timescale.weeks(2), VisitFrequency.Basis.INITIAL_MEETING));
        assertThatThrownBy(() -> agreed(INITIAL.plusDays(1), VisitFrequency.Basis.INITIAL_MEETING, null, INITIAL))
                .hasMessage("The initial meeting was held on 11 Jan 2027: a frequency agreed at it is dated that day")
                .hasFieldOrPropertyWithValue("rule", "VISIT_INTERVAL");
        assertThatThrownBy(() -> agreed(INITIAL, VisitFrequency.Basis.INITIAL_MEETING, null, null))
                .hasMessageContaining("has not been recorded yet");
    }

    @Test
    void aFrequencyRaisedForRiskSaysWhatRiskFromTheDecisionToToday() {
        assertThat(agreed(DECIDED, VisitFrequency.Basis.RISK, " Just stepped down from child protection ", null).toView())
                .satisfies(v -> {
                    assertThat(v.inWords()).isEqualTo("every 2 weeks, raised for risk on 4 Jan 2027");
                    assertThat(v.reason()).isEqualTo("Just stepped down from child protection");
                });
        assertThatThrownBy(() -> agreed(DECIDED, VisitFrequency.Basis.RISK, " ", null)).hasMessage("Say what risk the frequency was raised for");
        assertThatThrownBy(() -> agreed(DECIDED.minusDays(1), VisitFrequency.Basis.RISK, "Risk", null))
                .hasMessageContaining("before the decision");
        assertThatThrownBy(() -> agreed(TODAY.plusDays(1), VisitFrequency.Basis.RISK, "Risk", null))
                .hasMessage("The day it was agreed cannot be in the future");
    }

    @Test
    void aVisitNamesItsVisitorAndRoleAndAnyoneElseVisited() {
        Visit visit = new Visit(episode(), TODAY, true, false, false, null, null, "Meet dad about contact");
        assertThatThrownBy(() -> visit.describe(true, " ", "Social worker", VisitOf.CHILD, null)).hasMessage("Say who visited");
        assertThatThrownBy(() -> visit.describe(true, "Sam Walker", null, VisitOf.CHILD, null)).hasMessage("Say the visitor's role");
        assertThatThrownBy(() -> visit.describe(true, "Sam Walker", "Social worker", VisitOf.YOUNG_PARENT, ""))
                .hasMessage("Name the person visited (a young parent)");

        visit.describe(false, " Sam Walker ", "Social worker", VisitOf.NON_RESIDENT_PARENT, " Dan Test ");

        assertThat(visit.isFaceToFace()).isFalse();
        assertThat(visit.visitedBy()).isEqualTo("Sam Walker");
        assertThat(visit.personVisited()).isEqualTo("Dan Test");
        assertThat(visit.visitOf()).isEqualTo(VisitOf.NON_RESIDENT_PARENT);
    }

    @Test
    void aFormForSomeoneAroundTheChildNamesThemAndAsksNoReasonForNotSeeingTheChildAlone() {
        VisitForm father = new VisitForm(TODAY, true, true, false, null, null, "Contact", null, null, true, null, null,
                VisitOf.NON_RESIDENT_PARENT, null);
        assertThat(father.isPersonNamedWhenNotTheChild()).isFalse();
        assertThat(father.isReasonGivenWhenNotAlone()).isTrue();
        assertThat(new VisitForm(TODAY, true, true, true, null, null, "See the child", null, null).isPersonNamedWhenNotTheChild())
                .isTrue();
    }
}
