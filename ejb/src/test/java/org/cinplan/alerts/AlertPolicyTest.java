package org.cinplan.alerts;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.RuleId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AlertPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private final AlertPolicy policy = new AlertPolicy(5);

    private static Deadline deadline(LocalDate due, DeadlineStatus status, LocalDate metOn) {
        return new Deadline(RuleId.VISIT_INTERVAL, "visit", due, null, status, metOn, null, "last visit",
                due.minusWeeks(3), CouncilCode.READING, 1, "Berkshire West guidance, Appendix 4", List.of(), List.of(),
                "Visit due by " + due);
    }

    private static Optional<AlertPolicy.Current> current(AlertState state, LocalDate due) {
        return Optional.of(new AlertPolicy.Current(state, due));
    }

    @Test
    void nothingDueSoonOrOverdueAndNoAlertKeepsNothing() {
        assertThat(policy.decide(Optional.empty(), List.of(deadline(TODAY.plusDays(20), DeadlineStatus.UPCOMING, null)), TODAY))
                .isInstanceOf(AlertPolicy.Keep.class);
    }

    @Test
    void aDeadlineDueSoonRaisesADueSoonAlert() {
        AlertPolicy.Decision decision = policy.decide(Optional.empty(),
                List.of(deadline(TODAY.plusDays(2), DeadlineStatus.DUE_SOON, null)), TODAY);
        assertThat(decision).isEqualTo(new AlertPolicy.Open(AlertState.DUE_SOON,
                deadline(TODAY.plusDays(2), DeadlineStatus.DUE_SOON, null), true, false));
    }

    @Test
    void theSameStateForTheSameDeadlineIsKeptSoARerunChangesNothing() {
        LocalDate due = TODAY.plusDays(2);
        assertThat(policy.decide(current(AlertState.DUE_SOON, due), List.of(deadline(due, DeadlineStatus.DUE_SOON, null)), TODAY))
                .isInstanceOf(AlertPolicy.Keep.class);
    }

    @Test
    void dueSoonBecomesOverdueAndCountsAsRaised() {
        LocalDate due = TODAY.minusDays(1);
        AlertPolicy.Decision decision = policy.decide(current(AlertState.DUE_SOON, due),
                List.of(deadline(due, DeadlineStatus.OVERDUE, null)), TODAY);
        assertThat(decision).isInstanceOfSatisfying(AlertPolicy.Open.class, open -> {
            assertThat(open.state()).isEqualTo(AlertState.OVERDUE);
            assertThat(open.raised()).isTrue();
            assertThat(open.escalation()).isFalse();
        });
    }

    @Test
    void overdueForTheEscalationDaysEscalates() {
        LocalDate due = TODAY.minusDays(5);
        AlertPolicy.Decision decision = policy.decide(current(AlertState.OVERDUE, due),
                List.of(deadline(due, DeadlineStatus.OVERDUE, null)), TODAY);
        assertThat(decision).isInstanceOfSatisfying(AlertPolicy.Open.class, open -> {
            assertThat(open.state()).isEqualTo(AlertState.ESCALATED);
            assertThat(open.escalation()).isTrue();
        });
    }

    @Test
    void overdueForOneDayLessThanTheEscalationDaysStaysOverdue() {
        LocalDate due = TODAY.minusDays(4);
        assertThat(policy.decide(current(AlertState.OVERDUE, due), List.of(deadline(due, DeadlineStatus.OVERDUE, null)), TODAY))
                .isInstanceOf(AlertPolicy.Keep.class);
    }

    @Test
    void anEscalatedAlertIsNotTakenBack() {
        LocalDate due = TODAY.minusDays(9);
        assertThat(policy.decide(current(AlertState.ESCALATED, due), List.of(deadline(due, DeadlineStatus.OVERDUE, null)), TODAY))
                .isInstanceOf(AlertPolicy.Keep.class);
    }

    @Test
    void aMetDeadlineResolvesTheAlertWithTheDateItWasMet() {
        LocalDate due = TODAY.minusDays(1);
        LocalDate met = TODAY.minusDays(3);
        AlertPolicy.Decision decision = policy.decide(current(AlertState.DUE_SOON, due),
                List.of(deadline(due, DeadlineStatus.MET, met), deadline(met.plusWeeks(3), DeadlineStatus.UPCOMING, null)), TODAY);
        assertThat(decision).isEqualTo(new AlertPolicy.Resolve(met));
    }

    @Test
    void aRuleThatNoLongerAppliesResolvesWithNoMetDate() {
        assertThat(policy.decide(current(AlertState.OVERDUE, TODAY.minusDays(2)), List.of(), TODAY))
                .isEqualTo(new AlertPolicy.Resolve(null));
    }

    @Test
    void aNewOccurrenceReRaisesAResolvedAlert() {
        LocalDate next = TODAY.plusDays(1);
        AlertPolicy.Decision decision = policy.decide(current(AlertState.RESOLVED, TODAY.minusWeeks(3)),
                List.of(deadline(next, DeadlineStatus.DUE_SOON, null)), TODAY);
        assertThat(decision).isInstanceOfSatisfying(AlertPolicy.Open.class, open -> {
            assertThat(open.deadline().dueDate()).isEqualTo(next);
            assertThat(open.raised()).isTrue();
        });
    }

    @Test
    void theMostUrgentOpenOccurrenceIsTheOneAlerted() {
        LocalDate older = TODAY.minusDays(8);
        AlertPolicy.Decision decision = policy.decide(Optional.empty(),
                List.of(deadline(TODAY.plusDays(1), DeadlineStatus.DUE_SOON, null), deadline(older, DeadlineStatus.OVERDUE, null)), TODAY);
        assertThat(decision).isInstanceOfSatisfying(AlertPolicy.Open.class, open -> {
            assertThat(open.deadline().dueDate()).isEqualTo(older);
            assertThat(open.state()).isEqualTo(AlertState.ESCALATED);
        });
    }

    @Test
    void aBreachIsAlertedLikeAnOverdueDeadline() {
        LocalDate due = TODAY.minusDays(1);
        assertThat(policy.decide(Optional.empty(), List.of(deadline(due, DeadlineStatus.BREACHED, null)), TODAY))
                .isInstanceOfSatisfying(AlertPolicy.Open.class, open -> assertThat(open.state()).isEqualTo(AlertState.OVERDUE));
    }

    @Test
    void onAClosedCaseABreachNeedsNoOnesAttentionAndItsAlertIsResolved() {
        LocalDate due = TODAY.minusDays(30);
        AlertPolicy.Current open = new AlertPolicy.Current(AlertState.ESCALATED, due);
        List<Deadline> breached = List.of(deadline(due, DeadlineStatus.BREACHED, null));

        assertThat(policy.decide(Optional.of(open), breached, TODAY, true)).isInstanceOf(AlertPolicy.Resolve.class);
        assertThat(policy.decide(Optional.empty(), breached, TODAY, true)).isInstanceOf(AlertPolicy.Keep.class);
        assertThat(policy.decide(Optional.of(open), breached, TODAY, false)).as("still open: the breach is alerted")
                .isInstanceOf(AlertPolicy.Keep.class);
    }
}
