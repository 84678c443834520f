package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * A visit to the child (or an attempt: {@code childSeen} false). Only a face-to-face visit that saw the child counts
 * towards the visit interval (BW App. 4: "Take place, face to face"); one recorded as not face to face is kept, and
 * still written up, but meets no visit deadline. Visits to people around the child are not the child's visits and
 * are not part of the case history.
 */
public record Visit(LocalDate visitedOn, boolean childSeen, boolean seenAlone, String reasonNotSeenAlone, LocalDate writtenUpOn,
                    boolean faceToFace) {

    public Visit {
        Guard.required(visitedOn, "visit date is required");
        if (seenAlone && !childSeen) {
            throw new IllegalArgumentException("The visit of " + visitedOn + " cannot see the child alone without seeing the child");
        }
        if (writtenUpOn != null && writtenUpOn.isBefore(visitedOn)) {
            throw new IllegalArgumentException("The visit of " + visitedOn + " cannot be written up before it happened, on " + writtenUpOn);
        }
        if (reasonNotSeenAlone != null && reasonNotSeenAlone.isBlank()) {
            reasonNotSeenAlone = null;
        }
    }

    /** A face-to-face visit. */
    public Visit(LocalDate visitedOn, boolean childSeen, boolean seenAlone, String reasonNotSeenAlone, LocalDate writtenUpOn) {
        this(visitedOn, childSeen, seenAlone, reasonNotSeenAlone, writtenUpOn, true);
    }

    public static Visit seen(LocalDate on) {
        return new Visit(on, true, false, null, null);
    }

    public static Visit seenAlone(LocalDate on) {
        return new Visit(on, true, true, null, null);
    }

    public static Visit notSeen(LocalDate on) {
        return new Visit(on, false, false, null, null);
    }

    /** A contact that saw the child but not face to face (a video call): recorded, counting towards no visit rule. */
    public static Visit notFaceToFace(LocalDate on) {
        return new Visit(on, true, false, null, null, false);
    }

    public Visit writtenUp(LocalDate on) {
        return new Visit(visitedOn, childSeen, seenAlone, reasonNotSeenAlone, on, faceToFace);
    }

    /** Whether it meets the visit interval: face to face, and the child seen. */
    public boolean countsForVisitInterval() {
        return faceToFace && childSeen;
    }

    /** Whether it meets SEEN_ALONE: face to face, and the child seen alone. */
    public boolean countsAsSeenAlone() {
        return faceToFace && seenAlone;
    }
}
