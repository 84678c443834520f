package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * A CIN meeting that was held.
 *
 * @param nextReviewDate       the next review date set in the minutes (nullable)
 * @param planUpdateDate       the date the minutes set to update the plan (nullable)
 * @param outsideWindowRationale the recorded rationale for holding it outside the review window (nullable)
 */
public record Meeting(LocalDate heldOn, MeetingKind kind, LocalDate minutesDistributedOn, LocalDate nextReviewDate,
                      LocalDate planUpdateDate, String outsideWindowRationale) {

    public Meeting {
        Guard.required(heldOn, "the date the meeting was held is required");
        Guard.required(kind, "meeting kind is required");
        if (minutesDistributedOn != null && minutesDistributedOn.isBefore(heldOn)) {
            throw new IllegalArgumentException("Minutes of the meeting of " + heldOn + " cannot be distributed before it, on " + minutesDistributedOn);
        }
        if (nextReviewDate != null && !nextReviewDate.isAfter(heldOn)) {
            throw new IllegalArgumentException("The next review set at the meeting of " + heldOn + " must come after it, not on " + nextReviewDate);
        }
        if (outsideWindowRationale != null && outsideWindowRationale.isBlank()) {
            outsideWindowRationale = null;
        }
    }

    public static Meeting initial(LocalDate heldOn) {
        return new Meeting(heldOn, MeetingKind.INITIAL, null, null, null, null);
    }

    public static Meeting review(LocalDate heldOn) {
        return new Meeting(heldOn, MeetingKind.REVIEW, null, null, null, null);
    }

    public Meeting withMinutesDistributedOn(LocalDate date) {
        return new Meeting(heldOn, kind, date, nextReviewDate, planUpdateDate, outsideWindowRationale);
    }

    public Meeting withNextReviewDate(LocalDate date) {
        return new Meeting(heldOn, kind, minutesDistributedOn, date, planUpdateDate, outsideWindowRationale);
    }

    public Meeting withPlanUpdateDate(LocalDate date) {
        return new Meeting(heldOn, kind, minutesDistributedOn, nextReviewDate, date, outsideWindowRationale);
    }

    public Meeting withOutsideWindowRationale(String rationale) {
        return new Meeting(heldOn, kind, minutesDistributedOn, nextReviewDate, planUpdateDate, rationale);
    }

    public boolean hasRationale() {
        return outsideWindowRationale != null;
    }
}
