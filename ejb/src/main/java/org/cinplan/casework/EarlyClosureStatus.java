package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * MIN_DURATION_AFTER_CP on an open step-down case, as the case page shows it: until when the plan stays open, the
 * manager's decision that it may close earlier if one is recorded, and whether the caller may record one.
 */
public record EarlyClosureStatus(LocalDate cpPlanEndedOn, LocalDate openUntil, String minimum, LocalDate decidedOn,
                                 String decidedBy, String reason, boolean mayDecide) implements Serializable {

    public boolean isDecided() {
        return decidedOn != null;
    }
}
