package org.cinplan.meetings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.schedule.MeetingKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a worker types to record a CIN meeting that was held. The next review date is required unless the meeting
 * closes the case. The chair is either chosen from staff
 * ({@code chairStaffId}) or named ({@code chairName}), for a chair from outside cinplan.
 */
public record MeetingForm(
        @NotNull(message = "Choose initial meeting or review") MeetingKind kind,
        @NotNull(message = "Enter the date the meeting was held")
        @PastOrPresent(message = "The meeting date cannot be in the future") LocalDate heldOn,
        @PastOrPresent(message = "The date the minutes were distributed cannot be in the future") LocalDate minutesDistributedOn,
        LocalDate nextReviewDate,
        LocalDate planUpdateDate,
        Long chairStaffId,
        @Size(max = 120, message = "The chair's name can have at most 120 characters") String chairName,
        @Size(max = 120, message = "The minute-taker's name can have at most 120 characters") String minuteTakerName,
        boolean childAttended,
        ChildViewsForm childViewsForm,
        @Size(max = 500, message = "Say why the child did not attend in at most 500 characters") String childAbsenceReason,
        boolean equalityDiversityConsidered,
        @Size(max = 2000, message = "The rationale can have at most 2,000 characters") String outsideWindowRationale)
        implements Serializable {

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
}
