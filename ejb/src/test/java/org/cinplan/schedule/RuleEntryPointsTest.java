package org.cinplan.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's per-rule entry points, which services ask instead of working a rule out themselves; each must give the
 * dates the deadlines give.
 */
class RuleEntryPointsTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    private static final DeadlineEngine ENGINE = new DeadlineEngine(CALENDAR);
    private static final LocalDate HELD = LocalDate.of(2027, 1, 4);

    private static PolicyProfile profile(CouncilCode council) {
        return StandardProfiles.history(council).effectiveOn(HELD);
    }

    private static ReviewWindow after(CouncilCode council, EpisodeType type, boolean first) {
        return ENGINE.reviewWindow(profile(council), type, first, HELD, HELD, null).orElseThrow();
    }

    @Test
    void suffolkReviewsFallInAWindowOfEightToTwelveWeeks() {
        ReviewWindow window = after(CouncilCode.SUFFOLK, EpisodeType.STANDARD, true);

        assertThat(window.rule()).isEqualTo(RuleId.REVIEW_INTERVAL);
        assertThat(window.earliest()).isEqualTo(HELD.plusWeeks(8));
        assertThat(window.latest()).isEqualTo(HELD.plusWeeks(12));
        assertThat(window.allows(HELD.plusWeeks(8))).isTrue();
        assertThat(window.allows(HELD.plusWeeks(12))).isTrue();
        assertThat(window.allows(HELD.plusWeeks(8).minusDays(1))).as("too early").isFalse();
        assertThat(window.allows(HELD.plusWeeks(12).plusDays(1))).as("too late").isFalse();
        assertThat(window.refusal(HELD.plusWeeks(4)))
                .contains("between 1 Mar 2027 and 29 Mar 2027", "Suffolk", "rationale", "1 Feb 2027");
    }

    @Test
    void berkshireWestReviewsAreDueAtMostAnIntervalLaterWithNoEarliestDate() {
        ReviewWindow reading = after(CouncilCode.READING, EpisodeType.STANDARD, true);
        assertThat(reading.earliest()).isNull();
        assertThat(reading.latest()).isEqualTo(HELD.plusWeeks(6));
        assertThat(reading.allows(HELD.plusDays(1))).isTrue();
        assertThat(reading.allows(HELD.plusWeeks(6).plusDays(1))).isFalse();
        assertThat(reading.allowedDates()).isEqualTo("on or before 15 Feb 2027");

        ReviewWindow westBerkshire = after(CouncilCode.WEST_BERKSHIRE, EpisodeType.STANDARD, false);
        assertThat(westBerkshire.latest()).isEqualTo(HELD.plusMonths(3));
    }

    @Test
    void aSuffolkSupervisionOrderIsReviewedWithinEightWeeks() {
        ReviewWindow window = after(CouncilCode.SUFFOLK, EpisodeType.SUPERVISION_ORDER, false);

        assertThat(window.rule()).isEqualTo(RuleId.SO_REVIEW);
        assertThat(window.earliest()).isNull();
        assertThat(window.latest()).isEqualTo(HELD.plusWeeks(8));
    }

    @Test
    void aSuffolkPlanPastTwelveMonthsWithExceptionalCircumstancesIsReviewedSixMonthly() {
        LocalDate planStart = HELD.minusMonths(13);

        ReviewWindow window = ENGINE.reviewWindow(profile(CouncilCode.SUFFOLK), EpisodeType.STANDARD, false, HELD,
                planStart, HELD.minusMonths(2)).orElseThrow();

        assertThat(window.earliest()).isNull();
        assertThat(window.latest()).isEqualTo(HELD.plusMonths(6));
    }

    @ParameterizedTest
    @EnumSource(CouncilCode.class)
    void theReviewWindowIsTheOneTheDeadlinesUse(CouncilCode council) {
        LocalDate initial = LocalDate.of(2027, 1, 6);
        LocalDate review = LocalDate.of(2027, 2, 10);
        CaseHistory history = CaseHistory.builder().council(council).dateOfBirth(LocalDate.of(2015, 5, 1))
                .decisionDate(LocalDate.of(2026, 12, 18)).meeting(Meeting.initial(initial))
                .meeting(Meeting.review(review)).build();
        List<Deadline> reviews = ENGINE.evaluate(history, StandardProfiles.history(council), LocalDate.of(2027, 2, 11))
                .stream().filter(d -> d.rule() == RuleId.REVIEW_INTERVAL).toList();
        assertThat(reviews).hasSize(2);

        ReviewWindow afterInitial = ENGINE.reviewWindow(StandardProfiles.history(council).effectiveOn(initial),
                EpisodeType.STANDARD, true, initial, initial, null).orElseThrow();
        ReviewWindow afterReview = ENGINE.reviewWindow(StandardProfiles.history(council).effectiveOn(review),
                EpisodeType.STANDARD, false, review, initial, null).orElseThrow();

        assertThat(afterInitial.earliest()).isEqualTo(reviews.get(0).windowStart());
        assertThat(afterInitial.latest()).isEqualTo(reviews.get(0).dueDate());
        assertThat(afterReview.earliest()).isEqualTo(reviews.get(1).windowStart());
        assertThat(afterReview.latest()).isEqualTo(reviews.get(1).dueDate());
    }

    @Test
    void theBerkshireWestPlanUpdateDateIsWithinSixWeeksAndSuffolkSetsNone() {
        assertThat(ENGINE.latestPlanUpdate(profile(CouncilCode.READING), HELD)).contains(HELD.plusWeeks(6));
        assertThat(ENGINE.latestPlanUpdate(profile(CouncilCode.SUFFOLK), HELD)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CouncilCode.class)
    void aStepDownPlanStaysOpenTheMinimumTheDeadlinesShow(CouncilCode council) {
        LocalDate cpEnd = LocalDate.of(2027, 1, 15);
        CaseHistory history = CaseHistory.builder().council(council).dateOfBirth(LocalDate.of(2015, 5, 1))
                .decisionDate(cpEnd).episodeType(EpisodeType.STEP_DOWN_FROM_CP).childProtectionPlanEndDate(cpEnd).build();
        Deadline deadline = ENGINE.evaluate(history, StandardProfiles.history(council), LocalDate.of(2027, 2, 1)).stream()
                .filter(d -> d.rule() == RuleId.MIN_DURATION_AFTER_CP).findFirst().orElseThrow();

        MinimumDuration rule = ENGINE.minimumDurationAfterCp(StandardProfiles.history(council),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, null).orElseThrow();

        assertThat(rule.openUntil()).isEqualTo(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(rule.minimum()).isEqualTo("3 months");
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 4, 14))).isFalse();
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 4, 15))).isTrue();
        assertThat(rule.refusal(LocalDate.of(2027, 3, 1))).contains("15 Apr 2027", "MIN_DURATION_AFTER_CP", "none is recorded");
    }

    @Test
    void aManagersDecisionLetsTheStepDownPlanCloseFromTheDayItWasMade() {
        LocalDate cpEnd = LocalDate.of(2027, 1, 15);
        MinimumDuration rule = ENGINE.minimumDurationAfterCp(StandardProfiles.history(CouncilCode.SUFFOLK),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, LocalDate.of(2027, 2, 1)).orElseThrow();

        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 2, 1))).isTrue();
    }

    @Test
    void theMinimumDurationAppliesOnlyAfterChildProtection() {
        assertThat(ENGINE.minimumDurationAfterCp(StandardProfiles.history(CouncilCode.SUFFOLK), EpisodeType.STANDARD,
                null, null)).isEmpty();
    }
}
