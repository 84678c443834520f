package org.cinplan.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void wordsEveryDayAsTheUkFormatterDoes() {
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        for (LocalDate day = LocalDate.of(2023, 12, 25); day.isBefore(LocalDate.of(2028, 3, 2)); day = day.plusDays(1)) {
            assertThat(Dates.full(day)).isEqualTo(uk.format(day));
        }
        assertThat(Dates.dayMonth(LocalDate.of(2027, 9, 6))).isEqualTo("6 Sept");
    }

    @Test
    void listsWithCommasAndAnd() {
        assertThat(Dates.listed(List.of())).isEmpty();
        assertThat(Dates.listed(List.of("25 Dec"))).isEqualTo("25 Dec");
        assertThat(Dates.listed(List.of("25 Dec", "28 Dec", "1 Jan"))).isEqualTo("25 Dec, 28 Dec and 1 Jan");
    }
}
