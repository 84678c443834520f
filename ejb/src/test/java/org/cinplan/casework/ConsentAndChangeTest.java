package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The family's consent with its date (CONSENT) and significant changes (REVIEW_EARLY), as recorded on a case. */
class ConsentAndChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static Child child() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        return new Child(family, "SUF999994", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
    }

    private static Episode standard() {
        return Episode.open(child(), EpisodeType.STANDARD, TODAY.minusDays(60), TODAY.minusDays(50), "N1", false);
    }

    @Test
    void aRefusalAfterChildProtectionIsPutToAManagerAndOtherwiseNeedsNone() {
        Episode stepDown = Episode.stepDownFromChildProtection(child(), TODAY.minusDays(200), TODAY.minusDays(30), "N1");
        assertThatThrownBy(() -> ConsentRecord.record(stepDown, ConsentKind.WITHDRAWN, TODAY, TODAY, "Mother", null, "sw", null))
                .hasMessageContaining("put to a manager").hasMessageContaining("CONSENT");
        ConsentRecord escalated = ConsentRecord.record(stepDown, ConsentKind.REFUSED, TODAY, TODAY, " Mother ", " ", "sw", "pm");
        assertThat(escalated.escalatedTo()).isEqualTo("pm");
        assertThat(escalated.givenBy()).isEqualTo("Mother");
        assertThat(escalated.note()).isNull();

        ConsentRecord refused = ConsentRecord.record(standard(), ConsentKind.REFUSED, TODAY, TODAY, "Father", "No", "sw", "pm");
        assertThat(refused.escalatedTo()).as("not after child protection: nobody to put it to").isNull();
        assertThat(ConsentRecord.record(stepDown, ConsentKind.GIVEN, TODAY, TODAY, "Mother", null, "sw", null).kind())
                .isEqualTo(ConsentKind.GIVEN);
    }

    @Test
    void consentAndChangesNeedTheirDateWhoAndWhat() {
        assertThatThrownBy(() -> ConsentRecord.record(standard(), ConsentKind.GIVEN, TODAY, TODAY, " ", null, "sw", null))
                .hasMessageContaining("Say who gave or refused consent");
        assertThatThrownBy(() -> ConsentRecord.record(standard(), ConsentKind.GIVEN, TODAY.plusDays(1), TODAY, "Mother", null,
                "sw", null)).hasMessage("The date cannot be in the future");
        assertThatThrownBy(() -> SignificantChange.record(standard(), TODAY, TODAY, " ", "sw")).hasMessage("Describe the change");
        assertThatThrownBy(() -> SignificantChange.record(standard(), TODAY.minusDays(51), TODAY, "Moved house", "sw"))
                .hasMessage("The date cannot come before the CIN decision");
        SignificantChange change = SignificantChange.record(standard(), TODAY, TODAY, " Father left the home ", "sw");
        assertThat(change.description()).isEqualTo("Father left the home");
        assertThat(change.recordedBy()).isEqualTo("sw");
    }
}
