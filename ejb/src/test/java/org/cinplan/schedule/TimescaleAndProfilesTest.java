package org.cinplan.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cinplan.schedule.CouncilCode.*;
import static org.cinplan.schedule.RuleId.*;

class TimescaleAndProfilesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
    private final TimescaleCalculator calculator = new TimescaleCalculator(calendar);

    @ParameterizedTest(name = "{0} + {1} month(s) = {2}")
    @CsvSource({
            "2027-01-31, 1, 2027-02-28",
            "2028-01-31, 1, 2028-02-29",   // leap year
            "2027-11-30, 3, 2028-02-29",
            "2027-08-31, 6, 2028-02-29",
            "2027-03-31, 1, 2027-04-30",
            "2027-01-15, 3, 2027-04-15"
    })
    void monthsClampAtMonthEnds(LocalDate start, int months, LocalDate expected) {
        assertThat(Timescale.months(months).dueFrom(start, calendar).date()).isEqualTo(expected);
    }

    @Test
    void unitsAndReadableForms() {
        assertThat(Timescale.weeks(6).dueFrom(of(2027, 1, 6), calendar).date()).isEqualTo(of(2027, 2, 17));
        assertThat(Timescale.calendarDays(10).dueFrom(of(2026, 12, 18), calendar).date()).isEqualTo(of(2026, 12, 28));
        assertThat(Timescale.workingDays(10).dueFrom(of(2026, 12, 18), calendar).date()).isEqualTo(of(2027, 1, 6));
        assertThat(Timescale.workingDays(10).readable()).isEqualTo("10 working days");
        assertThat(Timescale.weeks(6).readable()).isEqualTo("6 weeks");
        assertThat(Timescale.months(3).readable()).isEqualTo("3 months");
        assertThat(Timescale.months(1).readable()).isEqualTo("1 month");
        assertThat(Timescale.weeks(6)).isEqualTo(new Timescale(6, PeriodUnit.WEEKS));
        assertThatThrownBy(() -> Timescale.weeks(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void calculatorExplainsTheReadingExample() {
        TimescaleResult r = calculator.calculate(StandardProfiles.forCouncil(READING), INITIAL_MEETING, of(2026, 12, 18), "decision");
        assertThat(r.dueDate()).isEqualTo(of(2027, 1, 6));
        assertThat(r.explanation()).isEqualTo("Initial CIN meeting due by 6 Jan 2027: 10 working days after the decision of 18 Dec 2026"
                + " (Reading; Berkshire West guidance, 'Initial Child in Need meeting'). 25 Dec, 28 Dec and 1 Jan are bank holidays.");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void calculatorShowsSuffolkPolicyTextInterpretation() {
        TimescaleResult r = calculator.calculate(StandardProfiles.forCouncil(SUFFOLK), INITIAL_MEETING, of(2026, 12, 18));
        assertThat(r.dueDate()).isEqualTo(of(2027, 1, 6));
        assertThat(r.explanation()).contains("Suffolk procedure 2.2").contains("\"within 10 days\"").contains("10 working days");
    }

    @Test
    void calculatorGivesSuffolkReviewWindow() {
        TimescaleResult r = calculator.calculate(StandardProfiles.forCouncil(SUFFOLK), REVIEW_INTERVAL, of(2027, 1, 6), "meeting");
        assertThat(r.windowStart()).isEqualTo(of(2027, 3, 3));
        assertThat(r.dueDate()).isEqualTo(of(2027, 3, 31));
        assertThat(r.explanation()).startsWith("CIN review meeting due between 3 Mar 2027 and 31 Mar 2027: 8 to 12 weeks after the meeting of 6 Jan 2027");
    }

    @Test
    void calculatorWarnsBeyondCoverage() {
        TimescaleResult r = calculator.calculate(StandardProfiles.forCouncil(WOKINGHAM), MINUTES_DISTRIBUTED, of(2027, 12, 20));
        assertThat(r.warnings()).extracting(CalendarWarning::message).containsExactly(
                "Bank holidays after 31 Dec 2027 are projected by their statutory rules until GOV.UK publishes them;"
                        + " this date may move if a bank holiday is announced");
    }

    @Test
    void calculatorRefusesARuleTheCouncilHasNoValueFor() {
        assertThatThrownBy(() -> calculator.calculate(StandardProfiles.forCouncil(READING), ASSESSMENT_DUE, of(2027, 1, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Reading's policy sets no timescale for Social work assessment completed");
        assertThatThrownBy(() -> calculator.calculate(StandardProfiles.forCouncil(SUFFOLK), SEEN_ALONE, of(2027, 1, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no timescale of its own");
    }

    /** Every value of the catalogue's timescale table; null = "—". */
    static Stream<Arguments> catalogue() {
        Map<RuleId, Object[]> table = new java.util.EnumMap<>(RuleId.class);
        Timescale wd10 = Timescale.workingDays(10);
        table.put(INITIAL_MEETING, new Object[]{wd10, wd10, wd10, wd10});
        table.put(REVIEW_INTERVAL, new Object[]{Timescale.weeks(6), Timescale.weeks(6), Timescale.months(3), Timescale.weeks(12)});
        table.put(REVIEW_EARLY, new Object[]{null, null, null, wd10});
        table.put(SO_REVIEW, new Object[]{Timescale.weeks(6), Timescale.weeks(6), Timescale.months(3), Timescale.weeks(8)});
        table.put(MINUTES_DISTRIBUTED, new Object[]{wd10, wd10, wd10, wd10});
        table.put(PLAN_UPDATE_DATE, new Object[]{Timescale.weeks(6), Timescale.weeks(6), Timescale.weeks(6), null});
        table.put(VISIT_INTERVAL, new Object[]{Timescale.weeks(3), Timescale.weeks(3), Timescale.weeks(3), Timescale.workingDays(20)});
        table.put(VISIT_INTERVAL_SO, new Object[]{Timescale.weeks(3), Timescale.weeks(3), Timescale.weeks(3), Timescale.workingDays(20)});
        table.put(VISIT_INTERVAL_SHORT_BREAKS, new Object[]{Timescale.months(6), Timescale.months(6), Timescale.months(6), null});
        table.put(VISIT_RECORDED, new Object[]{Timescale.workingDays(2), Timescale.workingDays(2), Timescale.workingDays(2), Timescale.workingDays(2)});
        table.put(SEEN_ALONE, new Object[]{null, null, null, "check"});
        table.put(ASSESSMENT_DUE, new Object[]{null, null, null, Timescale.workingDays(45)});
        table.put(ASSESSMENT_REFRESH, new Object[]{Timescale.months(6), Timescale.months(6), Timescale.months(6), null});
        table.put(PLAN_APPROVAL, new Object[]{null, null, null, Timescale.workingDays(5)});
        table.put(MIN_DURATION_AFTER_CP, new Object[]{Timescale.months(3), Timescale.months(3), Timescale.months(3), Timescale.months(3)});
        table.put(RuleId.MIN_DURATION_FROM_START, new Object[]{Timescale.months(3), Timescale.months(3), Timescale.months(3), null});
        table.put(DURATION_6M, new Object[]{Timescale.months(6), Timescale.months(6), Timescale.months(6), null});
        table.put(OVERSIGHT_6M_12M, new Object[]{null, null, null, Timescale.months(6)});
        table.put(CONCLUSION_CHECK_9M, new Object[]{null, null, null, Timescale.months(9)});
        table.put(SO_EXTENSION_9M, new Object[]{null, null, null, Timescale.months(9)});
        table.put(MAX_DURATION_12M, new Object[]{null, null, null, Timescale.months(12)});
        table.put(SERVICE_MANAGER_18M, new Object[]{null, null, null, Timescale.months(18)});
        assertThat(table).hasSize(RuleId.values().length);
        CouncilCode[] councils = {READING, WOKINGHAM, WEST_BERKSHIRE, SUFFOLK};
        List<Arguments> args = new ArrayList<>();
        table.forEach((rule, values) -> {
            for (int i = 0; i < councils.length; i++) {
                args.add(Arguments.of(councils[i], rule, values[i]));
            }
        });
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("catalogue")
    void standardProfilesHoldEveryCatalogueValue(CouncilCode council, RuleId rule, Object expected) {
        PolicyProfile profile = StandardProfiles.forCouncil(council);
        assertThat(profile.version()).isEqualTo(1);
        assertThat(profile.effectiveFrom()).isEqualTo(of(2020, 1, 1));
        if (expected == null) {
            assertThat(profile.setting(rule)).isEmpty();
        } else if (expected instanceof Timescale t) {
            assertThat(profile.setting(rule)).hasValueSatisfying(s -> {
                assertThat(s.timescale()).isEqualTo(t);
                assertThat(s.policySource()).isNotBlank();
                assertThat(s.policyText()).isNotBlank();
            });
        } else {
            assertThat(profile.setting(rule)).hasValueSatisfying(s -> assertThat(s.hasTimescale()).isFalse());
        }
    }

    @Test
    void suffolkReviewHasAnEightWeekWindowAndDueSoonLeadsDiffer() {
        PolicyProfile suffolk = StandardProfiles.forCouncil(SUFFOLK);
        assertThat(suffolk.setting(REVIEW_INTERVAL).orElseThrow().windowMinimum()).isEqualTo(Timescale.weeks(8));
        assertThat(suffolk.setting(VISIT_RECORDED).orElseThrow().dueSoonWorkingDays()).isEqualTo(1);
        assertThat(suffolk.setting(MINUTES_DISTRIBUTED).orElseThrow().policySource()).isEqualTo("Suffolk procedure 4.10");
        assertThat(StandardProfiles.forCouncil(READING).setting(INITIAL_MEETING).orElseThrow().policySource())
                .isEqualTo("Berkshire West guidance, 'Initial Child in Need meeting'");
        assertThat(StandardProfiles.forCouncil(WEST_BERKSHIRE).councilName()).isEqualTo("West Berkshire");
    }

    @Test
    void ruleIdHasExactlyTheCatalogueIdsWithTitles() {
        // RuleCatalogueTest checks the ids against RULES.md itself.
        assertThat(RuleId.values()).hasSize(22);
        assertThat(INITIAL_MEETING.title()).isEqualTo("Initial CIN meeting");
        assertThat(RuleId.values()).allSatisfy(r -> assertThat(r.title()).isNotBlank());
    }

    @Test
    void profileHistoryPicksTheVersionInForceOnADate() {
        PolicyProfile v1 = StandardProfiles.forCouncil(READING);
        PolicyProfile v2 = v1.nextVersion(of(2027, 3, 1), Map.of(INITIAL_MEETING,
                v1.setting(INITIAL_MEETING).orElseThrow().withTimescale(Timescale.workingDays(5))));
        ProfileHistory history = ProfileHistory.of(v1, v2);
        assertThat(history.effectiveOn(of(2027, 2, 28))).isEqualTo(v1);
        assertThat(history.effectiveOn(of(2027, 3, 1))).isEqualTo(v2);
        assertThat(history.effectiveOn(of(2019, 6, 1))).as("before the first version, the first applies").isEqualTo(v1);
        assertThat(history.latest().version()).isEqualTo(2);
        assertThat(v2.setting(MINUTES_DISTRIBUTED)).isEqualTo(v1.setting(MINUTES_DISTRIBUTED));
    }

    @Test
    void profileGuards() {
        PolicyProfile reading = StandardProfiles.forCouncil(READING);
        assertThatThrownBy(() -> ProfileHistory.of(reading, StandardProfiles.forCouncil(SUFFOLK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one council");
        assertThatThrownBy(() -> reading.nextVersion(of(2019, 1, 1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must take effect after");
        assertThatThrownBy(() -> new PolicyProfile(READING, "Reading", 0, of(2020, 1, 1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> RuleSetting.of(Timescale.weeks(12), 5, "text", "source").withWindowMinimum(Timescale.weeks(13)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be shorter");
        assertThatThrownBy(() -> RuleSetting.of(Timescale.weeks(12), 5, "text", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy source");
        assertThatThrownBy(() -> reading.settings().put(DURATION_6M, null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
