package org.cinplan.meetings;

/** Whether an invitee came to a CIN meeting. */
public enum Attendance {
    PRESENT("Present"),
    APOLOGIES("Sent apologies"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
