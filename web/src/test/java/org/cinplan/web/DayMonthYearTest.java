package org.cinplan.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayMonthYearTest {

    private static final String LABEL = "Date of the visit";

    @Test
    void threeNumbersOfARealDateAreThatDate() throws Exception {
        assertThat(new DayMonthYear("1", "2", "2027").toDate(LABEL)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(new DayMonthYear(" 09 ", "03", "2026").toDate(LABEL)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void nothingTypedIsNoDate() throws Exception {
        assertThat(new DayMonthYear(null, " ", "").toDate(LABEL)).isNull();
    }

    @Test
    void aMissingPartIsNamed() {
        assertThatThrownBy(() -> new DayMonthYear("1", "", "2027").toDate(LABEL))
                .hasMessage("Date of the visit must include a month");
        assertThatThrownBy(() -> new DayMonthYear("", "", "2027").toDate(LABEL))
                .hasMessage("Date of the visit must include a day and month");
    }

    @Test
    void aDateThatDoesNotExistOrIsNotNumbersIsNotARealDate() {
        assertThatThrownBy(() -> new DayMonthYear("31", "2", "2027").toDate(LABEL))
                .hasMessage("Date of the visit must be a real date");
        assertThatThrownBy(() -> new DayMonthYear("1", "Feb", "2027").toDate(LABEL))
                .hasMessage("Date of the visit must be a real date");
        assertThatThrownBy(() -> new DayMonthYear("1", "13", "2027").toDate(LABEL))
                .hasMessage("Date of the visit must be a real date");
    }

    @Test
    void aTwoDigitYearIsRefusedNotGuessed() {
        assertThatThrownBy(() -> new DayMonthYear("1", "2", "27").toDate(LABEL))
                .hasMessage("Date of the visit: the year must include 4 numbers");
    }

    @Test
    void aDateIsShownAsItsThreeNumbers() {
        assertThat(DayMonthYear.of(LocalDate.of(2027, 2, 1))).isEqualTo(new DayMonthYear("1", "2", "2027"));
        assertThat(DayMonthYear.of(null).isEmpty()).isTrue();
    }
}
