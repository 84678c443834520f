package org.cinplan.alerts;

import java.io.Serializable;
import java.time.LocalDate;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** Which runs an auditor wants: started within the dates (inclusive; either may be open), of a trigger and outcome. */
public record RunLogFilter(LocalDate from, LocalDate to, SweepTrigger trigger, SweepOutcome outcome)
        implements Serializable {

    public RunLogFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The end date comes before the start date");
        }
    }

    public static RunLogFilter everything() {
        return new RunLogFilter(null, null, null, null);
    }
}
