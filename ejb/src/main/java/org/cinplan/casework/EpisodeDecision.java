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
 * The decision that a CIN plan is needed, as a worker types it to open an episode (the page binds to it). For a step-down from child
 * protection the decision date is the day the child protection plan ended. A new one is for a standard episode.
 */
public class EpisodeDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the type of episode")
    private EpisodeType type = EpisodeType.STANDARD;
    @NotNull(message = "Enter the referral date")
    @PastOrPresent(message = "The referral date cannot be in the future")
    private LocalDate referralDate;
    @PastOrPresent(message = "The decision date cannot be in the future")
    private LocalDate decisionDate;
    @PastOrPresent(message = "The child protection plan end date cannot be in the future")
    private LocalDate cpPlanEndDate;
    @NotNull(message = "Choose the primary need code (N0 to N9)")
    @Pattern(regexp = "N[0-9]", message = "The primary need code must be N0 to N9")
    private String primaryNeedCode;
    @NotNull(message = "Choose who referred the child")
    private ReferralSource referralSource;
    private boolean disabledChildrensTeam;
    private ExceptionalCircumstance exceptionalCircumstance;
    @PastOrPresent(message = "The date exceptional circumstances were recorded cannot be in the future")
    private LocalDate exceptionalRecordedOn;
    @Size(max = 500, message = "The exceptional circumstance can be described in at most 500 characters")
    private String exceptionalDetail;

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

    public EpisodeType getType() {
        return type;
    }

    public void setType(EpisodeType type) {
        this.type = type;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public LocalDate getCpPlanEndDate() {
        return cpPlanEndDate;
    }

    public void setCpPlanEndDate(LocalDate cpPlanEndDate) {
        this.cpPlanEndDate = cpPlanEndDate;
    }

    public String getPrimaryNeedCode() {
        return primaryNeedCode;
    }

    public void setPrimaryNeedCode(String primaryNeedCode) {
        this.primaryNeedCode = primaryNeedCode;
    }

    public ReferralSource getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(ReferralSource referralSource) {
        this.referralSource = referralSource;
    }

    public boolean isDisabledChildrensTeam() {
        return disabledChildrensTeam;
    }

    public void setDisabledChildrensTeam(boolean disabledChildrensTeam) {
        this.disabledChildrensTeam = disabledChildrensTeam;
    }

    public ExceptionalCircumstance getExceptionalCircumstance() {
        return exceptionalCircumstance;
    }

    public void setExceptionalCircumstance(ExceptionalCircumstance exceptionalCircumstance) {
        this.exceptionalCircumstance = exceptionalCircumstance;
    }

    public LocalDate getExceptionalRecordedOn() {
        return exceptionalRecordedOn;
    }

    public void setExceptionalRecordedOn(LocalDate exceptionalRecordedOn) {
        this.exceptionalRecordedOn = exceptionalRecordedOn;
    }

    public String getExceptionalDetail() {
        return exceptionalDetail;
    }

    public void setExceptionalDetail(String exceptionalDetail) {
        this.exceptionalDetail = exceptionalDetail;
    }
}
