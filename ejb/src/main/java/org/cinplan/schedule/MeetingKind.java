package org.cinplan.schedule;

/** Whether a CIN meeting was the initial meeting or a review. */
public enum MeetingKind {
    INITIAL("Initial CIN meeting"),
    REVIEW("CIN review meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
