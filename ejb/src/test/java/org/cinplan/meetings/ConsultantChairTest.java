package org.cinplan.meetings;

import org.cinplan.admin.PolicyFamily;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CONSULTANT_MAY_CHAIR_3RD: the prompt for a Suffolk third review after reviews without progress. */
class ConsultantChairTest {

    @Test
    void aSuffolkThirdReviewAfterTwoReviewsWithoutProgressMayBeChairedByAConsultant() {
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, List.of(false, false)))
                .hasValueSatisfying(p -> assertThat(p).contains("Consultant Social Worker may chair", "CONSULTANT_MAY_CHAIR_3RD"));
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, List.of(false, false, false))).isPresent();
    }

    @Test
    void noPromptBeforeTheThirdReviewOrAfterAReviewFoundProgressOrDidNotSay() {
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, List.of())).isEmpty();
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, List.of(false))).isEmpty();
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, List.of(true, false))).isEmpty();
        assertThat(ConsultantChair.prompt(PolicyFamily.SUFFOLK, Arrays.asList(null, false))).isEmpty();
    }

    @Test
    void berkshireWestHasNoSuchPrompt() {
        assertThat(ConsultantChair.prompt(PolicyFamily.BERKSHIRE_WEST, List.of(false, false, false))).isEmpty();
    }
}
