package org.cinplan.meetings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.schedule.MeetingKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a worker types to record a CIN meeting that was held; the page binds to it and a new one clears the form. The
 * next review date is required unless the meeting closes the case. The chair is either chosen from staff
 * ({@code chairStaffId}) or named ({@code chairName}), for a chair from outside cinplan.
 */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose initial meeting or review")
    private MeetingKind kind;
    @NotNull(message = "Enter the date the meeting was held")
    @PastOrPresent(message = "The meeting date cannot be in the future")
    private LocalDate heldOn;
    @PastOrPresent(message = "The date the minutes were distributed cannot be in the future")
    private LocalDate minutesDistributedOn;
    private LocalDate nextReviewDate;
    private LocalDate planUpdateDate;
    private Long chairStaffId;
    @Size(max = 120, message = "The chair's name can have at most 120 characters")
    private String chairName;
    @Size(max = 120, message = "The minute-taker's name can have at most 120 characters")
    private String minuteTakerName;
    private boolean childAttended;
    private ChildViewsForm childViewsForm;
    @Size(max = 500, message = "Say why the child did not attend in at most 500 characters")
    private String childAbsenceReason;
    private boolean equalityDiversityConsidered;
    @Size(max = 2000, message = "The rationale can have at most 2,000 characters")
    private String outsideWindowRationale;

    @AssertTrue(message = "Choose the chair from staff or type their name")
    public boolean isChairGiven() {
        return chairStaffId != null || (chairName != null && !chairName.isBlank());
    }

    @AssertTrue(message = "Name the minute-taker")
    public boolean isMinuteTakerGiven() {
        return minuteTakerName != null && !minuteTakerName.isBlank();
    }

    @AssertTrue(message = "The child did not attend: record the form their views were given in and why they did not attend"
            + " (CHILD_VIEWS)")
    public boolean isChildViewsRecorded() {
        return childAttended || (childViewsForm != null && childAbsenceReason != null && !childAbsenceReason.isBlank());
    }

    @AssertTrue(message = "Equality, diversity and the child's cultural background must be considered at every CIN meeting:"
            + " confirm they were (EQUALITY_DIVERSITY)")
    public boolean isEqualityDiversityConfirmed() {
        return equalityDiversityConsidered;
    }

    @AssertTrue(message = "The minutes cannot be distributed before the meeting")
    public boolean isMinutesAfterMeeting() {
        return minutesDistributedOn == null || heldOn == null || !minutesDistributedOn.isBefore(heldOn);
    }

    @AssertTrue(message = "The next review must be after this meeting")
    public boolean isNextReviewAfterMeeting() {
        return nextReviewDate == null || heldOn == null || nextReviewDate.isAfter(heldOn);
    }

    @AssertTrue(message = "The plan update date cannot be before the meeting")
    public boolean isPlanUpdateNotBeforeMeeting() {
        return planUpdateDate == null || heldOn == null || !planUpdateDate.isBefore(heldOn);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getMinutesDistributedOn() {
        return minutesDistributedOn;
    }

    public void setMinutesDistributedOn(LocalDate minutesDistributedOn) {
        this.minutesDistributedOn = minutesDistributedOn;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public LocalDate getPlanUpdateDate() {
        return planUpdateDate;
    }

    public void setPlanUpdateDate(LocalDate planUpdateDate) {
        this.planUpdateDate = planUpdateDate;
    }

    public Long getChairStaffId() {
        return chairStaffId;
    }

    public void setChairStaffId(Long chairStaffId) {
        this.chairStaffId = chairStaffId;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public String getMinuteTakerName() {
        return minuteTakerName;
    }

    public void setMinuteTakerName(String minuteTakerName) {
        this.minuteTakerName = minuteTakerName;
    }

    public boolean isChildAttended() {
        return childAttended;
    }

    public void setChildAttended(boolean childAttended) {
        this.childAttended = childAttended;
    }

    public ChildViewsForm getChildViewsForm() {
        return childViewsForm;
    }

    public void setChildViewsForm(ChildViewsForm childViewsForm) {
        this.childViewsForm = childViewsForm;
    }

    public String getChildAbsenceReason() {
        return childAbsenceReason;
    }

    public void setChildAbsenceReason(String childAbsenceReason) {
        this.childAbsenceReason = childAbsenceReason;
    }

    public boolean isEqualityDiversityConsidered() {
        return equalityDiversityConsidered;
    }

    public void setEqualityDiversityConsidered(boolean equalityDiversityConsidered) {
        this.equalityDiversityConsidered = equalityDiversityConsidered;
    }

    public String getOutsideWindowRationale() {
        return outsideWindowRationale;
    }

    public void setOutsideWindowRationale(String outsideWindowRationale) {
        this.outsideWindowRationale = outsideWindowRationale;
    }
}
