package org.cinplan.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestedPeriodTest {

    private static final LocalDate START = LocalDate.of(2028, 1, 1);

    @Test
    void aLeapYearOfDaysIsAccepted() {
        assertThatCode(() -> RequestedPeriod.require("The calendar", START, START.plusDays(365)))
                .doesNotThrowAnyException();
        assertThatCode(() -> RequestedPeriod.require("The calendar", START, START)).as("one day")
                .doesNotThrowAnyException();
    }

    @Test
    void aDayMoreThanAYearIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> RequestedPeriod.require("The calendar", START, START.plusDays(366)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> RequestedPeriod.require("The audit search", LocalDate.of(1900, 1, 1),
                LocalDate.of(2199, 12, 31)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("The audit search covers");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> RequestedPeriod.require("The calendar", START, START.minusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("before it starts");
    }

    @Test
    void anOptionalPeriodHasBothEndsOrNeither() {
        assertThatCode(() -> RequestedPeriod.requireBothOrNeither("The run log", null, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RequestedPeriod.requireBothOrNeither("The run log", START, null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs both dates");
        assertThatThrownBy(() -> RequestedPeriod.requireBothOrNeither("The run log", null, START))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs both dates");
        assertThatThrownBy(() -> RequestedPeriod.requireBothOrNeither("The run log", START, START.plusDays(400)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 366 days");
    }
}
