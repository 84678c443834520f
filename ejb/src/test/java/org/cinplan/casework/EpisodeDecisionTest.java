package org.cinplan.casework;

import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.Council;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks on the decision that opens an episode that need no database. */
class EpisodeDecisionTest {

    private static final LocalDate REFERRAL = LocalDate.of(2026, 10, 1);

    private static EpisodeDecision decision(EpisodeType type, LocalDate decision, LocalDate cpEnd) {
        EpisodeDecision form = new EpisodeDecision();
        form.setType(type);
        form.setReferralDate(REFERRAL);
        form.setDecisionDate(decision);
        form.setCpPlanEndDate(cpEnd);
        form.setPrimaryNeedCode("N1");
        form.setReferralSource(ReferralSource.SCHOOL);
        return form;
    }

    private static EpisodeDecision exceptional(ExceptionalCircumstance circumstance, LocalDate recordedOn, String detail) {
        EpisodeDecision form = decision(EpisodeType.STANDARD, REFERRAL, null);
        form.setExceptionalCircumstance(circumstance);
        form.setExceptionalRecordedOn(recordedOn);
        form.setExceptionalDetail(detail);
        return form;
    }

    @Test
    void aStandardEpisodeNeedsADecisionNotBeforeTheReferral() {
        assertThat(decision(EpisodeType.STANDARD, null, null).isDecisionDateGiven()).isFalse();
        assertThat(decision(EpisodeType.STANDARD, REFERRAL.minusDays(1), null).isDecisionNotBeforeReferral()).isFalse();
        EpisodeDecision ok = decision(EpisodeType.STANDARD, REFERRAL, null);
        assertThat(ok.isDecisionDateGiven()).isTrue();
        assertThat(ok.isDecisionNotBeforeReferral()).isTrue();
        assertThat(ok.effectiveDecisionDate()).isEqualTo(REFERRAL);
    }

    @Test
    void aStepDownCountsFromTheEndOfTheChildProtectionPlan() {
        assertThat(decision(EpisodeType.STEP_DOWN_FROM_CP, null, null).isCpPlanEndDateGivenForStepDown()).isFalse();
        EpisodeDecision stepDown = decision(EpisodeType.STEP_DOWN_FROM_CP, null, REFERRAL.plusDays(30));
        assertThat(stepDown.isDecisionDateGiven()).isTrue();
        assertThat(stepDown.effectiveDecisionDate()).isEqualTo(REFERRAL.plusDays(30));
        assertThat(decision(EpisodeType.STEP_DOWN_FROM_CP, REFERRAL.plusDays(3), REFERRAL.plusDays(30))
                .isStepDownDecisionTheCpPlanEnd()).isFalse();
        assertThat(decision(EpisodeType.STEP_DOWN_FROM_CP, null, REFERRAL.minusDays(1)).isDecisionNotBeforeReferral()).isFalse();
    }

    @Test
    void anExceptionalCircumstanceComesWithItsDate() {
        EpisodeDecision undated = exceptional(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS, null, null);
        EpisodeDecision dated = exceptional(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS, REFERRAL, null);
        assertThat(undated.isExceptionalCircumstanceDated()).isFalse();
        assertThat(dated.isExceptionalCircumstanceDated()).isTrue();
    }

    @Test
    void theListedExceptionalCircumstancesAreExamplesAndAnotherIsStatedInWords() {
        EpisodeDecision unstated = exceptional(ExceptionalCircumstance.OTHER, REFERRAL, " ");
        EpisodeDecision stated = exceptional(ExceptionalCircumstance.OTHER, REFERRAL, "Parent in long-term hospital treatment abroad");
        EpisodeDecision listed = exceptional(ExceptionalCircumstance.FAMILY_FROM_ABROAD, REFERRAL, null);
        assertThat(unstated.isOtherExceptionalCircumstanceStated()).isFalse();
        assertThat(stated.isOtherExceptionalCircumstanceStated()).isTrue();
        assertThat(listed.isOtherExceptionalCircumstanceStated()).isTrue();
    }

    @Test
    void anEpisodeRecordsAnotherExceptionalCircumstanceOnlyWithItsReason() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        Child child = new Child(family, "SUF999997", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, REFERRAL, REFERRAL, "N1", false);
        assertThatThrownBy(() -> episode.recordExceptionalCircumstance(ExceptionalCircumstance.OTHER, " ", REFERRAL))
                .hasMessageContaining("MAX_DURATION_12M");
        episode.recordExceptionalCircumstance(ExceptionalCircumstance.OTHER, " Parent in hospital abroad ", REFERRAL);
        assertThat(episode.exceptionalCircumstance()).isEqualTo(ExceptionalCircumstance.OTHER);
        assertThat(episode.exceptionalCircumstanceDetail()).isEqualTo("Parent in hospital abroad");
    }

    @Test
    void aNewChildsFamilyIsNamedAfterThemUnlessNamed() {
        NewChild child = new NewChild();
        child.setFamilyName(" Lovelace ");
        child.setEthnicity(" ");
        child.setNewFamilyName("  ");
        assertThat(child.familyNameForNewFamily()).isEqualTo("Lovelace family");
        assertThat(child.getEthnicity()).isNull();
        child.setNewFamilyName("Byron household");
        assertThat(child.familyNameForNewFamily()).isEqualTo("Byron household");
    }
}
