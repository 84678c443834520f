package org.cinplan.schedule;

/** Where a deadline stands on the day it is evaluated. */
public enum DeadlineStatus {
    /** Open, and not yet within its due-soon lead time. */
    UPCOMING,
    /** Open, within its due-soon lead time. */
    DUE_SOON,
    /** Open past its due date, or a past period that was never met. */
    OVERDUE,
    /** Done on time. */
    MET,
    /** Done, but after the due date. */
    MET_LATE,
    /** Broken in a way that cannot be made good (a plan after child protection closed too early without a manager decision). */
    BREACHED,
    /** The rule does not apply to this case; see the reason. */
    NOT_APPLICABLE;

    /** Still needs doing: what a worker's to-do list shows. */
    public boolean isOpen() {
        return this == UPCOMING || this == DUE_SOON || this == OVERDUE;
    }
}
