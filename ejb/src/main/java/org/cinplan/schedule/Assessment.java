package org.cinplan.schedule;

import java.time.LocalDate;

/** A social work (single) assessment; {@code completedOn} is null while it is open. */
public record Assessment(LocalDate startedOn, LocalDate completedOn) {
    public Assessment {
        Guard.required(startedOn, "assessment start date is required");
        if (completedOn != null && completedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("An assessment started " + startedOn + " cannot be completed before it, on " + completedOn);
        }
    }
}
