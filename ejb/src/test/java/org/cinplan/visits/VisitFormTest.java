package org.cinplan.visits;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-field checks of the visit form, which need no container. */
class VisitFormTest {

    private static final LocalDate VISITED = LocalDate.of(2026, 11, 16);

    private static VisitForm form(boolean childSeen, boolean seenAlone, String reason, String observations,
                                  LocalDate writtenUpOn) {
        return new VisitForm(VISITED, false, childSeen, seenAlone, reason, "Mother", "Check the child's school attendance",
                observations, writtenUpOn);
    }

    @Test
    void aChildSeenButNotAloneNeedsAReason() {
        assertThat(form(true, false, null, null, null).isReasonGivenWhenNotAlone()).isFalse();
        assertThat(form(true, false, " ", null, null).isReasonGivenWhenNotAlone()).isFalse();
        assertThat(form(true, false, "Baby, seen with mother", null, null).isReasonGivenWhenNotAlone()).isTrue();
        assertThat(form(true, true, null, null, null).isReasonGivenWhenNotAlone()).isTrue();
        assertThat(form(false, false, null, null, null).isReasonGivenWhenNotAlone()).isTrue();
    }

    @Test
    void aChildNotSeenCannotHaveBeenSeenAlone() {
        assertThat(form(false, true, null, null, null).isSeenAloneOnlyIfSeen()).isFalse();
        assertThat(form(true, true, null, null, null).isSeenAloneOnlyIfSeen()).isTrue();
    }

    @Test
    void aWriteUpDateNeedsTheObservationsAndCannotPrecedeTheVisit() {
        assertThat(form(true, true, null, null, VISITED).isObservationsGivenWhenWrittenUp()).isFalse();
        assertThat(form(true, true, null, "  ", VISITED).isObservationsGivenWhenWrittenUp()).isFalse();
        assertThat(form(true, true, null, "Calm, engaged; attendance up", VISITED).isObservationsGivenWhenWrittenUp()).isTrue();
        assertThat(form(true, true, null, null, null).isObservationsGivenWhenWrittenUp()).isTrue();
        assertThat(form(true, true, null, "Seen", VISITED.minusDays(1)).isWrittenUpAfterTheVisit()).isFalse();
        assertThat(form(true, true, null, "Seen", VISITED.plusDays(2)).isWrittenUpAfterTheVisit()).isTrue();
    }
}
