package org.cinplan.meetings;

import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** OUTSIDE_SCHOOL_TIME: a warning for a school-age child who attends a meeting in school hours. */
class SchoolHoursTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    /** A Wednesday in term time. */
    private static final LocalDateTime WEDNESDAY_TEN = LocalDateTime.of(2027, 3, 10, 10, 0);
    private static final LocalDate AGED_NINE = LocalDate.of(2018, 1, 15);

    @Test
    void schoolAgeIsReceptionToYearElevenOfTheSchoolYear() {
        LocalDate autumn = LocalDate.of(2026, 10, 1); // school year 2026-27
        assertThat(SchoolHours.isSchoolAge(LocalDate.of(2022, 8, 31), autumn)).as("youngest in Reception").isTrue();
        assertThat(SchoolHours.isSchoolAge(LocalDate.of(2022, 9, 1), autumn)).as("starts school next September").isFalse();
        assertThat(SchoolHours.isSchoolAge(LocalDate.of(2010, 9, 1), autumn)).as("oldest in Year 11").isTrue();
        assertThat(SchoolHours.isSchoolAge(LocalDate.of(2010, 8, 31), autumn)).as("in Year 12").isFalse();
        assertThat(SchoolHours.isSchoolAge(LocalDate.of(2022, 8, 31), LocalDate.of(2026, 8, 31)))
                .as("the summer before Reception").isFalse();
    }

    @Test
    void aSchoolAgeChildWhoAttendsOnASchoolDayInSchoolHoursIsWarned() {
        assertThat(SchoolHours.warning(AGED_NINE, true, WEDNESDAY_TEN, 60, CALENDAR))
                .hasValueSatisfying(w -> assertThat(w).contains("school hours").doesNotContain("OUTSIDE_SCHOOL_TIME"));
        assertThat(SchoolHours.warning(AGED_NINE, true, WEDNESDAY_TEN.withHour(7).withMinute(45), 60, CALENDAR))
                .as("runs into the school day").isPresent();
        assertThat(SchoolHours.warning(AGED_NINE, true, WEDNESDAY_TEN.withHour(7).withMinute(30), 60, CALENDAR))
                .as("ends at 08:30").isEmpty();
    }

    @Test
    void noWarningOutsideSchoolHoursOrWhenTheChildDoesNotAttendOrIsNotOfSchoolAge() {
        assertThat(SchoolHours.warning(AGED_NINE, true, WEDNESDAY_TEN.withHour(15).withMinute(30), 60, CALENDAR)).isEmpty();
        assertThat(SchoolHours.warning(AGED_NINE, false, WEDNESDAY_TEN, 60, CALENDAR)).isEmpty();
        assertThat(SchoolHours.warning(LocalDate.of(2025, 1, 1), true, WEDNESDAY_TEN, 60, CALENDAR)).as("a toddler").isEmpty();
        assertThat(SchoolHours.warning(AGED_NINE, true, LocalDateTime.of(2027, 3, 13, 10, 0), 60, CALENDAR))
                .as("a Saturday").isEmpty();
        assertThat(SchoolHours.warning(AGED_NINE, true, LocalDateTime.of(2027, 3, 29, 10, 0), 60, CALENDAR))
                .as("Easter Monday, a bank holiday").isEmpty();
    }

    @Test
    void theWarningCitesOnlyTheCasesOwnCouncilsPolicy() {
        assertThat(SchoolHours.policyOf("SUFFOLK")).contains("Suffolk").contains("2.7");
        assertThat(SchoolHours.policyOf("READING")).as("Berkshire West guidance does not name it").isEmpty();
    }
}
