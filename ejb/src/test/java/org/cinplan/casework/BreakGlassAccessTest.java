package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakGlassAccessTest {

    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 11, 23, 9, 0);

    private final Council council = new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST);
    private final StaffMember staff = new StaffMember("pm.test", "Pat Manager", null, "hash", new Team(council, "Team"),
            EnumSet.of(Role.PRACTICE_MANAGER));
    private final Child child = new Child(new Family(council, "Test family"), "REA1", "Ada", "Test",
            LocalDate.of(2019, 1, 1), Sex.F, null, false);

    private BreakGlassAccess opened(String reason) {
        return new BreakGlassAccess(child, staff, reason, OPENED, Duration.ofHours(4));
    }

    @Test
    void aReasonOfFewerThanTwentyCharactersIgnoringSpacesIsRefused() {
        for (String reason : new String[] {null, "urgent", "   nineteen chars here   "}) {
            assertThatThrownBy(() -> opened(reason)).as(String.valueOf(reason))
                    .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least 20 characters")
                    .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo(Validity.KNOWN_VALUE);
        }
        assertThat(opened("  Police called about the child  ").reason()).isEqualTo("Police called about the child");
    }

    @Test
    void accessLastsItsTimeUnlessEndedEarly() {
        BreakGlassAccess access = opened("Police called about the child");
        assertThat(access.isActiveAt(OPENED.plusHours(4).minusSeconds(1))).isTrue();
        assertThat(access.isActiveAt(OPENED.plusHours(4))).isFalse();

        access.end(OPENED.plusHours(1));
        assertThat(access.expiresAt()).isEqualTo(OPENED.plusHours(1));
        assertThat(access.isActiveAt(OPENED.plusHours(1))).isFalse();
        access.end(OPENED.plusHours(2));
        assertThat(access.expiresAt()).as("ending again changes nothing").isEqualTo(OPENED.plusHours(1));
    }

    @Test
    void theOpenerCannotReviewTheirOwnOpening() {
        BreakGlassAccess access = opened("Police called about the child");

        assertThatThrownBy(() -> access.review("pm.test", OPENED.plusHours(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThat(access.reviewedAt()).isNull();
        access.review("tm.test", OPENED.plusHours(2));
        assertThat(access.reviewedBy()).isEqualTo("tm.test");
    }

    @Test
    void anOpeningIsReviewedOnce() {
        BreakGlassAccess access = opened("Police called about the child");
        access.review("tm.test", OPENED.plusDays(1));
        assertThat(access.reviewedBy()).isEqualTo("tm.test");
        assertThatThrownBy(() -> access.review("other", OPENED.plusDays(2))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("tm.test");
    }
}
