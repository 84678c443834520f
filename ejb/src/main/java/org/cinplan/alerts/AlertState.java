package org.cinplan.alerts;

/** Where an alert stands. */
public enum AlertState {
    DUE_SOON, OVERDUE, ESCALATED, RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
