package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The minimum duration that binds an open case (MIN_DURATION_AFTER_CP or MIN_DURATION_FROM_START), as the case page
 * shows it: why and until when the plan stays open, the manager's decision that it may close earlier if one is
 * recorded, and whether the caller may record one.
 *
 * @param rule the rule id
 * @param why  "This plan followed a child protection plan that ended on 15 Jan 2027", "This plan started on ..."
 */
public record EarlyClosureStatus(String rule, String why, LocalDate openUntil, String minimum, LocalDate decidedOn,
                                 String decidedBy, String reason, boolean mayDecide) implements Serializable {

    public boolean isDecided() {
        return decidedOn != null;
    }
}
