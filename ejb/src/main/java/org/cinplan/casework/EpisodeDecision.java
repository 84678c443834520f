package org.cinplan.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The decision that a CIN plan is needed, as a worker types it to open an episode. For a step-down from child
 * protection the decision date is the day the child protection plan ended.
 */
public record EpisodeDecision(
        @NotNull(message = "Choose the type of episode") EpisodeType type,
        @NotNull(message = "Enter the referral date") @PastOrPresent(message = "The referral date cannot be in the future")
        LocalDate referralDate,
        @PastOrPresent(message = "The decision date cannot be in the future") LocalDate decisionDate,
        @PastOrPresent(message = "The child protection plan end date cannot be in the future") LocalDate cpPlanEndDate,
        @NotNull(message = "Choose the primary need code (N0 to N9)")
        @Pattern(regexp = "N[0-9]", message = "The primary need code must be N0 to N9") String primaryNeedCode,
        @NotNull(message = "Choose who referred the child") ReferralSource referralSource,
        boolean disabledChildrensTeam,
        ExceptionalCircumstance exceptionalCircumstance,
        @PastOrPresent(message = "The date exceptional circumstances were recorded cannot be in the future")
        LocalDate exceptionalRecordedOn,
        @Size(max = 500, message = "The exceptional circumstance can be described in at most 500 characters")
        String exceptionalDetail) implements Serializable {

    /** The date the episode counts from: the decision, or for a step-down the end of the child protection plan. */
    public LocalDate effectiveDecisionDate() {
        return type == EpisodeType.STEP_DOWN_FROM_CP ? cpPlanEndDate : decisionDate;
    }

    @AssertTrue(message = "Enter the date of the decision that a CIN plan is needed")
    public boolean isDecisionDateGiven() {
        return type == EpisodeType.STEP_DOWN_FROM_CP || decisionDate != null;
    }

    @AssertTrue(message = "A step-down from child protection needs the date the child protection plan ended")
    public boolean isCpPlanEndDateGivenForStepDown() {
        return type != EpisodeType.STEP_DOWN_FROM_CP || cpPlanEndDate != null;
    }

    @AssertTrue(message = "For a step-down the decision date is the date the child protection plan ended: leave the"
            + " decision date empty or make it the same")
    public boolean isStepDownDecisionTheCpPlanEnd() {
        return type != EpisodeType.STEP_DOWN_FROM_CP || decisionDate == null || cpPlanEndDate == null
                || decisionDate.equals(cpPlanEndDate);
    }

    @AssertTrue(message = "The decision cannot come before the referral")
    public boolean isDecisionNotBeforeReferral() {
        LocalDate decision = effectiveDecisionDate();
        return decision == null || referralDate == null || !decision.isBefore(referralDate);
    }

    @AssertTrue(message = "Say in words what the other exceptional circumstance is (MAX_DURATION_12M: Suffolk 4.5's reasons"
            + " are examples)")
    public boolean isOtherExceptionalCircumstanceStated() {
        return exceptionalCircumstance != ExceptionalCircumstance.OTHER
                || (exceptionalDetail != null && !exceptionalDetail.isBlank());
    }

    @AssertTrue(message = "Give both the exceptional circumstance and the date it was recorded, or neither")
    public boolean isExceptionalCircumstanceDated() {
        return (exceptionalCircumstance == null) == (exceptionalRecordedOn == null);
    }
}
