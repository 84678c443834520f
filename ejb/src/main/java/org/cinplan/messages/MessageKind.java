package org.cinplan.messages;

/** What a message is, as the send log names it. */
public enum MessageKind {
    INVITATION("Meeting invitation"),
    CANCELLATION("Meeting cancellation"),
    MINUTES("Minutes"),
    PLAN("CIN plan"),
    ESCALATION("Escalation"),
    DIGEST("Daily digest");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    /** Whether it is a document sent to a distribution list, whose sending is recorded once all were tried. */
    boolean isDistribution() {
        return this == MINUTES || this == PLAN;
    }

    public String label() {
        return label;
    }
}
