package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * MIN_DURATION_AFTER_CP on one case, as {@link DeadlineEngine#minimumDurationAfterCp} reads it: a plan after step-down
 * from child protection stays open for the council's minimum from the end of the child protection plan, unless a team
 * or practice manager recorded a decision that it may close earlier (BW outcomes, App. 2; SF 1).
 *
 * @param cpPlanEnd  the day the child protection plan ended
 * @param openUntil  the last day the plan must stay open to without a manager's decision
 * @param minimum    the minimum in words ("3 months")
 * @param decisionOn the day a manager decided the plan may close early, or null
 */
public record MinimumDuration(LocalDate cpPlanEnd, LocalDate openUntil, String minimum, LocalDate decisionOn) {

    /** Whether the plan may close on this day: the minimum has passed, or a manager decided on or before it. */
    public boolean allowsClosureOn(LocalDate day) {
        return !day.isBefore(openUntil) || decisionOn != null && !decisionOn.isAfter(day);
    }

    /** Why the plan may not close on this day, for the worker who tried. */
    public String refusal(LocalDate day) {
        return "This plan followed a child protection plan that ended on " + Dates.full(cpPlanEnd)
                + ", so it stays open until " + Dates.full(openUntil) + " (" + minimum + ", MIN_DURATION_AFTER_CP). Closing it on "
                + Dates.full(day) + " needs a team or practice manager's decision, made on or before that day, recorded on the"
                + " case first" + (decisionOn == null ? "; none is recorded." : "; the one recorded is dated "
                + Dates.full(decisionOn) + ".");
    }
}
