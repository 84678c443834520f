package org.cinplan.meetings;

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
