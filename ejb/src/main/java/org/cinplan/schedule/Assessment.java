package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * A social work (single) assessment; {@code completedOn} is the day it was completed and authorised by a manager (what
 * meets ASSESSMENT_DUE and ASSESSMENT_REFRESH), null until then.
 */
public record Assessment(LocalDate startedOn, LocalDate completedOn) {
    public Assessment {
        Guard.required(startedOn, "assessment start date is required");
        if (completedOn != null && completedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("An assessment started " + startedOn + " cannot be completed before it, on " + completedOn);
        }
    }
}
