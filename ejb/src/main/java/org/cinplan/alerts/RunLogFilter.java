package org.cinplan.alerts;

import org.cinplan.platform.RequestedPeriod;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which runs an auditor wants: started within the dates (inclusive; both or neither, at most
 * {@value RequestedPeriod#LONGEST_DAYS} days, see {@link RequestedPeriod}), of a trigger and outcome.
 */
public record RunLogFilter(LocalDate from, LocalDate to, SweepTrigger trigger, SweepOutcome outcome)
        implements Serializable {

    public RunLogFilter {
        RequestedPeriod.requireBothOrNeither("The run log", from, to);
    }

    public static RunLogFilter everything() {
        return new RunLogFilter(null, null, null, null);
    }
}
