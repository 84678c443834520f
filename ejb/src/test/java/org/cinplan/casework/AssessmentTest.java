package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An assessment: started with a reason, reviewed, completed with DfE factors and an outcome, authorised by a manager. */
class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static Episode openCase() {
        Family family = new Family(new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST), "Test family");
        Child child = new Child(family, "REA999995", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, TODAY.minusDays(60), TODAY.minusDays(50), "N1", false);
    }

    private static Assessment started() {
        return Assessment.start(openCase(), TODAY.minusDays(40), AssessmentReason.SIX_MONTHLY, "sw.demo", TODAY);
    }

    @Test
    void anAssessmentIsCompletedWithItsFactorsAndOutcomeThenAuthorised() {
        Assessment assessment = started();
        assessment.recordInternalReview(TODAY.minusDays(20), TODAY);
        assessment.complete(TODAY.minusDays(5), TODAY, "sw.demo", List.of("3B", "1B", "4B"), AssessmentOutcome.CIN_PLAN);

        assertThat(assessment.factors()).containsExactly("1B", "3B", "4B");
        assertThat(assessment.isAuthorised()).isFalse();
        assertThatThrownBy(() -> assessment.recordInternalReview(TODAY, TODAY)).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> assessment.authorise(TODAY.minusDays(6), TODAY, "tm.demo"))
                .hasMessage("The date cannot come before the assessment was completed");

        assessment.authorise(TODAY, TODAY, "tm.demo");

        assertThat(assessment.authorisedOn()).isEqualTo(TODAY);
        assertThat(assessment.authorisedBy()).isEqualTo("tm.demo");
        assertThatThrownBy(() -> assessment.authorise(TODAY, TODAY, "pm.demo")).hasMessage("The assessment was already authorised");
    }

    @Test
    void noFactorsIdentifiedStandsAloneAndOnlyDfeCodesAreTaken() {
        assertThatThrownBy(() -> started().complete(TODAY, TODAY, "sw", List.of("21", "16A"), AssessmentOutcome.CIN_PLAN))
                .hasMessage("21 No factors identified cannot stand with other factors");
        assertThatThrownBy(() -> started().complete(TODAY, TODAY, "sw", List.of("18A"), AssessmentOutcome.CIN_PLAN))
                .as("superseded by 18B and 18C").hasMessage("18A is not a DfE assessment factor code");
        assertThatThrownBy(() -> started().complete(TODAY, TODAY, "sw", List.of(), AssessmentOutcome.CIN_PLAN))
                .hasMessageContaining("Choose the factors identified");
        Assessment none = started();
        none.complete(TODAY, TODAY, "sw", List.of("21"), AssessmentOutcome.CLOSE_NO_FURTHER_ACTION);
        assertThat(none.factors()).containsExactly("21");
        assertThat(none.outcome().closureReason()).isEqualTo("RC8");
        assertThat(AssessmentOutcome.CLOSE_TO_EARLY_HELP.closureReason()).isEqualTo("RC9");
    }

    @Test
    void anAssessmentIsAuthorisedOnlyOnceCompletedAndDatedFromTheReferralToToday() {
        assertThatThrownBy(() -> started().authorise(TODAY, TODAY, "tm.demo")).hasMessageContaining("not completed yet");
        Episode episode = openCase();
        assertThatThrownBy(() -> Assessment.start(episode, TODAY.plusDays(1), AssessmentReason.INITIAL, "sw", TODAY))
                .hasMessage("The date cannot be in the future");
        assertThatThrownBy(() -> Assessment.start(episode, episode.referralDate().minusDays(1), AssessmentReason.INITIAL, "sw",
                TODAY)).hasMessage("The date cannot come before the referral");
        episode.close(TODAY.minusDays(1), "RC1", TODAY.atTime(9, 0));
        assertThatThrownBy(() -> Assessment.start(episode, TODAY, AssessmentReason.INITIAL, "sw", TODAY))
                .hasMessageContaining("The case has closed");
    }
}
