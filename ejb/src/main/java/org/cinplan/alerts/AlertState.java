package org.cinplan.alerts;

/** Where an alert stands. */
public enum AlertState {
    DUE_SOON("Due soon"), OVERDUE("Overdue"), ESCALATED("Overdue: your manager has been told"), RESOLVED("Met");

    private final String inWords;

    AlertState(String inWords) {
        this.inWords = inWords;
    }

    /** How a person is told where the alert stands, instead of the code. */
    public String inWords() {
        return inWords;
    }

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
