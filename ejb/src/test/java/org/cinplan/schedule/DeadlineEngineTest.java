package org.cinplan.schedule;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cinplan.schedule.CouncilCode.*;
import static org.cinplan.schedule.DeadlineStatus.*;
import static org.cinplan.schedule.RuleId.*;

class DeadlineEngineTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
    private final DeadlineEngine engine = new DeadlineEngine(calendar);

    private static CaseHistory.Builder caseFor(CouncilCode council, LocalDate decision) {
        return CaseHistory.builder().council(council).dateOfBirth(of(2015, 5, 1)).decisionDate(decision);
    }

    private List<Deadline> evaluate(CaseHistory c, LocalDate today) {
        return engine.evaluate(c, StandardProfiles.history(c.council()), today);
    }

    private List<Deadline> of(CaseHistory c, LocalDate today, RuleId rule) {
        return evaluate(c, today).stream().filter(d -> d.rule() == rule).toList();
    }

    private Deadline only(CaseHistory c, LocalDate today, RuleId rule) {
        List<Deadline> found = of(c, today, rule);
        assertThat(found).as(rule + " occurrences").hasSize(1);
        return found.get(0);
    }

    private static LocalDate of(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Nested
    class InitialMeeting {
        @ParameterizedTest
        @EnumSource(CouncilCode.class)
        void tenWorkingDaysOverChristmasForEveryCouncil(CouncilCode council) {
            Deadline d = only(caseFor(council, of(2026, 12, 18)).build(), of(2026, 12, 20), INITIAL_MEETING);
            assertThat(d.dueDate()).isEqualTo(of(2027, 1, 6));
            assertThat(d.status()).isEqualTo(UPCOMING);
            assertThat(d.countsFrom()).isEqualTo("decision");
            assertThat(d.countsFromDate()).isEqualTo(of(2026, 12, 18));
            assertThat(d.profileVersion()).isEqualTo(1);
            assertThat(d.council()).isEqualTo(council);
        }

        @Test
        void readingExplanationQuotesItsSource() {
            Deadline d = only(caseFor(READING, of(2026, 12, 18)).build(), of(2026, 12, 20), INITIAL_MEETING);
            assertThat(d.explanation()).isEqualTo("Initial CIN meeting due by 6 Jan 2027: 10 working days after the decision of 18 Dec 2026"
                    + " (Reading; Berkshire West guidance, 'Initial Child in Need meeting'). 25 Dec, 28 Dec and 1 Jan are bank holidays.");
            assertThat(d.policySource()).isEqualTo("Berkshire West guidance, 'Initial Child in Need meeting'");
        }

        @Test
        void statusMovesWithToday() {
            CaseHistory c = caseFor(READING, of(2026, 12, 18)).build();
            assertThat(only(c, of(2026, 12, 30), INITIAL_MEETING).status()).isEqualTo(UPCOMING);
            assertThat(only(c, of(2026, 12, 31), INITIAL_MEETING).status()).isEqualTo(DUE_SOON); // 3 working days before
            assertThat(only(c, of(2027, 1, 6), INITIAL_MEETING).status()).isEqualTo(DUE_SOON);
            assertThat(only(c, of(2027, 1, 7), INITIAL_MEETING).status()).isEqualTo(OVERDUE);
        }

        @Test
        void dueSoonFromIsWhereTheStatusTurns() {
            Deadline d = only(caseFor(READING, of(2026, 12, 18)).build(), of(2026, 12, 20), INITIAL_MEETING);
            assertThat(engine.dueSoonFrom(d, StandardProfiles.history(READING))).isEqualTo(of(2026, 12, 31));
        }

        @Test
        void metOnTimeOrLate() {
            Deadline onTime = only(caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build(), of(2027, 2, 1), INITIAL_MEETING);
            assertThat(onTime.status()).isEqualTo(MET);
            assertThat(onTime.metOn()).isEqualTo(of(2027, 1, 6));
            Deadline late = only(caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 7))).build(), of(2027, 2, 1), INITIAL_MEETING);
            assertThat(late.status()).isEqualTo(MET_LATE);
            assertThat(late.metOn()).isEqualTo(of(2027, 1, 7));
            assertThat(late.explanation()).endsWith("Met late, on 7 Jan 2027.");
        }

        @Test
        void suffolkExplanationShowsThePolicyWords() {
            Deadline d = only(caseFor(SUFFOLK, of(2026, 12, 18)).build(), of(2026, 12, 20), INITIAL_MEETING);
            assertThat(d.explanation()).contains("(Suffolk; Suffolk procedure 2.2)").contains("\"within 10 days\"");
        }

        @Test
        void readingsInitialMeetingFrom17Dec2027SkipsTheProjectedNewYearSubstituteDay() {
            Deadline d = only(caseFor(READING, of(2027, 12, 17)).build(), of(2027, 12, 17), INITIAL_MEETING);
            // 27 and 28 Dec 2027 are published substitute days; Saturday 1 Jan 2028 moves to Monday 3 Jan, by rule.
            assertThat(d.dueDate()).isEqualTo(of(2028, 1, 5));
            assertThat(d.explanation()).isEqualTo("Initial CIN meeting due by 5 Jan 2028: 10 working days after the decision"
                    + " of 17 Dec 2027 (Reading; Berkshire West guidance, 'Initial Child in Need meeting')."
                    + " 27 Dec and 28 Dec are bank holidays. 3 Jan 2028 (New Year's Day, substitute day) is a bank holiday"
                    + " projected by the statutory rules: GOV.UK has not published that year yet.");
        }

        @Test
        void publishedDataLoadedLaterReplacesTheProjectedDates() {
            GovUkBankHolidays published2028 = GovUkBankHolidays.parse(new java.io.StringReader("""
                    {"england-and-wales":{"events":[
                      {"title":"Boxing Day","date":"2027-12-28"},
                      {"title":"New Year’s Day","date":"2028-01-03"},
                      {"title":"Extra bank holiday","date":"2028-01-04"}]}}
                    """));
            DeadlineEngine refreshed = new DeadlineEngine(WorkingDayCalendar.of(published2028));
            Deadline d = refreshed.evaluate(caseFor(READING, of(2027, 12, 17)).build(), StandardProfiles.history(READING),
                    of(2027, 12, 17)).stream().filter(x -> x.rule() == INITIAL_MEETING).findFirst().orElseThrow();
            // Only the published dates count now: 27 Dec 2027 is not in this file, 4 Jan 2028 is.
            assertThat(d.dueDate()).isEqualTo(of(2028, 1, 5));
            assertThat(d.explanation()).endsWith("28 Dec, 3 Jan and 4 Jan are bank holidays.");
            assertThat(d.warnings()).isEmpty();
        }

        @Test
        void anAdministratorClosureMovesTheDate() {
            DeadlineEngine withClosure = new DeadlineEngine(calendar.withClosure(new Closure(of(2026, 12, 29), "Office move")));
            CaseHistory c = caseFor(READING, of(2026, 12, 18)).build();
            Deadline d = withClosure.evaluate(c, StandardProfiles.history(READING), of(2026, 12, 20)).stream()
                    .filter(x -> x.rule() == INITIAL_MEETING).findFirst().orElseThrow();
            assertThat(d.dueDate()).isEqualTo(of(2027, 1, 7));
            assertThat(d.explanation()).endsWith("25 Dec, 28 Dec and 1 Jan are bank holidays. 29 Dec (Office move) is a closure.");
        }

        @Test
        void beyondHolidayCoverageTheDeadlineCarriesAWarning() {
            Deadline d = only(caseFor(READING, of(2027, 12, 20)).build(), of(2027, 12, 20), INITIAL_MEETING);
            assertThat(d.dueDate()).as("3 Jan 2028 is the New Year substitute day").isEqualTo(of(2028, 1, 6));
            assertThat(d.warnings()).extracting(CalendarWarning::message).containsExactly(
                    "Bank holidays after 31 Dec 2027 are projected by their statutory rules until GOV.UK publishes them;"
                        + " this date may move if a bank holiday is announced");
        }
    }

    @Nested
    class Reviews {
        @Test
        void readingReviewsEverySixWeeksWithEveryOccurrence() {
            CaseHistory c = caseFor(READING, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6))).meeting(Meeting.review(of(2027, 2, 17))).build();
            List<Deadline> reviews = of(c, of(2027, 3, 1), REVIEW_INTERVAL);
            assertThat(reviews).extracting(Deadline::dueDate).containsExactly(of(2027, 2, 17), of(2027, 3, 31));
            assertThat(reviews).extracting(Deadline::status).containsExactly(MET, UPCOMING);
            assertThat(reviews.get(0).occurrence()).isEqualTo("Review 1 (after the meeting of 6 Jan 2027)");
            assertThat(reviews.get(1).countsFromDate()).isEqualTo(of(2027, 2, 17));
            assertThat(DeadlineEngine.openOnly(reviews)).extracting(Deadline::dueDate).containsExactly(of(2027, 3, 31));
        }

        @Test
        void wokinghamSixWeeksAndWestBerkshireThreeMonths() {
            CaseHistory w = caseFor(WOKINGHAM, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            assertThat(only(w, of(2027, 1, 7), REVIEW_INTERVAL).dueDate()).isEqualTo(of(2027, 2, 17));
            CaseHistory wb = caseFor(WEST_BERKSHIRE, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            Deadline d = only(wb, of(2027, 1, 7), REVIEW_INTERVAL);
            assertThat(d.dueDate()).isEqualTo(of(2027, 4, 6));
            assertThat(d.windowStart()).isNull();
        }

        @Test
        void noMeetingYetMeansReviewsDoNotApplyYet() {
            Deadline d = only(caseFor(READING, of(2026, 12, 18)).build(), of(2026, 12, 20), REVIEW_INTERVAL);
            assertThat(d.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(d.reason()).contains("No CIN meeting has been held yet");
            assertThat(d.dueDate()).isNull();
        }

        @Test
        void suffolkWindowEightToTwelveWeeks() {
            CaseHistory c = caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            Deadline d = only(c, of(2027, 1, 7), REVIEW_INTERVAL);
            assertThat(d.windowStart()).isEqualTo(of(2027, 3, 3));
            assertThat(d.dueDate()).isEqualTo(of(2027, 3, 31));
            assertThat(d.policySource()).isEqualTo("Suffolk procedure 4.1, 4.4, 4.6");
        }

        @Test
        void suffolkReviewBeforeTheWindowWithoutRationaleIsFlagged() {
            CaseHistory c = caseFor(SUFFOLK, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6))).meeting(Meeting.review(of(2027, 2, 17))).build();
            Deadline first = of(c, of(2027, 2, 18), REVIEW_INTERVAL).get(0);
            assertThat(first.status()).isEqualTo(MET);
            assertThat(first.flags()).singleElement().asString().contains("before the window opened").contains("no recorded rationale");
            assertThat(first.explanation()).contains("before the window opened");
        }

        @Test
        void suffolkReviewOutsideTheWindowWithRationaleOrAfterAChangeIsNotFlagged() {
            CaseHistory withRationale = caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6)))
                    .meeting(Meeting.review(of(2027, 2, 17)).withOutsideWindowRationale("Family moving abroad")).build();
            assertThat(of(withRationale, of(2027, 2, 18), REVIEW_INTERVAL).get(0).flags()).isEmpty();
            CaseHistory afterChange = caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6)))
                    .significantChange(of(2027, 2, 1)).meeting(Meeting.review(of(2027, 2, 17))).build();
            assertThat(of(afterChange, of(2027, 2, 18), REVIEW_INTERVAL).get(0).flags()).isEmpty();
        }

        @Test
        void suffolkLateReviewIsMetLateAndFlagged() {
            CaseHistory c = caseFor(SUFFOLK, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6))).meeting(Meeting.review(of(2027, 4, 14))).build();
            Deadline first = of(c, of(2027, 4, 15), REVIEW_INTERVAL).get(0);
            assertThat(first.status()).isEqualTo(MET_LATE);
            assertThat(first.metOn()).isEqualTo(of(2027, 4, 14));
            assertThat(first.flags()).singleElement().asString().contains("after the window closed");
        }

        @Test
        void nextReviewSetBeyondTheDueDateIsFlagged() {
            CaseHistory c = caseFor(READING, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6)).withNextReviewDate(of(2027, 3, 1))).build();
            assertThat(only(c, of(2027, 1, 7), REVIEW_INTERVAL).flags()).singleElement().asString()
                    .contains("set the next review for 1 Mar 2027, after it is due");
        }

        @Test
        void pastTwelveMonthsWithExceptionalCircumstancesSuffolkReviewsEverySixMonths() {
            CaseHistory c = caseFor(SUFFOLK, of(2025, 12, 19))
                    .exceptionalCircumstances(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS, of(2026, 12, 1))
                    .meeting(Meeting.initial(of(2026, 1, 5))).meeting(Meeting.review(of(2026, 3, 16)))
                    .meeting(Meeting.review(of(2026, 6, 1))).meeting(Meeting.review(of(2026, 8, 17)))
                    .meeting(Meeting.review(of(2026, 11, 2))).meeting(Meeting.review(of(2027, 1, 11))).build();
            List<Deadline> reviews = of(c, of(2027, 1, 12), REVIEW_INTERVAL);
            assertThat(reviews).hasSize(6);
            Deadline last = reviews.get(5);
            assertThat(last.dueDate()).isEqualTo(of(2027, 7, 11));
            assertThat(last.windowStart()).isNull();
            assertThat(last.explanation()).contains("at least every 6 months");
            assertThat(reviews.get(4).dueDate()).isEqualTo(of(2027, 1, 25));
            assertThat(reviews.subList(0, 5)).allSatisfy(r -> assertThat(r.status()).isEqualTo(MET));
        }

        @Test
        void supervisionOrderUsesSoReviewSuffolkWithinEightWeeksThenTheOrdinaryWindow() {
            CaseHistory c = caseFor(SUFFOLK, of(2026, 12, 18)).episodeType(EpisodeType.SUPERVISION_ORDER)
                    .meeting(Meeting.initial(of(2027, 1, 6))).meeting(Meeting.review(of(2027, 3, 3))).build();
            List<Deadline> so = of(c, of(2027, 3, 4), SO_REVIEW);
            // First review by 3 Mar 2027 (8 weeks, no earliest date); then 8 to 12 weeks after 3 Mar: 28 Apr to 26 May.
            assertThat(so).extracting(Deadline::windowStart).containsExactly(null, of(2027, 4, 28));
            assertThat(so).extracting(Deadline::dueDate).containsExactly(of(2027, 3, 3), of(2027, 5, 26));
            assertThat(so).extracting(Deadline::status).containsExactly(MET, UPCOMING);
            assertThat(so.get(1).explanation()).contains("Suffolk procedure 4.1, 4.4, 4.6")
                    .contains("After the first supervision-order review, reviews follow the ordinary timescale (REVIEW_INTERVAL,"
                            + " between 8 weeks and 12 weeks).");
            Deadline ordinary = only(c, of(2027, 3, 4), REVIEW_INTERVAL);
            assertThat(ordinary.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(ordinary.reason()).contains("Supervision order review meeting");
        }

        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void berkshireWestSupervisionOrderReviewsAsOrdinaryReviews(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2026, 12, 18)).episodeType(EpisodeType.SUPERVISION_ORDER)
                    .meeting(Meeting.initial(of(2027, 1, 6))).build();
            LocalDate expected = council == WEST_BERKSHIRE ? of(2027, 4, 6) : of(2027, 2, 17);
            assertThat(only(c, of(2027, 1, 7), SO_REVIEW).dueDate()).isEqualTo(expected);
        }

        @Test
        void soReviewNotApplicableForOrdinaryPlans() {
            Deadline d = only(caseFor(SUFFOLK, of(2026, 12, 18)).build(), of(2026, 12, 20), SO_REVIEW);
            assertThat(d.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(d.reason()).contains("only to supervision orders");
        }
    }

    @Nested
    class ShortBreaksInBerkshireWest {
        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void theMeetingTimescalesDoNotApplyButTheShortBreaksVisitsDo(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2027, 1, 4)).episodeType(EpisodeType.SHORT_BREAKS)
                    .meeting(Meeting.initial(of(2027, 1, 20))).build();
            for (RuleId rule : List.of(INITIAL_MEETING, REVIEW_INTERVAL, PLAN_UPDATE_DATE, MINUTES_DISTRIBUTED, ASSESSMENT_REFRESH)) {
                Deadline d = only(c, of(2027, 3, 1), rule);
                assertThat(d.status()).as(rule.name()).isEqualTo(NOT_APPLICABLE);
                assertThat(d.explanation()).as(rule.name())
                        .contains("Berkshire West's meeting timescales do not apply to short-breaks plans");
            }
            assertThat(only(c, of(2027, 3, 1), VISIT_INTERVAL_SHORT_BREAKS).dueDate()).isEqualTo(of(2027, 7, 4));
        }

        @Test
        void aSuffolkShortBreaksPlanKeepsItsMeetingTimescales() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 4)).episodeType(EpisodeType.SHORT_BREAKS).build();
            assertThat(only(c, of(2027, 1, 5), INITIAL_MEETING).dueDate()).isEqualTo(of(2027, 1, 18));
        }
    }

    @Nested
    class EarlyReview {
        @Test
        void suffolkSignificantChangeAfterAMeetingRaisesAnEarlyReview() {
            CaseHistory.Builder b = caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).significantChange(of(2027, 1, 20));
            Deadline open = only(b.build(), of(2027, 1, 21), REVIEW_EARLY);
            assertThat(open.dueDate()).isEqualTo(of(2027, 2, 3));
            assertThat(open.status()).isEqualTo(UPCOMING);
            assertThat(open.countsFrom()).isEqualTo("significant change");
            assertThat(open.explanation()).contains("Suffolk procedure 4.1").contains("10 working days");
            Deadline cleared = only(b.meeting(Meeting.review(of(2027, 2, 1))).build(), of(2027, 2, 2), REVIEW_EARLY);
            assertThat(cleared.status()).isEqualTo(MET);
            assertThat(cleared.metOn()).isEqualTo(of(2027, 2, 1));
        }

        @Test
        void notApplicableWithoutChangeOrWhenTheChangeCameBeforeTheFirstMeeting() {
            assertThat(only(caseFor(SUFFOLK, of(2026, 12, 18)).build(), of(2027, 1, 2), REVIEW_EARLY).reason())
                    .contains("No significant change");
            assertThat(only(caseFor(SUFFOLK, of(2026, 12, 18)).significantChange(of(2026, 12, 20)).meeting(Meeting.initial(of(2027, 1, 6))).build(),
                    of(2027, 1, 7), REVIEW_EARLY).reason()).contains("before the initial meeting");
        }

        @Test
        void berkshireWestSetsNoValue() {
            Deadline d = only(caseFor(READING, of(2026, 12, 18)).significantChange(of(2027, 1, 20)).build(), of(2027, 1, 21), REVIEW_EARLY);
            assertThat(d.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(d.reason()).isEqualTo("Reading's policy sets no timescale for Early review after a significant change");
        }
    }

    @Nested
    class MinutesAndPlanUpdate {
        @ParameterizedTest
        @EnumSource(CouncilCode.class)
        void minutesWithinTenWorkingDaysOfEachMeeting(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6)).withMinutesDistributedOn(of(2027, 1, 20)))
                    .meeting(Meeting.review(of(2027, 2, 17)).withMinutesDistributedOn(of(2027, 3, 4)))
                    .meeting(Meeting.review(of(2027, 3, 24))).build();
            List<Deadline> minutes = of(c, of(2027, 3, 25), MINUTES_DISTRIBUTED);
            // 24 Mar + 10 working days passes Good Friday and Easter Monday 2027
            assertThat(minutes).extracting(Deadline::dueDate).containsExactly(of(2027, 1, 20), of(2027, 3, 3), of(2027, 4, 9));
            assertThat(minutes).extracting(Deadline::status).containsExactly(MET, MET_LATE, UPCOMING);
            assertThat(minutes.get(2).explanation()).contains("26 Mar and 29 Mar are bank holidays.");
        }

        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void berkshireWestMinutesMustSetAPlanUpdateWithinSixWeeks(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2026, 12, 18))
                    .meeting(Meeting.initial(of(2027, 1, 6)).withPlanUpdateDate(of(2027, 2, 10)))
                    .meeting(Meeting.review(of(2027, 2, 17)).withPlanUpdateDate(of(2027, 4, 14)))
                    .meeting(Meeting.review(of(2027, 3, 24))).build();
            List<Deadline> updates = of(c, of(2027, 3, 25), PLAN_UPDATE_DATE);
            assertThat(updates).extracting(Deadline::dueDate).containsExactly(of(2027, 2, 17), of(2027, 3, 31), of(2027, 5, 5));
            assertThat(updates).extracting(Deadline::status).containsExactly(MET, MET_LATE, UPCOMING);
            assertThat(updates.get(1).flags()).singleElement().asString().contains("14 Apr 2027");
        }

        @Test
        void suffolkSetsNoPlanUpdateDate() {
            Deadline d = only(caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build(), of(2027, 1, 7), PLAN_UPDATE_DATE);
            assertThat(d.reason()).isEqualTo("Suffolk's policy sets no timescale for Plan update date set in the minutes");
        }
    }

    @Nested
    class Visits {
        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void berkshireWestEveryThreeWeeksFromTheLastSeenVisit(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2027, 1, 4))
                    .visit(Visit.seen(of(2027, 1, 20))).visit(Visit.seen(of(2027, 2, 15))).visit(Visit.notSeen(of(2027, 3, 1))).build();
            List<Deadline> visits = of(c, of(2027, 3, 2), VISIT_INTERVAL);
            assertThat(visits).extracting(Deadline::dueDate).containsExactly(of(2027, 1, 25), of(2027, 2, 10), of(2027, 3, 8));
            assertThat(visits).extracting(Deadline::status).containsExactly(MET, MET_LATE, DUE_SOON);
            assertThat(visits).extracting(Deadline::countsFrom).containsExactly("decision", "visit", "visit");
        }

        @Test
        void suffolkEveryTwentyWorkingDaysAcrossEaster() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 4)).visit(Visit.seen(of(2027, 1, 29))).visit(Visit.seen(of(2027, 3, 15))).build();
            List<Deadline> visits = of(c, of(2027, 3, 16), VISIT_INTERVAL);
            assertThat(visits).extracting(Deadline::dueDate).containsExactly(of(2027, 2, 1), of(2027, 2, 26), of(2027, 4, 14));
            assertThat(visits).extracting(Deadline::status).containsExactly(MET, MET_LATE, UPCOMING);
            assertThat(visits.get(2).explanation()).contains("26 Mar and 29 Mar are bank holidays.");
        }

        @Test
        void supervisionOrderVisitsReplaceOrdinaryVisits() {
            CaseHistory bw = caseFor(READING, of(2027, 1, 4)).episodeType(EpisodeType.SUPERVISION_ORDER).build();
            assertThat(only(bw, of(2027, 1, 5), VISIT_INTERVAL_SO).dueDate()).isEqualTo(of(2027, 1, 25));
            assertThat(only(bw, of(2027, 1, 5), VISIT_INTERVAL).reason()).contains("Replaced by");
            CaseHistory sf = caseFor(SUFFOLK, of(2027, 1, 4)).episodeType(EpisodeType.SUPERVISION_ORDER).build();
            assertThat(only(sf, of(2027, 1, 5), VISIT_INTERVAL_SO).dueDate()).isEqualTo(of(2027, 2, 1));
            assertThat(only(sf, of(2027, 1, 5), VISIT_INTERVAL_SHORT_BREAKS).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void shortBreaksVisitsEverySixMonthsInBerkshireWest() {
            CaseHistory c = caseFor(WOKINGHAM, of(2027, 1, 4)).episodeType(EpisodeType.SHORT_BREAKS).build();
            assertThat(only(c, of(2027, 1, 5), VISIT_INTERVAL_SHORT_BREAKS).dueDate()).isEqualTo(of(2027, 7, 4));
            assertThat(only(c, of(2027, 1, 5), VISIT_INTERVAL).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(only(c, of(2027, 1, 5), VISIT_INTERVAL_SO).reason()).contains("only to supervision orders");
        }

        @Test
        void suffolkShortBreaksFallBackToTheOrdinaryVisitInterval() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 4)).episodeType(EpisodeType.SHORT_BREAKS).build();
            assertThat(only(c, of(2027, 1, 5), VISIT_INTERVAL).dueDate()).isEqualTo(of(2027, 2, 1));
            assertThat(only(c, of(2027, 1, 5), VISIT_INTERVAL_SHORT_BREAKS).reason())
                    .isEqualTo("Suffolk's policy sets no timescale for Short-breaks visit to the child");
        }

        @ParameterizedTest
        @EnumSource(CouncilCode.class)
        void everyVisitWrittenUpWithinTwoWorkingDays(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2027, 1, 4))
                    .visit(Visit.seen(of(2027, 1, 8)).writtenUp(of(2027, 1, 12)))
                    .visit(Visit.notSeen(of(2027, 1, 15)).writtenUp(of(2027, 1, 20)))
                    .visit(Visit.seen(of(2027, 1, 22))).build();
            List<Deadline> writeUps = of(c, of(2027, 1, 25), VISIT_RECORDED);
            assertThat(writeUps).extracting(Deadline::dueDate).containsExactly(of(2027, 1, 12), of(2027, 1, 19), of(2027, 1, 26));
            assertThat(writeUps).extracting(Deadline::status).containsExactly(MET, MET_LATE, DUE_SOON);
        }

        @Test
        void noVisitsMeansNothingToWriteUp() {
            assertThat(only(caseFor(READING, of(2027, 1, 4)).build(), of(2027, 1, 5), VISIT_RECORDED).status()).isEqualTo(NOT_APPLICABLE);
        }
    }

    @Nested
    class SeenAlone {
        private CaseHistory.Builder twoMeetings() {
            return caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).meeting(Meeting.review(of(2027, 3, 17)));
        }

        @Test
        void metWhenASeenAloneVisitFallsInTheReviewPeriod() {
            List<Deadline> periods = of(twoMeetings().visit(Visit.seenAlone(of(2027, 2, 1))).build(), of(2027, 4, 1), SEEN_ALONE);
            assertThat(periods).extracting(Deadline::status).containsExactly(MET, UPCOMING);
            assertThat(periods).extracting(Deadline::dueDate).containsExactly(of(2027, 3, 17), of(2027, 6, 9));
            assertThat(periods.get(0).metOn()).isEqualTo(of(2027, 2, 1));
        }

        @Test
        void flaggedWhenAPastReviewPeriodHadNoSeenAloneVisit() {
            Deadline first = of(twoMeetings().visit(Visit.seen(of(2027, 2, 1))).build(), of(2027, 4, 1), SEEN_ALONE).get(0);
            assertThat(first.status()).isEqualTo(OVERDUE);
            assertThat(first.flags()).singleElement().asString().contains("No visit saw the child alone between 6 Jan 2027 and 17 Mar 2027");
        }

        @Test
        void notApplicableForABaby() {
            CaseHistory baby = caseFor(SUFFOLK, of(2026, 12, 18)).dateOfBirth(of(2026, 6, 1)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            Deadline d = only(baby, of(2027, 2, 1), SEEN_ALONE);
            assertThat(d.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(d.reason()).contains("baby");
        }

        @Test
        void berkshireWestHasNoSeenAloneRule() {
            assertThat(only(caseFor(READING, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build(), of(2027, 1, 7), SEEN_ALONE)
                    .reason()).isEqualTo("Reading's policy sets no timescale for Child seen alone");
        }
    }

    @Nested
    class Assessments {
        @Test
        void suffolkAssessmentDueFortyFiveWorkingDaysFromStart() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 20)).assessment(new Assessment(of(2027, 1, 4), null)).build();
            Deadline d = only(c, of(2027, 1, 21), ASSESSMENT_DUE);
            assertThat(d.dueDate()).isEqualTo(of(2027, 3, 8));
            assertThat(d.countsFrom()).isEqualTo("assessment start");
            CaseHistory done = caseFor(SUFFOLK, of(2027, 1, 20)).assessment(new Assessment(of(2027, 1, 4), of(2027, 3, 9))).build();
            assertThat(only(done, of(2027, 3, 10), ASSESSMENT_DUE).status()).isEqualTo(MET_LATE);
        }

        @Test
        void berkshireWestHasNoAssessmentDueButRefreshesEverySixMonths() {
            CaseHistory c = caseFor(WEST_BERKSHIRE, of(2026, 12, 18))
                    .assessment(new Assessment(of(2026, 11, 1), of(2026, 12, 15)))
                    .assessment(new Assessment(of(2027, 5, 1), of(2027, 6, 10))).build();
            assertThat(only(c, of(2027, 6, 11), ASSESSMENT_DUE).status()).isEqualTo(NOT_APPLICABLE);
            List<Deadline> refresh = of(c, of(2027, 6, 11), ASSESSMENT_REFRESH);
            assertThat(refresh).extracting(Deadline::dueDate).containsExactly(of(2027, 6, 15), of(2027, 12, 10));
            assertThat(refresh).extracting(Deadline::status).containsExactly(MET, UPCOMING);
            assertThat(refresh.get(0).countsFrom()).isEqualTo("assessment completed");
        }

        @Test
        void refreshCountsFromTheDecisionWhenNoAssessmentIsRecorded() {
            Deadline d = only(caseFor(READING, of(2026, 8, 31)).build(), of(2027, 3, 1), ASSESSMENT_REFRESH);
            assertThat(d.dueDate()).isEqualTo(of(2027, 2, 28));
            assertThat(d.status()).isEqualTo(OVERDUE);
            assertThat(d.countsFrom()).isEqualTo("decision");
        }

        @Test
        void anOpenUpdatedAssessmentDoesNotBlockALaterOneFromMeetingTheRefresh() {
            CaseHistory c = caseFor(READING, of(2026, 8, 31))
                    .assessment(new Assessment(of(2026, 10, 1), null))
                    .assessment(new Assessment(of(2026, 12, 1), of(2027, 1, 20))).build();
            List<Deadline> refresh = of(c, of(2027, 3, 1), ASSESSMENT_REFRESH);
            assertThat(refresh.get(0).status()).isEqualTo(MET);
            assertThat(refresh.get(0).metOn()).isEqualTo(of(2027, 1, 20));
            assertThat(refresh.get(1).countsFrom()).isEqualTo("assessment completed");
        }

        @Test
        void suffolkHasNoRefreshRule() {
            assertThat(only(caseFor(SUFFOLK, of(2026, 8, 31)).build(), of(2027, 3, 1), ASSESSMENT_REFRESH).status()).isEqualTo(NOT_APPLICABLE);
        }
    }

    @Nested
    class PlanApproval {
        @Test
        void suffolkApprovalWithinFiveWorkingDaysOfTheInitialMeeting() {
            CaseHistory c = caseFor(SUFFOLK, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).planApproval(of(2027, 1, 12)).build();
            Deadline d = only(c, of(2027, 1, 20), PLAN_APPROVAL);
            assertThat(d.dueDate()).isEqualTo(of(2027, 1, 13));
            assertThat(d.status()).isEqualTo(MET);
            assertThat(d.explanation()).contains("Suffolk procedure 3.8").contains("5 working days");
        }

        @Test
        void beforeTheInitialMeetingItCountsFromTheMeetingsDueDate() {
            Deadline d = only(caseFor(SUFFOLK, of(2026, 12, 18)).build(), of(2026, 12, 20), PLAN_APPROVAL);
            assertThat(d.countsFromDate()).isEqualTo(of(2027, 1, 6));
            assertThat(d.dueDate()).isEqualTo(of(2027, 1, 13));
            assertThat(d.countsFrom()).contains("not yet held");
        }

        @Test
        void berkshireWestHasNoApprovalRule() {
            assertThat(only(caseFor(WOKINGHAM, of(2026, 12, 18)).build(), of(2026, 12, 20), PLAN_APPROVAL).reason())
                    .isEqualTo("Wokingham's policy sets no timescale for CIN plan agreed by a manager");
        }
    }

    @Nested
    class MinimumDurationAfterChildProtection {
        private CaseHistory.Builder stepDown(CouncilCode council) {
            return caseFor(council, of(2027, 1, 15)).episodeType(EpisodeType.STEP_DOWN_FROM_CP).childProtectionPlanEndDate(of(2027, 1, 15));
        }

        @ParameterizedTest
        @EnumSource(CouncilCode.class)
        void openAtLeastThreeMonthsAfterTheChildProtectionPlan(CouncilCode council) {
            Deadline before = only(stepDown(council).build(), of(2027, 2, 1), MIN_DURATION_AFTER_CP);
            assertThat(before.dueDate()).isEqualTo(of(2027, 4, 15));
            assertThat(before.status()).isEqualTo(UPCOMING);
            assertThat(before.countsFrom()).isEqualTo("end of the child protection plan");
            assertThat(only(stepDown(council).build(), of(2027, 4, 20), MIN_DURATION_AFTER_CP).status()).isEqualTo(MET);
        }

        @Test
        void closingEarlyWithoutAManagerDecisionIsABreach() {
            Deadline d = only(stepDown(READING).closureDate(of(2027, 3, 1)).build(), of(2027, 3, 2), MIN_DURATION_AFTER_CP);
            assertThat(d.status()).isEqualTo(BREACHED);
            assertThat(d.flags()).singleElement().asString().contains("no recorded manager decision");
        }

        @Test
        void closingEarlyWithAManagerDecisionIsAllowed() {
            Deadline d = only(stepDown(SUFFOLK).checkpoint(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION, of(2027, 2, 25))
                    .closureDate(of(2027, 3, 1)).build(), of(2027, 3, 2), MIN_DURATION_AFTER_CP);
            assertThat(d.status()).isEqualTo(MET);
            assertThat(d.metOn()).isEqualTo(of(2027, 3, 1));
            assertThat(d.flags()).isEmpty();
        }

        @Test
        void notApplicableOutsideStepDown() {
            assertThat(only(caseFor(READING, of(2027, 1, 15)).build(), of(2027, 2, 1), MIN_DURATION_AFTER_CP).reason())
                    .contains("step-down from a child protection plan");
        }

        @Test
        void stepDownNeedsTheChildProtectionEndDate() {
            assertThatThrownBy(() -> caseFor(READING, of(2027, 1, 15)).episodeType(EpisodeType.STEP_DOWN_FROM_CP).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("child protection plan ended");
        }
    }

    @Nested
    class Durations {
        private CaseHistory.Builder started(CouncilCode council) {
            return caseFor(council, of(2026, 11, 2)).meeting(Meeting.initial(of(2026, 11, 16)));
        }

        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void berkshireWestFlagsPlansOpenAtSixMonths(CouncilCode council) {
            Deadline open = only(started(council).build(), of(2027, 5, 20), DURATION_6M);
            assertThat(open.dueDate()).isEqualTo(of(2027, 5, 16));
            assertThat(open.status()).isEqualTo(OVERDUE);
            assertThat(open.countsFrom()).isEqualTo("plan start (first meeting)");
            Deadline closed = only(started(council).closureDate(of(2027, 4, 1)).build(), of(2027, 5, 20), DURATION_6M);
            assertThat(closed.status()).isEqualTo(MET);
            assertThat(closed.metOn()).isEqualTo(of(2027, 4, 1));
        }

        @Test
        void aManagersDecisionThatThePlanContinuesMeetsTheSixMonthReview() {
            Deadline onTime = only(started(READING).checkpoint(CheckpointKind.CONTINUE_BEYOND_6M, of(2027, 5, 10)).build(),
                    of(2027, 5, 20), DURATION_6M);
            assertThat(onTime.status()).isEqualTo(MET);
            assertThat(onTime.metOn()).isEqualTo(of(2027, 5, 10));
            assertThat(onTime.explanation()).contains("A manager decided on 10 May 2027 that the plan continues beyond 6 months");
            Deadline late = only(started(READING).checkpoint(CheckpointKind.CONTINUE_BEYOND_6M, of(2027, 5, 18)).build(),
                    of(2027, 5, 20), DURATION_6M);
            assertThat(late.status()).isEqualTo(MET_LATE);
        }

        @Test
        void exceptionalCircumstancesOfAnotherKindRecordedAfterOpeningMeetTheTwelveMonthMaximum() {
            Deadline d = only(started(SUFFOLK).exceptionalCircumstances(ExceptionalCircumstance.OTHER, of(2027, 11, 1)).build(),
                    of(2027, 11, 17), MAX_DURATION_12M);
            assertThat(d.status()).isEqualTo(MET);
            assertThat(d.explanation()).contains("Exceptional circumstances (other (the reason stated in words)) recorded on 1 Nov 2027");
        }

        @Test
        void suffolkTwelveMonthOversightIsMetByItsOwnCheckpoint() {
            List<Deadline> d = of(started(SUFFOLK).checkpoint(CheckpointKind.OVERSIGHT_6M, of(2027, 5, 10))
                    .checkpoint(CheckpointKind.OVERSIGHT_12M, of(2027, 11, 20)).build(), of(2027, 12, 1), OVERSIGHT_6M_12M);
            assertThat(d).extracting(Deadline::status).containsExactly(MET, MET_LATE);
        }

        @Test
        void planStartIsTheDecisionWhenNoMeetingIsHeld() {
            Deadline d = only(caseFor(READING, of(2026, 11, 2)).build(), of(2026, 11, 3), DURATION_6M);
            assertThat(d.dueDate()).isEqualTo(of(2027, 5, 2));
            assertThat(d.countsFrom()).isEqualTo("plan start (decision; no meeting held yet)");
        }

        @Test
        void sixMonthsNotForSupervisionOrdersShortBreaksOrDisabledChildren() {
            assertThat(only(started(READING).episodeType(EpisodeType.SUPERVISION_ORDER).build(), of(2027, 5, 20), DURATION_6M).reason())
                    .contains("supervision-order");
            assertThat(only(started(READING).episodeType(EpisodeType.SHORT_BREAKS).build(), of(2027, 5, 20), DURATION_6M).reason())
                    .contains("Short-breaks");
            assertThat(only(started(READING).disabledChild(true).build(), of(2027, 5, 20), DURATION_6M).reason())
                    .contains("Disabled children");
            assertThat(only(started(SUFFOLK).build(), of(2027, 5, 20), DURATION_6M).reason()).contains("Suffolk's policy sets no timescale");
        }

        @Test
        void suffolkOversightAtSixAndTwelveMonths() {
            List<Deadline> d = of(started(SUFFOLK).checkpoint(CheckpointKind.OVERSIGHT_6M, of(2027, 5, 10)).build(), of(2027, 6, 1), OVERSIGHT_6M_12M);
            assertThat(d).extracting(Deadline::dueDate).containsExactly(of(2027, 5, 16), of(2027, 11, 16));
            assertThat(d).extracting(Deadline::status).containsExactly(MET, UPCOMING);
            assertThat(d).extracting(Deadline::occurrence).containsExactly("6 months", "12 months");
        }

        @Test
        void suffolkNineMonthConclusionCheck() {
            Deadline d = only(started(SUFFOLK).build(), of(2027, 8, 17), CONCLUSION_CHECK_9M);
            assertThat(d.dueDate()).isEqualTo(of(2027, 8, 16));
            assertThat(d.status()).isEqualTo(OVERDUE);
            Deadline met = only(started(SUFFOLK).checkpoint(CheckpointKind.CONCLUSION_CHECK_9M, of(2027, 8, 20)).build(), of(2027, 8, 21),
                    CONCLUSION_CHECK_9M);
            assertThat(met.status()).isEqualTo(MET_LATE);
            assertThat(only(started(SUFFOLK).episodeType(EpisodeType.SUPERVISION_ORDER).build(), of(2027, 8, 17), CONCLUSION_CHECK_9M).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void suffolkSupervisionOrderExtensionDecisionAtNineMonths() {
            CaseHistory so = started(SUFFOLK).episodeType(EpisodeType.SUPERVISION_ORDER)
                    .checkpoint(CheckpointKind.SO_EXTENSION_DECISION, of(2027, 8, 2)).build();
            Deadline d = only(so, of(2027, 8, 3), SO_EXTENSION_9M);
            assertThat(d.dueDate()).isEqualTo(of(2027, 8, 16));
            assertThat(d.status()).isEqualTo(MET);
            assertThat(only(started(SUFFOLK).build(), of(2027, 8, 3), SO_EXTENSION_9M).reason()).contains("only to supervision orders");
            assertThat(only(so, of(2027, 8, 3), MAX_DURATION_12M).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void theExtensionDecisionCountsNineMonthsFromTheOrdersStartOnceRecorded() {
            // The order started on 1 Dec 2026, after the plan's first meeting of 16 Nov 2026: the order's start governs.
            CaseHistory so = started(SUFFOLK).episodeType(EpisodeType.SUPERVISION_ORDER).supervisionOrderStart(of(2026, 12, 1)).build();
            Deadline d = only(so, of(2027, 8, 3), SO_EXTENSION_9M);
            assertThat(d.dueDate()).isEqualTo(of(2027, 9, 1));
            assertThat(d.countsFrom()).isEqualTo("start of the supervision order");
            assertThat(d.explanation()).contains("9 months after the start of the supervision order of 1 Dec 2026");
            Deadline unrecorded = only(started(SUFFOLK).episodeType(EpisodeType.SUPERVISION_ORDER).build(), of(2027, 8, 3), SO_EXTENSION_9M);
            assertThat(unrecorded.explanation()).contains("The order's start date is not recorded, so this counts from the plan start.");
            assertThatThrownBy(() -> started(SUFFOLK).supervisionOrderStart(of(2026, 12, 1)).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supervision-order case");
        }

        @Test
        void suffolkTwelveMonthMaximumUnlessExceptionalCircumstances() {
            Deadline open = only(started(SUFFOLK).build(), of(2027, 11, 17), MAX_DURATION_12M);
            assertThat(open.dueDate()).isEqualTo(of(2027, 11, 16));
            assertThat(open.status()).isEqualTo(OVERDUE);
            Deadline exceptional = only(started(SUFFOLK).exceptionalCircumstances(ExceptionalCircumstance.FAMILY_FROM_ABROAD, of(2027, 10, 1)).build(),
                    of(2027, 11, 17), MAX_DURATION_12M);
            assertThat(exceptional.status()).isEqualTo(MET);
            assertThat(exceptional.explanation()).contains("family from abroad");
            assertThat(only(started(READING).build(), of(2027, 11, 17), MAX_DURATION_12M).status()).isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void suffolkServiceManagerAtEighteenMonthsExceptDisabledChildrensTeamAndNrpf() {
            Deadline d = only(started(SUFFOLK).build(), of(2028, 5, 1), SERVICE_MANAGER_18M);
            assertThat(d.dueDate()).isEqualTo(of(2028, 5, 16));
            assertThat(d.status()).isEqualTo(UPCOMING);
            assertThat(only(started(SUFFOLK).disabledChildrensTeam(true).build(), of(2028, 5, 1), SERVICE_MANAGER_18M).reason())
                    .contains("Disabled Children's Team");
            assertThat(only(started(SUFFOLK).exceptionalCircumstances(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS, of(2027, 1, 1)).build(),
                    of(2028, 5, 1), SERVICE_MANAGER_18M).reason()).contains("No Recourse to Public Funds");
            assertThat(only(started(SUFFOLK).checkpoint(CheckpointKind.SERVICE_MANAGER_REVIEW, of(2028, 5, 2)).build(), of(2028, 5, 3),
                    SERVICE_MANAGER_18M).status()).isEqualTo(MET);
        }
    }

    @Nested
    class ProfileVersions {
        private ProfileHistory readingWithChange() {
            PolicyProfile v1 = StandardProfiles.forCouncil(READING);
            RuleSetting minutes = v1.setting(MINUTES_DISTRIBUTED).orElseThrow();
            RuleSetting initial = v1.setting(INITIAL_MEETING).orElseThrow();
            return ProfileHistory.of(v1, v1.nextVersion(of(2027, 3, 1), Map.of(
                    MINUTES_DISTRIBUTED, minutes.withTimescale(Timescale.workingDays(5)),
                    INITIAL_MEETING, initial.withTimescale(Timescale.workingDays(5)))));
        }

        @Test
        void aChangeAppliesOnlyToDeadlinesCountingFromEventsOnOrAfterItsDate() {
            CaseHistory c = caseFor(READING, of(2027, 2, 10))
                    .meeting(Meeting.initial(of(2027, 2, 17))).meeting(Meeting.review(of(2027, 3, 31))).build();
            List<Deadline> minutes = engine.evaluate(c, readingWithChange(), of(2027, 4, 1)).stream()
                    .filter(d -> d.rule() == MINUTES_DISTRIBUTED).toList();
            assertThat(minutes).extracting(Deadline::dueDate).containsExactly(of(2027, 3, 3), of(2027, 4, 7));
            assertThat(minutes).extracting(Deadline::profileVersion).containsExactly(1, 2);
        }

        @Test
        void initialMeetingUsesTheVersionInForceOnTheDecision() {
            CaseHistory before = caseFor(READING, of(2027, 2, 26)).build();
            CaseHistory after = caseFor(READING, of(2027, 3, 1)).build();
            Deadline b = engine.evaluate(before, readingWithChange(), of(2027, 3, 2)).stream().filter(d -> d.rule() == INITIAL_MEETING).findFirst().orElseThrow();
            Deadline a = engine.evaluate(after, readingWithChange(), of(2027, 3, 2)).stream().filter(d -> d.rule() == INITIAL_MEETING).findFirst().orElseThrow();
            assertThat(b.dueDate()).isEqualTo(of(2027, 3, 12));
            assertThat(b.profileVersion()).isEqualTo(1);
            assertThat(a.dueDate()).isEqualTo(of(2027, 3, 8));
            assertThat(a.profileVersion()).isEqualTo(2);
        }
    }

    /** RULES.md v2 change 10: visits are face to face; an agreed or risk-raised frequency applies when shorter. */
    @Nested
    class VisitsFaceToFaceAndAgreedFrequency {
        @Test
        void aVisitNotFaceToFaceMeetsNoVisitIntervalButIsStillWrittenUp() {
            CaseHistory c = caseFor(READING, of(2027, 1, 4)).visit(Visit.notFaceToFace(of(2027, 1, 11)))
                    .visit(Visit.seen(of(2027, 1, 20))).build();
            List<Deadline> visits = of(c, of(2027, 1, 21), VISIT_INTERVAL);
            assertThat(visits).extracting(Deadline::metOn).containsExactly(of(2027, 1, 20), null);
            assertThat(of(c, of(2027, 1, 21), VISIT_RECORDED)).extracting(Deadline::dueDate)
                    .containsExactly(of(2027, 1, 13), of(2027, 1, 22));
        }

        @Test
        void aChildSeenAloneOnlyByVideoIsNotSeenAlone() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 11)))
                    .meeting(Meeting.review(of(2027, 3, 8))).visit(new Visit(of(2027, 2, 1), true, true, null, null, false)).build();
            assertThat(of(c, of(2027, 3, 9), SEEN_ALONE).get(0).status()).isEqualTo(OVERDUE);
        }

        @Test
        void theFrequencyAgreedAtTheInitialMeetingAppliesFromThatDayWhenShorter() {
            CaseHistory c = caseFor(READING, of(2027, 1, 4))
                    .visitFrequency(new VisitFrequency(of(2027, 1, 11), Timescale.weeks(2), VisitFrequency.Basis.INITIAL_MEETING))
                    .visit(Visit.seen(of(2027, 1, 13))).build();
            List<Deadline> visits = of(c, of(2027, 1, 14), VISIT_INTERVAL);
            assertThat(visits).extracting(Deadline::dueDate).as("the decision's visit counts by the maximum; the next by the agreement")
                    .containsExactly(of(2027, 1, 25), of(2027, 1, 27));
            assertThat(visits.get(1).explanation()).contains("2 weeks after the visit of 13 Jan 2027 (Reading;",
                    "The frequency every 2 weeks, agreed at the initial meeting on 11 Jan 2027 applies: it is shorter than"
                            + " Reading's maximum of 3 weeks.");
            assertThat(visits.get(0).explanation()).doesNotContain("agreed");
        }

        @Test
        void aLongerAgreedFrequencyLeavesTheCouncilsMaximum() {
            CaseHistory c = caseFor(WEST_BERKSHIRE, of(2027, 1, 4))
                    .visitFrequency(new VisitFrequency(of(2027, 1, 11), Timescale.weeks(4), VisitFrequency.Basis.INITIAL_MEETING))
                    .visit(Visit.seen(of(2027, 1, 13))).build();
            Deadline next = of(c, of(2027, 1, 14), VISIT_INTERVAL).get(1);
            assertThat(next.dueDate()).isEqualTo(of(2027, 2, 3));
            assertThat(next.explanation()).doesNotContain("agreed");
        }

        @Test
        void aSuffolkFrequencyRaisedForRiskOnTheDecisionDayTimesTheFirstVisit() {
            CaseHistory c = caseFor(SUFFOLK, of(2027, 1, 4))
                    .visitFrequency(new VisitFrequency(of(2027, 1, 4), Timescale.weeks(1), VisitFrequency.Basis.RISK))
                    .visit(Visit.seen(of(2027, 1, 8))).build();
            List<Deadline> visits = of(c, of(2027, 1, 8), VISIT_INTERVAL);
            assertThat(visits).extracting(Deadline::dueDate).containsExactly(of(2027, 1, 11), of(2027, 1, 15));
            assertThat(visits.get(0).explanation()).contains("raised for risk on 4 Jan 2027",
                    "Suffolk's maximum of 20 working days");
        }

        @Test
        void theLatestAgreementInForceOnTheDayCountedFromApplies() {
            CaseHistory c = caseFor(WOKINGHAM, of(2027, 1, 4))
                    .visitFrequency(new VisitFrequency(of(2027, 1, 4), Timescale.weeks(1), VisitFrequency.Basis.RISK))
                    .visitFrequency(new VisitFrequency(of(2027, 1, 18), Timescale.weeks(2), VisitFrequency.Basis.INITIAL_MEETING))
                    .visit(Visit.seen(of(2027, 1, 11))).visit(Visit.seen(of(2027, 1, 18))).build();
            assertThat(of(c, of(2027, 1, 19), VISIT_INTERVAL)).extracting(Deadline::dueDate)
                    .containsExactly(of(2027, 1, 11), of(2027, 1, 18), of(2027, 2, 1));
        }
    }

    /** BW outcomes, "To note": a plan "should remain open for a minimum of 3 months ... from the point the plan was initiated". */
    @Nested
    class MinimumDurationFromStart {
        private final RuleId rule = RuleId.MIN_DURATION_FROM_START;

        @ParameterizedTest
        @EnumSource(value = CouncilCode.class, names = {"READING", "WOKINGHAM", "WEST_BERKSHIRE"})
        void openAtLeastThreeMonthsFromTheInitialMeeting(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            Deadline d = only(c, of(2027, 2, 1), rule);
            assertThat(d.dueDate()).isEqualTo(of(2027, 4, 6));
            assertThat(d.status()).isEqualTo(UPCOMING);
            assertThat(d.countsFrom()).isEqualTo("plan start (first meeting)");
            assertThat(d.explanation()).startsWith("Plan to stay open until at least 6 Apr 2027: 3 months after the plan start"
                    + " (first meeting) of 6 Jan 2027 (" + council.displayName() + "; Berkshire West guidance");
            assertThat(only(c, of(2027, 4, 6), rule).status()).isEqualTo(MET);
        }

        @Test
        void beforeTheInitialMeetingItCountsFromTheDecision() {
            Deadline d = only(caseFor(READING, of(2026, 11, 30)).build(), of(2026, 12, 1), rule);
            assertThat(d.dueDate()).isEqualTo(of(2027, 2, 28));
            assertThat(d.countsFrom()).isEqualTo("plan start (decision; no meeting held yet)");
        }

        @Test
        void closingAtAReviewBeforeThreeMonthsWithoutAManagerDecisionIsABreach() {
            CaseHistory c = caseFor(WEST_BERKSHIRE, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 11)))
                    .meeting(Meeting.review(of(2027, 3, 1))).closureDate(of(2027, 3, 1)).build();
            Deadline d = only(c, of(2027, 3, 2), rule);
            assertThat(d.status()).isEqualTo(BREACHED);
            assertThat(d.flags()).singleElement().asString().contains("Closed on 1 Mar 2027", "no recorded manager decision");
        }

        @Test
        void closingEarlyWithAManagerDecisionMadeByThenMeetsIt() {
            CaseHistory c = caseFor(WOKINGHAM, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 11)))
                    .checkpoint(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION, of(2027, 2, 26))
                    .closureDate(of(2027, 3, 1)).build();
            Deadline d = only(c, of(2027, 3, 2), rule);
            assertThat(d.status()).isEqualTo(MET);
            assertThat(d.metOn()).isEqualTo(of(2027, 3, 1));
            assertThat(d.explanation()).contains("manager decision recorded on 26 Feb 2027");
        }

        @Test
        void aDecisionRecordedAfterTheClosureDoesNotMeetIt() {
            CaseHistory c = caseFor(READING, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 11)))
                    .checkpoint(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION, of(2027, 3, 5))
                    .closureDate(of(2027, 3, 1)).build();
            assertThat(only(c, of(2027, 3, 6), rule).status()).isEqualTo(BREACHED);
        }

        @Test
        void aStepDownPlanHasBothMinimaEachFromItsOwnStart() {
            CaseHistory c = caseFor(READING, of(2027, 1, 15)).episodeType(EpisodeType.STEP_DOWN_FROM_CP)
                    .childProtectionPlanEndDate(of(2027, 1, 15)).meeting(Meeting.initial(of(2027, 1, 29))).build();
            assertThat(only(c, of(2027, 2, 1), MIN_DURATION_AFTER_CP).dueDate()).isEqualTo(of(2027, 4, 15));
            assertThat(only(c, of(2027, 2, 1), rule).dueDate()).isEqualTo(of(2027, 4, 29));
        }

        @Test
        void suffolkSetsNone() {
            assertThat(only(caseFor(SUFFOLK, of(2027, 1, 4)).build(), of(2027, 2, 1), rule).reason())
                    .isEqualTo("Suffolk's policy sets no timescale for Minimum duration from the plan's start");
        }
    }

    @Nested
    class WholeCase {
        @ParameterizedTest
        @EnumSource(CouncilCode.class)
        void everyRuleAnswersOnceAtLeastAndNotApplicableHasAReason(CouncilCode council) {
            CaseHistory c = caseFor(council, of(2026, 12, 18)).meeting(Meeting.initial(of(2027, 1, 6))).build();
            List<Deadline> all = evaluate(c, of(2027, 1, 7));
            assertThat(all).extracting(Deadline::rule).containsAll(List.of(RuleId.values()));
            assertThat(all).filteredOn(d -> d.status() == NOT_APPLICABLE).allSatisfy(d -> {
                assertThat(d.reason()).isNotBlank();
                assertThat(d.dueDate()).isNull();
                assertThat(d.explanation()).contains("does not apply");
            });
            assertThat(all).filteredOn(d -> d.status() != NOT_APPLICABLE).allSatisfy(d -> {
                assertThat(d.dueDate()).isNotNull();
                assertThat(d.explanation()).contains(d.rule() == MIN_DURATION_AFTER_CP || d.rule() == RuleId.MIN_DURATION_FROM_START ? "" : d.council() == SUFFOLK ? "Suffolk" : "Berkshire West");
            });
            assertThat(DeadlineEngine.openOnly(all)).allSatisfy(d -> assertThat(d.status().isOpen()).isTrue());
        }

        @Test
        void closedCaseHasNothingDueAfterClosure() {
            CaseHistory c = caseFor(READING, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 11)).withMinutesDistributedOn(of(2027, 1, 15)))
                    .closureDate(of(2027, 2, 1)).build();
            List<Deadline> all = evaluate(c, of(2027, 6, 1));
            assertThat(all).filteredOn(Deadline::isOpen).allSatisfy(d -> assertThat(d.dueDate()).isBeforeOrEqualTo(of(2027, 2, 1)));
            Deadline review = only(c, of(2027, 6, 1), REVIEW_INTERVAL);
            assertThat(review.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(review.reason()).isEqualTo("The case closed on 1 Feb 2027, before this was due");
            Deadline visit = only(c, of(2027, 6, 1), VISIT_INTERVAL);
            assertThat(visit.status()).as("a visit missed before closure stays missed").isEqualTo(OVERDUE);
            assertThat(only(c, of(2027, 6, 1), MINUTES_DISTRIBUTED).status()).isEqualTo(MET);
        }

        @Test
        void guardsItsInput() {
            assertThatThrownBy(() -> engine.evaluate(caseFor(READING, of(2027, 1, 4)).build(), StandardProfiles.history(SUFFOLK), of(2027, 1, 5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUFFOLK");
            assertThatThrownBy(() -> caseFor(READING, of(2027, 1, 4)).meeting(Meeting.initial(of(2027, 1, 1))).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot come before the decision");
            assertThatThrownBy(() -> CaseHistory.builder().council(READING).dateOfBirth(of(2015, 1, 1)).build())
                    .isInstanceOf(IllegalArgumentException.class).isNotNull();
            assertThatThrownBy(() -> new Visit(of(2027, 1, 4), false, true, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alone without seeing");
            assertThatThrownBy(() -> caseFor(READING, of(2027, 1, 4)).closureDate(of(2027, 1, 1)).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot close");
        }

        @Test
        void caseHistoryIsAnImmutableValue() {
            CaseHistory a = caseFor(READING, of(2027, 1, 4)).visit(Visit.seen(of(2027, 1, 20))).visit(Visit.seen(of(2027, 1, 10))).build();
            CaseHistory b = a.toBuilder().build();
            assertThat(a).isEqualTo(b);
            assertThat(a.visits()).extracting(Visit::visitedOn).containsExactly(of(2027, 1, 10), of(2027, 1, 20));
            assertThatThrownBy(() -> a.visits().add(Visit.seen(of(2027, 2, 1)))).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
