package org.cinplan.alerts;

/** Which cases a sweep reads. */
public enum SweepScope {
    /** Every open case, and every closed case that still has an open alert. */
    FULL,
    /** Only cases changed since the last sweep or that have reached the day a deadline moves on. */
    INCREMENTAL,
    /** One case. */
    CASE,
    /** One council's open cases, after its policy profile changed. */
    COUNCIL,
    /** Every council's open cases, after the working-day calendar changed (e.g. newer GOV.UK bank holidays). */
    CALENDAR
}
