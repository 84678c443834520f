package org.cinplan.visits;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a worker types to record a visit. Who visited and their role default to the person recording it; whom
 * defaults to the child.
 */
public record VisitForm(
        @NotNull(message = "Enter the date of the visit") @PastOrPresent(message = "The visit date cannot be in the future")
        LocalDate visitDate,
        boolean announced,
        boolean childSeen,
        boolean seenAlone,
        @Size(max = 500, message = "Say why in at most 500 characters") String reasonNotSeenAlone,
        @Size(max = 500, message = "Name who was present in at most 500 characters") String peoplePresent,
        @NotBlank(message = "Say what the visit was for")
        @Size(max = 1000, message = "Say what the visit was for in at most 1,000 characters") String purpose,
        @Size(max = 4000, message = "Write the observations in at most 4,000 characters") String observations,
        @PastOrPresent(message = "The write-up date cannot be in the future") LocalDate writtenUpOn,
        boolean faceToFace,
        @Size(max = 200, message = "Name who visited in at most 200 characters") String visitedBy,
        @Size(max = 100, message = "Give the visitor's role in at most 100 characters") String visitorRole,
        VisitOf visitOf,
        @Size(max = 200, message = "Name the person visited in at most 200 characters") String personVisited)
        implements Serializable {

    /** A face-to-face visit to the child by the person recording it. */
    public VisitForm(LocalDate visitDate, boolean announced, boolean childSeen, boolean seenAlone, String reasonNotSeenAlone,
                     String peoplePresent, String purpose, String observations, LocalDate writtenUpOn) {
        this(visitDate, announced, childSeen, seenAlone, reasonNotSeenAlone, peoplePresent, purpose, observations, writtenUpOn,
                true, null, null, VisitOf.CHILD, null);
    }

    @AssertTrue(message = "Name the person visited")
    public boolean isPersonNamedWhenNotTheChild() {
        return visitOf == null || visitOf == VisitOf.CHILD || (personVisited != null && !personVisited.isBlank());
    }

    @AssertTrue(message = "Write what you observed and its outcomes to record the write-up date")
    public boolean isObservationsGivenWhenWrittenUp() {
        return writtenUpOn == null || (observations != null && !observations.isBlank());
    }

    @AssertTrue(message = "A child who was not seen cannot have been seen alone")
    public boolean isSeenAloneOnlyIfSeen() {
        return childSeen || !seenAlone;
    }

    @AssertTrue(message = "Say why the child was not seen alone (for example, a baby)")
    public boolean isReasonGivenWhenNotAlone() {
        return !childSeen || seenAlone || !isToTheChild() || (reasonNotSeenAlone != null && !reasonNotSeenAlone.isBlank());
    }

    /** Whether the visit was to the child (not to someone around them). */
    public boolean isToTheChild() {
        return visitOf == null || visitOf == VisitOf.CHILD;
    }

    @AssertTrue(message = "The visit cannot be written up before it happened")
    public boolean isWrittenUpAfterTheVisit() {
        return writtenUpOn == null || visitDate == null || !writtenUpOn.isBefore(visitDate);
    }
}
