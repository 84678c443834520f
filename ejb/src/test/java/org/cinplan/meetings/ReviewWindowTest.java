package org.cinplan.meetings;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.StandardProfiles;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewWindowTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    private static final LocalDate HELD = LocalDate.of(2027, 1, 4);

    private static ReviewWindow after(CouncilCode council, EpisodeType type, boolean first) {
        PolicyProfile profile = StandardProfiles.history(council).effectiveOn(HELD);
        return ReviewWindow.after(profile, CALENDAR, type, first, HELD, HELD, null).orElseThrow();
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
    void aSuffolkSupervisionOrderIsFirstReviewedWithinEightWeeksThenInTheOrdinaryWindow() {
        ReviewWindow first = after(CouncilCode.SUFFOLK, EpisodeType.SUPERVISION_ORDER, true);
        assertThat(first.rule()).isEqualTo(RuleId.SO_REVIEW);
        assertThat(first.earliest()).isNull();
        assertThat(first.latest()).isEqualTo(HELD.plusWeeks(8));

        ReviewWindow later = after(CouncilCode.SUFFOLK, EpisodeType.SUPERVISION_ORDER, false);
        assertThat(later.rule()).isEqualTo(RuleId.SO_REVIEW);
        assertThat(later.earliest()).isEqualTo(HELD.plusWeeks(8));
        assertThat(later.latest()).isEqualTo(HELD.plusWeeks(12));
    }

    @Test
    void aBerkshireWestShortBreaksPlanHasNoReviewTimescaleSoNoDateIsRefused() {
        PolicyProfile reading = StandardProfiles.history(CouncilCode.READING).effectiveOn(HELD);
        assertThat(ReviewWindow.after(reading, CALENDAR, EpisodeType.SHORT_BREAKS, true, HELD, HELD, null)).isEmpty();
        assertThat(ReviewWindow.after(reading, CALENDAR, EpisodeType.STANDARD, true, HELD, HELD, null)).isPresent();
    }

    @Test
    void aSuffolkPlanPastTwelveMonthsWithExceptionalCircumstancesIsReviewedSixMonthly() {
        PolicyProfile suffolk = StandardProfiles.history(CouncilCode.SUFFOLK).effectiveOn(HELD);
        LocalDate planStart = HELD.minusMonths(13);

        ReviewWindow window = ReviewWindow.after(suffolk, CALENDAR, EpisodeType.STANDARD, false, HELD, planStart,
                HELD.minusMonths(2)).orElseThrow();

        assertThat(window.earliest()).isNull();
        assertThat(window.latest()).isEqualTo(HELD.plusMonths(6));
        assertThat(ExceptionalCircumstance.values()).isNotEmpty();
    }

    @Test
    void theBerkshireWestPlanUpdateDateIsWithinSixWeeksAndSuffolkSetsNone() {
        PolicyProfile reading = StandardProfiles.history(CouncilCode.READING).effectiveOn(HELD);
        PolicyProfile suffolk = StandardProfiles.history(CouncilCode.SUFFOLK).effectiveOn(HELD);

        assertThat(ReviewWindow.latestPlanUpdate(reading, CALENDAR, HELD)).contains(HELD.plusWeeks(6));
        assertThat(ReviewWindow.latestPlanUpdate(suffolk, CALENDAR, HELD)).isEmpty();
    }
}
