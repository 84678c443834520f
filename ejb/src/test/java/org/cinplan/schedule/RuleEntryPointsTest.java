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
    void aSuffolkSupervisionOrdersFirstReviewIsWithinEightWeeksAndLaterOnesInTheOrdinaryWindow() {
        ReviewWindow first = after(CouncilCode.SUFFOLK, EpisodeType.SUPERVISION_ORDER, true);
        ReviewWindow later = after(CouncilCode.SUFFOLK, EpisodeType.SUPERVISION_ORDER, false);

        assertThat(first.rule()).isEqualTo(RuleId.SO_REVIEW);
        assertThat(first.earliest()).isNull();
        assertThat(first.latest()).isEqualTo(HELD.plusWeeks(8));
        assertThat(later.earliest()).isEqualTo(HELD.plusWeeks(8));
        assertThat(later.latest()).isEqualTo(HELD.plusWeeks(12));
    }

    @Test
    void aBerkshireWestShortBreaksPlanHasNoReviewTimescaleSoNoDateIsRefused() {
        assertThat(ENGINE.reviewWindow(profile(CouncilCode.READING), EpisodeType.SHORT_BREAKS, true, HELD, HELD, null)).isEmpty();
        assertThat(ENGINE.reviewWindow(profile(CouncilCode.READING), EpisodeType.STANDARD, true, HELD, HELD, null)).isPresent();
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

        // No meeting yet: the plan start is the decision (the CP end), so both minima end the same day; after CP binds.
        MinimumDuration rule = ENGINE.minimumDuration(StandardProfiles.history(council),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, cpEnd, null, null).orElseThrow();

        assertThat(rule.openUntil()).isEqualTo(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(rule.minimum()).isEqualTo("3 months");
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 4, 14))).isFalse();
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 4, 15))).isTrue();
        assertThat(rule.rule()).isEqualTo(RuleId.MIN_DURATION_AFTER_CP);
        assertThat(rule.refusal(LocalDate.of(2027, 3, 1))).contains("15 Apr 2027", "MIN_DURATION_AFTER_CP", "none is recorded");
    }

    @Test
    void aManagersDecisionLetsTheStepDownPlanCloseFromTheDayItWasMade() {
        LocalDate cpEnd = LocalDate.of(2027, 1, 15);
        MinimumDuration rule = ENGINE.minimumDuration(StandardProfiles.history(CouncilCode.SUFFOLK),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, cpEnd, null, LocalDate.of(2027, 2, 1)).orElseThrow();

        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 2, 1))).isTrue();
    }

    @Test
    void suffolkHasAMinimumDurationOnlyAfterChildProtection() {
        assertThat(ENGINE.minimumDuration(StandardProfiles.history(CouncilCode.SUFFOLK), EpisodeType.STANDARD,
                null, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11), null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
    void everyBerkshireWestPlanStaysOpenThreeMonthsFromItsFirstMeetingAsTheDeadlinesShow(CouncilCode council) {
        LocalDate decision = LocalDate.of(2027, 1, 4);
        LocalDate firstMeeting = LocalDate.of(2027, 1, 15);
        CaseHistory history = CaseHistory.builder().council(council).dateOfBirth(LocalDate.of(2015, 5, 1))
                .decisionDate(decision).meeting(Meeting.initial(firstMeeting)).build();
        Deadline deadline = ENGINE.evaluate(history, StandardProfiles.history(council), LocalDate.of(2027, 2, 1)).stream()
                .filter(d -> d.rule() == RuleId.MIN_DURATION_FROM_START).findFirst().orElseThrow();

        MinimumDuration rule = ENGINE.minimumDuration(StandardProfiles.history(council), EpisodeType.STANDARD, null,
                decision, firstMeeting, null).orElseThrow();

        assertThat(rule.rule()).isEqualTo(RuleId.MIN_DURATION_FROM_START);
        assertThat(rule.openUntil()).isEqualTo(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(rule.allowsClosureOn(LocalDate.of(2027, 4, 14))).isFalse();
        assertThat(rule.refusal(LocalDate.of(2027, 3, 1))).contains("This plan started on 15 Jan 2027",
                "plan start (first meeting)", "15 Apr 2027", "MIN_DURATION_FROM_START", "none is recorded");
    }

    @Test
    void beforeItsFirstMeetingABerkshireWestPlanCountsItsMinimumFromTheDecision() {
        MinimumDuration rule = ENGINE.minimumDuration(StandardProfiles.history(CouncilCode.READING), EpisodeType.SHORT_BREAKS,
                null, LocalDate.of(2026, 11, 30), null, null).orElseThrow();

        assertThat(rule.from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(rule.event()).isEqualTo("plan start (decision; no meeting held yet)");
        assertThat(rule.openUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aBerkshireWestStepDownPlanStaysOpenForWhicheverMinimumEndsLater() {
        LocalDate cpEnd = LocalDate.of(2027, 1, 15);
        MinimumDuration fromStart = ENGINE.minimumDuration(StandardProfiles.history(CouncilCode.WOKINGHAM),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, cpEnd, LocalDate.of(2027, 1, 29), null).orElseThrow();
        MinimumDuration afterCp = ENGINE.minimumDuration(StandardProfiles.history(CouncilCode.SUFFOLK),
                EpisodeType.STEP_DOWN_FROM_CP, cpEnd, cpEnd, LocalDate.of(2027, 1, 29), null).orElseThrow();

        assertThat(fromStart.rule()).isEqualTo(RuleId.MIN_DURATION_FROM_START);
        assertThat(fromStart.openUntil()).isEqualTo(LocalDate.of(2027, 4, 29));
        assertThat(afterCp.rule()).isEqualTo(RuleId.MIN_DURATION_AFTER_CP);
        assertThat(afterCp.openUntil()).isEqualTo(LocalDate.of(2027, 4, 15));
    }
}
