package org.cinplan.audit;

import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.ClockProducer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditSearchTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);

    @Test
    void aSearchOfAtMost366DaysIsAccepted() {
        assertThatCode(() -> AuditSearch.everything().between(startOf(FIRST_DAY), startOf(FIRST_DAY.plusDays(366))))
                .doesNotThrowAnyException();
        assertThatCode(AuditSearch::everything).as("no dates: every entry, a page at a time").doesNotThrowAnyException();
    }

    @Test
    void aLongerSearchIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> AuditSearch.everything().between(startOf(FIRST_DAY), startOf(FIRST_DAY.plusDays(367))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 366 days");
    }

    @Test
    void aSearchWithOneDateOnlyOrBackToFrontIsRefused() {
        assertThatThrownBy(() -> AuditSearch.everything().between(startOf(FIRST_DAY), null))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs both dates");
        assertThatThrownBy(() -> AuditSearch.everything().between(null, startOf(FIRST_DAY)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs both dates");
        assertThatThrownBy(() -> AuditSearch.everything().between(startOf(FIRST_DAY), startOf(FIRST_DAY)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("before it starts");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant();
    }
}
