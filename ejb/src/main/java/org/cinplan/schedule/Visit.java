package org.cinplan.schedule;

import java.time.LocalDate;

/** A visit to the child (or an attempt: {@code childSeen} false). */
public record Visit(LocalDate visitedOn, boolean childSeen, boolean seenAlone, String reasonNotSeenAlone, LocalDate writtenUpOn) {

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

    public static Visit seen(LocalDate on) {
        return new Visit(on, true, false, null, null);
    }

    public static Visit seenAlone(LocalDate on) {
        return new Visit(on, true, true, null, null);
    }

    public static Visit notSeen(LocalDate on) {
        return new Visit(on, false, false, null, null);
    }

    public Visit writtenUp(LocalDate on) {
        return new Visit(visitedOn, childSeen, seenAlone, reasonNotSeenAlone, on);
    }
}
