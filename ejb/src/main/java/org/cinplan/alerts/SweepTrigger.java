package org.cinplan.alerts;

/** What started a sweep. */
public enum SweepTrigger {
    /** The administrators' schedule. */
    SCHEDULED,
    /** The schedule, after downtime: the run covers every day missed since the last one. */
    CATCH_UP,
    /** Started by hand by an administrator (the run records who). */
    MANUAL,
    /** A case was changed: its alerts are recomputed at once. */
    ON_CHANGE
}
