package org.cinplan.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CalendarAndHolidaysTest {

    private final GovUkBankHolidays shipped = GovUkBankHolidays.shipped();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.of(shipped);

    @Test
    void christmasAndNewYear2026SkipThreeBankHolidays() {
        WorkingDayResult due = calendar.plusWorkingDays(of(2026, 12, 18), 10);
        assertThat(due.date()).isEqualTo(of(2027, 1, 6));
        assertThat(due.warnings()).isEmpty();
        assertThat(calendar.nonWorkingWeekdays(of(2026, 12, 18), of(2027, 1, 6)))
                .extracting(NonWorkingDay::date)
                .containsExactly(of(2026, 12, 25), of(2026, 12, 28), of(2027, 1, 1));
    }

    @ParameterizedTest(name = "working days strictly between {0} and {1}: {2}")
    @CsvSource({
            "2024-03-27, 2024-04-02, 1",   // only Thu 28 Mar: Good Friday 29 Mar and Easter Monday 1 Apr 2024
            "2026-03-30, 2026-03-31, 0",   // next days: nothing between
            "2026-03-31, 2026-03-30, 0",   // the wrong way round: nothing
            "2025-12-19, 2026-01-05, 7"    // 22-24, 29-31 Dec and 2 Jan; 25, 26 Dec and 1 Jan are bank holidays
    })
    void workingDaysBetweenCountsNeitherEndNorBankHolidays(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void withoutClosuresKeepsTheBankHolidaysAndDropsTheCouncilsClosures() {
        WorkingDayCalendar closed = calendar.withClosure(new Closure(of(2026, 12, 29), "Office move"));
        assertThat(closed.isWorkingDay(of(2026, 12, 29))).isFalse();
        assertThat(closed.withoutClosures().isWorkingDay(of(2026, 12, 29))).isTrue();
        assertThat(closed.withoutClosures().isWorkingDay(of(2026, 12, 28))).isFalse();
        assertThat(calendar.withoutClosures()).isSameAs(calendar);
    }

    @Test
    void nonWorkingWeekdaysCarryTheirNames() {
        List<NonWorkingDay> days = calendar.nonWorkingWeekdays(of(2027, 3, 20), of(2027, 4, 5));
        assertThat(days).containsExactly(
                new NonWorkingDay(of(2027, 3, 26), "Good Friday", NonWorkingDay.Kind.BANK_HOLIDAY),
                new NonWorkingDay(of(2027, 3, 29), "Easter Monday", NonWorkingDay.Kind.BANK_HOLIDAY));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2027-01-08, 1, 2027-01-11",   // Friday to Monday over a weekend
            "2027-01-09, 1, 2027-01-11",   // from a Saturday: the Nth working day strictly after
            "2027-01-04, 0, 2027-01-04",
            "2027-03-25, 1, 2027-03-30",   // Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar
            "2027-03-15, 20, 2027-04-14",
            "2026-12-24, 1, 2026-12-29",   // 25 Dec and 28 Dec (Boxing Day substitute)
            "2027-12-24, 1, 2027-12-29",   // 27 and 28 Dec 2027 substitute days
            "2022-09-16, 1, 2022-09-20",   // state funeral 19 Sep 2022
            "2022-06-01, 1, 2022-06-06",   // Platinum Jubilee 2 and 3 Jun 2022
            "2023-05-05, 1, 2023-05-09",   // coronation 8 May 2023
            "2020-05-07, 1, 2020-05-11",   // VE day moved to 8 May 2020
            "2027-01-04, 45, 2027-03-08"
    })
    void plusWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, days).date()).isEqualTo(expected);
    }

    @Test
    void minusWorkingDaysCountsBackOverHolidays() {
        assertThat(calendar.minusWorkingDays(of(2027, 1, 6), 3).date()).isEqualTo(of(2026, 12, 31));
        assertThat(calendar.minusWorkingDays(of(2027, 3, 30), 1).date()).isEqualTo(of(2027, 3, 25));
    }

    @Test
    void aClosureReasonLongerThanTheCalendarStoresIsRefused() {
        assertThat(new Closure(of(2026, 12, 29), "x".repeat(Closure.MAX_REASON_LENGTH)).reason()).hasSize(300);
        assertThatThrownBy(() -> new Closure(of(2026, 12, 29), "x".repeat(Closure.MAX_REASON_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 300 characters");
    }

    @Test
    void anAdministratorClosureMovesADateAndIsNamed() {
        WorkingDayCalendar withClosure = calendar.withClosure(new Closure(of(2026, 12, 29), "Office move"));
        assertThat(withClosure.plusWorkingDays(of(2026, 12, 18), 10).date()).isEqualTo(of(2027, 1, 7));
        assertThat(withClosure.isWorkingDay(of(2026, 12, 29))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 12, 29))).as("the original calendar is unchanged").isTrue();
        assertThat(withClosure.nonWorkingWeekdays(of(2026, 12, 28), of(2026, 12, 30)))
                .containsExactly(new NonWorkingDay(of(2026, 12, 29), "Office move", NonWorkingDay.Kind.CLOSURE));
        assertThat(withClosure.closures()).containsExactly(new Closure(of(2026, 12, 29), "Office move"));
    }

    @Test
    void beyondTheKnownHolidaysTheResultCarriesAWarning() {
        assertThat(calendar.coveredUntil()).isEqualTo(of(2027, 12, 31));
        WorkingDayResult due = calendar.plusWorkingDays(of(2027, 12, 20), 10);
        assertThat(due.date()).isEqualTo(of(2028, 1, 6));
        assertThat(due.warnings()).containsExactly(new CalendarWarning("Bank holidays after 31 Dec 2027 are projected by"
                + " their statutory rules until GOV.UK publishes them; this date may move if a bank holiday is announced"));
        assertThat(calendar.plusWorkingDays(of(2027, 12, 1), 5).warnings()).isEmpty();
    }

    @Test
    void beforeTheKnownHolidaysTheResultCarriesAWarning() {
        assertThat(calendar.plusWorkingDays(of(2017, 12, 20), 5).warnings()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: the statutory rules give exactly GOV.UK's published bank holidays")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void projectedBankHolidaysMatchEveryYearTheShippedDataCovers(int year) {
        assertThat(ProjectedBankHolidays.forYear(year)).extracting(BankHoliday::date)
                .containsExactlyElementsOf(shipped.englandAndWales().stream().map(BankHoliday::date)
                        .filter(d -> d.getYear() == year).toList());
    }

    @Test
    void beyondThePublishedYearsBankHolidaysAreProjectedWithSubstituteDays() {
        // 2028: New Year's Day is a Saturday (Monday 3 Jan); 2032: Christmas is a Saturday, Boxing Day a Sunday.
        assertThat(ProjectedBankHolidays.forYear(2028)).extracting(BankHoliday::date).containsExactly(
                of(2028, 1, 3), of(2028, 4, 14), of(2028, 4, 17), of(2028, 5, 1), of(2028, 5, 29), of(2028, 8, 28),
                of(2028, 12, 25), of(2028, 12, 26));
        assertThat(ProjectedBankHolidays.forYear(2032)).extracting(BankHoliday::date)
                .contains(of(2032, 12, 27), of(2032, 12, 28)).doesNotContain(of(2032, 12, 25), of(2032, 12, 26));
        assertThat(calendar.isWorkingDay(of(2028, 1, 3))).isFalse();
        assertThat(calendar.isProjected(of(2028, 1, 3))).isTrue();
        assertThat(calendar.isProjected(of(2027, 12, 31))).isFalse();
        assertThat(calendar.nonWorkingWeekdays(of(2027, 12, 24), of(2028, 1, 4))).extracting(NonWorkingDay::date, NonWorkingDay::kind)
                .containsExactly(tuple(of(2027, 12, 27), NonWorkingDay.Kind.BANK_HOLIDAY),
                        tuple(of(2027, 12, 28), NonWorkingDay.Kind.BANK_HOLIDAY),
                        tuple(of(2028, 1, 3), NonWorkingDay.Kind.PROJECTED_BANK_HOLIDAY));
        assertThat(calendar.nonWorkingWeekdays(of(2028, 1, 1), of(2028, 1, 4))).extracting(NonWorkingDay::name)
                .containsExactly("New Year's Day, substitute day");
    }

    @Test
    void publishedDataForAYearReplacesItsProjection() {
        // A file for 2028 as GOV.UK might publish it: an extra one-off holiday, and no Summer bank holiday.
        WorkingDayCalendar published = WorkingDayCalendar.of(parse("""
                {"england-and-wales":{"events":[
                  {"title":"New Year’s Day","date":"2028-01-03"},
                  {"title":"A one-off bank holiday","date":"2028-06-02"}]}}
                """));
        assertThat(published.isProjected(of(2028, 6, 2))).isFalse();
        assertThat(published.isWorkingDay(of(2028, 6, 2))).isFalse();
        assertThat(published.isWorkingDay(of(2028, 8, 28))).as("the published year is taken as published").isTrue();
        assertThat(published.isWorkingDay(of(2029, 1, 1))).as("the next year is projected").isFalse();
        assertThat(published.nonWorkingWeekdays(of(2028, 1, 1), of(2028, 1, 4))).containsExactly(
                new NonWorkingDay(of(2028, 1, 3), "New Year’s Day", NonWorkingDay.Kind.BANK_HOLIDAY));
    }

    @Test
    void loadingAPublishedYearSaysWhichProjectedDatesItConfirmedAddedAndDropped() {
        WorkingDayCalendar published = WorkingDayCalendar.of(parse("""
                {"england-and-wales":{"events":[
                  {"title":"Christmas Day","date":"2027-12-27"},
                  {"title":"New Year’s Day","date":"2028-01-03"},
                  {"title":"A one-off bank holiday","date":"2028-06-02"}]}}
                """));
        ProjectionReplaced replaced = ProjectionReplaced.between(calendar, published);
        assertThat(replaced.from()).isEqualTo(of(2028, 1, 1));
        assertThat(replaced.to()).isEqualTo(of(2028, 12, 31));
        assertThat(replaced.confirmed()).extracting(NonWorkingDay::date).containsExactly(of(2028, 1, 3));
        assertThat(replaced.added()).extracting(NonWorkingDay::date).containsExactly(of(2028, 6, 2));
        assertThat(replaced.dropped()).extracting(NonWorkingDay::date).containsExactly(of(2028, 4, 14), of(2028, 4, 17),
                of(2028, 5, 1), of(2028, 5, 29), of(2028, 8, 28), of(2028, 12, 25), of(2028, 12, 26));
        assertThat(replaced.movedAnything()).isTrue();
        assertThat(replaced.inWords()).startsWith("From 1 Jan 2028 to 31 Dec 2028 the published bank holidays replace the"
                        + " projected ones: 1 projected date was confirmed. Published but not projected: 2 Jun 2028 (A one-off"
                        + " bank holiday). Projected but not published (working days now): 14 Apr 2028 (Good Friday)");
        assertThat(ProjectionReplaced.between(calendar, calendar).inWords())
                .isEqualTo("The file covers no day that was projected: no projected bank holiday was replaced.");
    }

    @Test
    void guardsItsInputs() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(of(2027, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Closure(of(2027, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    }

    @Test
    void shippedFileHoldsEnglandAndWales2018To2027() {
        assertThat(shipped.coveredFrom()).isEqualTo(of(2018, 1, 1));
        assertThat(shipped.coveredUntil()).isEqualTo(of(2027, 12, 31));
        Set<LocalDate> dates = shipped.englandAndWales().stream().map(BankHoliday::date).collect(Collectors.toSet());
        assertThat(dates).contains(of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19), of(2023, 5, 8), of(2020, 5, 8),
                of(2026, 12, 28), of(2027, 12, 27), of(2027, 12, 28), of(2021, 12, 27), of(2022, 1, 3));
        assertThat(dates).doesNotContain(of(2020, 5, 4), of(2022, 5, 30));
        assertThat(shipped.englandAndWales()).allSatisfy(h -> assertThat(h.date().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void shippedFileMatchesStackFacts2026And2027() {
        assertThat(shipped.englandAndWales()).extracting(BankHoliday::date).filteredOn(d -> d.getYear() >= 2026).containsExactly(
                of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25), of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28),
                of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29), of(2027, 5, 3), of(2027, 5, 31), of(2027, 8, 30), of(2027, 12, 27), of(2027, 12, 28));
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
    void everyYearHasGoodFridayAndEasterMonday(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> dates = shipped.englandAndWales().stream().map(BankHoliday::date).collect(Collectors.toSet());
        assertThat(dates).contains(easter.minusDays(2), easter.plusDays(1));
        assertThat(dates.stream().filter(d -> d.getYear() == year)).hasSizeBetween(8, 10);
    }

    /** Anonymous Gregorian algorithm, independent of the shipped data. */
    private static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return of(y, month, day);
    }

    @Test
    void parsesAnyValidGovUkFileWithAllThreeDivisions() {
        String json = """
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"New Year’s Day","date":"2028-01-03","notes":"Substitute day","bunting":true},
                  {"title":"Good Friday","date":"2028-04-14","notes":"","bunting":false}]},
                 "scotland":{"division":"scotland","events":[{"title":"2nd January","date":"2028-01-04","notes":"","bunting":true}]},
                 "northern-ireland":{"division":"northern-ireland","events":[]}}
                """;
        GovUkBankHolidays parsed = parse(json);
        assertThat(parsed.englandAndWales()).containsExactly(
                new BankHoliday(of(2028, 1, 3), "New Year’s Day"), new BankHoliday(of(2028, 4, 14), "Good Friday"));
        assertThat(parsed.coveredUntil()).isEqualTo(of(2028, 12, 31));
        WorkingDayCalendar refreshed = WorkingDayCalendar.of(parsed);
        assertThat(refreshed.isWorkingDay(of(2028, 1, 3))).isFalse();
        assertThat(refreshed.isWorkingDay(of(2028, 1, 4))).as("Scottish holidays are ignored").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{not json|not valid JSON",
            "[]|top level must be an object",
            "{\"scotland\":{\"events\":[]}}|no 'england-and-wales' division",
            "{\"england-and-wales\":{\"division\":\"england-and-wales\"}}|no 'events' list",
            "{\"england-and-wales\":{\"events\":[]}}|lists no events",
            "{\"england-and-wales\":{\"events\":[{\"title\":\"X\",\"date\":\"2028-13-01\"}]}}|not a yyyy-mm-dd date",
            "{\"england-and-wales\":{\"events\":[{\"date\":\"2028-01-03\"}]}}|no 'title' text",
            "{\"england-and-wales\":{\"events\":[{\"title\":\"X\"}]}}|no 'date' text",
            "{\"england-and-wales\":{\"events\":[42]}}|event 1 of 'england-and-wales' is not an object"
    })
    void rejectsAMalformedFileWithAClearMessage(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a valid GOV.UK bank-holidays.json file: ")
                .hasMessageContaining(message);
    }

    private static GovUkBankHolidays parse(String json) {
        return GovUkBankHolidays.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
