package org.cinplan.meetings;

import org.cinplan.platform.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarPeriodTest {

    private static final LocalDate START = LocalDate.of(2028, 1, 1);

    @Test
    void aLeapYearOfDaysIsShown() {
        assertThatCode(() -> new CalendarPeriod(START, START.plusDays(365))).doesNotThrowAnyException();
        assertThatCode(() -> new CalendarPeriod(START, START)).as("one day").doesNotThrowAnyException();
    }

    @Test
    void aDayMoreThanAYearIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> new CalendarPeriod(START, START.plusDays(366)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> new CalendarPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new CalendarPeriod(START, START.minusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("before it starts");
    }
}
