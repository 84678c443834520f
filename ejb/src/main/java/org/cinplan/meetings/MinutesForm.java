package org.cinplan.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The minutes of a booked meeting that was held, beyond what {@link MeetingForm} holds: the written sections (RULES.md
 * "Contents"), the child's views, each invitee's attendance, exclusions, a difference of opinion, and the outcome.
 * The page binds to it; a new one clears the form. Which sections a meeting needs depends on its kind;
 * {@link MinutesSections} checks that. A review says whether the plan progressed ({@code planProgressed}); an initial
 * meeting leaves it null. A closing meeting in Berkshire West may record no lead professional because the child
 * continues with universal services ({@code universalServicesOnly}).
 */
public class MinutesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 4000, message = "The reason for the meeting can have at most 4,000 characters")
    private String reasonForMeeting;
    @Size(max = 4000, message = "The updates since the last meeting can have at most 4,000 characters")
    private String updatesSinceLast;
    @Size(max = 4000, message = "The progress of the plan can have at most 4,000 characters")
    private String planProgress;
    private Boolean planProgressed;
    @Size(max = 4000, message = "The needs can have at most 4,000 characters")
    private String needs;
    @Size(max = 4000, message = "The outcomes and timescales can have at most 4,000 characters")
    private String outcomesAndTimescales;
    @Size(max = 4000, message = "The actions can have at most 4,000 characters")
    private String actions;
    @Size(max = 4000, message = "The contingency plan can have at most 4,000 characters")
    private String contingency;
    @Size(max = 4000, message = "The summary can have at most 4,000 characters")
    private String summary;
    @Size(max = 2000, message = "The child's views can have at most 2,000 characters")
    private String childViews;
    @NotNull(message = "Record who attended")
    private List<@Valid InviteeAttendance> attendance = new ArrayList<>();
    /** The exclusion rows on the form, a spare empty one among them; see {@link #getRecordedExclusions()}. */
    @NotNull
    private List<ExclusionForm> exclusions = new ArrayList<>();
    @Size(max = 2000, message = "The difference of opinion can have at most 2,000 characters")
    private String disagreement;
    @Size(max = 2000, message = "The proposed action can have at most 2,000 characters")
    private String disagreementAction;
    @NotNull(message = "Choose the outcome of the meeting")
    private ReviewOutcome outcome;
    @Size(max = 4000, message = "The plan amendments can have at most 4,000 characters")
    private String planAmendments;
    @Size(max = 120, message = "The lead professional's name can have at most 120 characters")
    private String leadProfessionalName;
    @Size(max = 120, message = "The lead professional's agency can have at most 120 characters")
    private String leadProfessionalAgency;
    private boolean universalServicesOnly;

    @AssertTrue(message = "Name the lead professional who takes over, and their role or agency, before the case closes, or"
            + " (Berkshire West) record that the child continues with universal services (LEAD_PROFESSIONAL_ON_CLOSE)")
    public boolean isLeadProfessionalNamedOnClosure() {
        return outcome == null || !outcome.endsThePlan() || universalServicesOnly
                || (given(leadProfessionalName) && given(leadProfessionalAgency));
    }

    @AssertTrue(message = "Record both the difference of opinion and the action proposed to resolve it (DIFFERENCE_OF_OPINION)")
    public boolean isDisagreementWithAction() {
        return given(disagreement) == given(disagreementAction);
    }

    /** The exclusions the minutes record: each row with anything typed; a half-typed one is refused with what is missing. */
    public List<@Valid ExclusionForm> getRecordedExclusions() {
        return exclusions.stream().filter(exclusion -> !exclusion.isBlank()).toList();
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    public String getReasonForMeeting() {
        return reasonForMeeting;
    }

    public void setReasonForMeeting(String reasonForMeeting) {
        this.reasonForMeeting = reasonForMeeting;
    }

    public String getUpdatesSinceLast() {
        return updatesSinceLast;
    }

    public void setUpdatesSinceLast(String updatesSinceLast) {
        this.updatesSinceLast = updatesSinceLast;
    }

    public String getPlanProgress() {
        return planProgress;
    }

    public void setPlanProgress(String planProgress) {
        this.planProgress = planProgress;
    }

    public Boolean getPlanProgressed() {
        return planProgressed;
    }

    public void setPlanProgressed(Boolean planProgressed) {
        this.planProgressed = planProgressed;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getOutcomesAndTimescales() {
        return outcomesAndTimescales;
    }

    public void setOutcomesAndTimescales(String outcomesAndTimescales) {
        this.outcomesAndTimescales = outcomesAndTimescales;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getContingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public List<InviteeAttendance> getAttendance() {
        return attendance;
    }

    public void setAttendance(List<InviteeAttendance> attendance) {
        this.attendance = attendance;
    }

    public List<ExclusionForm> getExclusions() {
        return exclusions;
    }

    public void setExclusions(List<ExclusionForm> exclusions) {
        this.exclusions = exclusions;
    }

    public String getDisagreement() {
        return disagreement;
    }

    public void setDisagreement(String disagreement) {
        this.disagreement = disagreement;
    }

    public String getDisagreementAction() {
        return disagreementAction;
    }

    public void setDisagreementAction(String disagreementAction) {
        this.disagreementAction = disagreementAction;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public String getPlanAmendments() {
        return planAmendments;
    }

    public void setPlanAmendments(String planAmendments) {
        this.planAmendments = planAmendments;
    }

    public String getLeadProfessionalName() {
        return leadProfessionalName;
    }

    public void setLeadProfessionalName(String leadProfessionalName) {
        this.leadProfessionalName = leadProfessionalName;
    }

    public String getLeadProfessionalAgency() {
        return leadProfessionalAgency;
    }

    public void setLeadProfessionalAgency(String leadProfessionalAgency) {
        this.leadProfessionalAgency = leadProfessionalAgency;
    }

    public boolean isUniversalServicesOnly() {
        return universalServicesOnly;
    }

    public void setUniversalServicesOnly(boolean universalServicesOnly) {
        this.universalServicesOnly = universalServicesOnly;
    }
}
