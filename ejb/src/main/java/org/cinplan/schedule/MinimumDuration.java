package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * A minimum duration on one case, as {@link DeadlineEngine#minimumDuration} reads it: the plan stays open for the
 * council's minimum from an event, unless a team or practice manager recorded a decision that it may close earlier.
 * MIN_DURATION_AFTER_CP counts from the end of a child protection plan (BW outcomes, App. 2; SF 1);
 * MIN_DURATION_FROM_START from the plan's start (BW outcomes: "or from the point the plan was initiated").
 *
 * @param rule       which minimum this is
 * @param event      what it counts from, in words ("end of the child protection plan", "plan start (first meeting)")
 * @param from       the day it counts from
 * @param openUntil  the last day the plan must stay open to without a manager's decision
 * @param minimum    the minimum in words ("3 months")
 * @param decisionOn the day a manager decided the plan may close early, or null
 */
public record MinimumDuration(RuleId rule, String event, LocalDate from, LocalDate openUntil, String minimum,
                              LocalDate decisionOn) {

    public MinimumDuration {
        if (rule != RuleId.MIN_DURATION_AFTER_CP && rule != RuleId.MIN_DURATION_FROM_START) {
            throw new IllegalArgumentException(rule + " is not a minimum duration");
        }
        Guard.required(from, "the day the minimum counts from is required");
        Guard.required(openUntil, "the day the plan stays open until is required");
    }

    /** Whether the plan may close on this day: the minimum has passed, or a manager decided on or before it. */
    public boolean allowsClosureOn(LocalDate day) {
        return !day.isBefore(openUntil) || decisionOn != null && !decisionOn.isAfter(day);
    }

    /** Why it stays open: "This plan followed a child protection plan that ended on 15 Jan 2027". */
    public String reason() {
        return rule == RuleId.MIN_DURATION_AFTER_CP
                ? "This plan followed a child protection plan that ended on " + Dates.full(from)
                : "This plan started on " + Dates.full(from) + " (" + event + ")";
    }

    /** Why the plan may not close on this day, for the worker who tried. */
    public String refusal(LocalDate day) {
        return reason() + ", so it stays open until " + Dates.full(openUntil) + " (" + minimum + ", " + rule.name()
                + "). Closing it on " + Dates.full(day) + " needs a team or practice manager's decision, made on or before"
                + " that day, recorded on the case first" + (decisionOn == null ? "; none is recorded." : "; the one recorded is dated "
                + Dates.full(decisionOn) + ".");
    }
}
