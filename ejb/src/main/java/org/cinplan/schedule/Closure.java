package org.cinplan.schedule;

import java.time.LocalDate;

/** A day an administrator has declared non-working (e.g. a newly announced one-off bank holiday). */
public record Closure(LocalDate date, String reason) {

    /** The longest reason the calendar stores. */
    public static final int MAX_REASON_LENGTH = 300;

    public Closure {
        Guard.required(date, "closure date is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A closure on " + date + " needs a reason");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A closure's reason has at most " + MAX_REASON_LENGTH
                    + " characters; this one has " + reason.length());
        }
    }
}
