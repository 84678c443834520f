package org.cinplan.schedule;

import java.time.LocalDate;

/** A day an administrator has declared non-working (e.g. a newly announced one-off bank holiday). */
public record Closure(LocalDate date, String reason) {
    public Closure {
        Guard.required(date, "closure date is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A closure on " + date + " needs a reason");
        }
    }
}
