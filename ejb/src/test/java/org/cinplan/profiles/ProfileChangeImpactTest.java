package org.cinplan.profiles;

import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.StandardProfiles;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.Visit;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's comparison, on the real engine with Reading's standard profile. */
class ProfileChangeImpactTest {

    private final DeadlineEngine engine = new DeadlineEngine(WorkingDayCalendar.shipped());
    private final ProfileHistory reading = StandardProfiles.history(CouncilCode.READING);

    private ProfileHistory withVisitsEvery(Timescale interval, LocalDate from) {
        PolicyProfile latest = reading.latest();
        RuleSetting visits = latest.setting(RuleId.VISIT_INTERVAL).orElseThrow();
        return reading.withVersion(latest.nextVersion(from, Map.of(RuleId.VISIT_INTERVAL, visits.withTimescale(interval))));
    }

    private List<ProfileChangeImpact.Move> moves(CaseHistory history, ProfileHistory proposed, LocalDate today) {
        return ProfileChangeImpact.moves(engine.evaluate(history, reading, today), engine.evaluate(history, proposed, today));
    }

    private static CaseHistory.Builder readingCase(LocalDate decision) {
        return CaseHistory.builder().council(CouncilCode.READING).dateOfBirth(LocalDate.of(2015, 5, 1)).decisionDate(decision);
    }

    @Test
    void aShorterVisitIntervalMovesTheVisitThatCountsFromADecisionOnTheEffectiveDate() {
        LocalDate monday = LocalDate.of(2026, 11, 23);

        List<ProfileChangeImpact.Move> moves = moves(readingCase(monday).build(),
                withVisitsEvery(Timescale.weeks(2), monday), monday);

        assertThat(moves).containsExactly(new ProfileChangeImpact.Move(RuleId.VISIT_INTERVAL,
                "Visit after the decision of 23 Nov 2026", LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 7), false));
    }

    @Test
    void deadlinesCountingFromEventsBeforeTheEffectiveDateKeepTheirDueDates() {
        LocalDate decision = LocalDate.of(2026, 11, 23);

        assertThat(moves(readingCase(decision).build(), withVisitsEvery(Timescale.weeks(2), decision.plusDays(1)),
                decision.plusDays(1))).isEmpty();
    }

    @Test
    void aDeadlineThatFallsDueBeforeTodayUnderTheChangeBecomesOverdue() {
        LocalDate decision = LocalDate.of(2026, 11, 2);

        List<ProfileChangeImpact.Move> moves = moves(readingCase(decision).build(),
                withVisitsEvery(Timescale.weeks(1), decision), LocalDate.of(2026, 11, 20));

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.oldDueDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(move.newDueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(move.becomesOverdue()).isTrue();
        });
    }

    @Test
    void laterOccurrencesAreMatchedInOrderAndOnlyTheOnesThatMoveAreListed() {
        LocalDate decision = LocalDate.of(2026, 11, 2);
        CaseHistory history = readingCase(decision)
                .visit(new Visit(LocalDate.of(2026, 11, 12), true, true, null, LocalDate.of(2026, 11, 12)))
                .build();

        List<ProfileChangeImpact.Move> moves = moves(history, withVisitsEvery(Timescale.weeks(4), LocalDate.of(2026, 11, 10)),
                LocalDate.of(2026, 11, 16));

        assertThat(moves).as("the first visit counts from the decision, before the change; the next from the visit after it")
                .singleElement().satisfies(move -> {
                    assertThat(move.occurrence()).contains("12 Nov 2026");
                    assertThat(move.oldDueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
                    assertThat(move.newDueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
                    assertThat(move.becomesOverdue()).isFalse();
                });
    }
}
