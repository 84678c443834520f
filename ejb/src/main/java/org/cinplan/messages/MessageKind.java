package org.cinplan.messages;

/** What a message is, as the send log names it. */
public enum MessageKind {
    INVITATION("Meeting invitation"),
    CANCELLATION("Meeting cancellation"),
    MINUTES("Minutes"),
    ESCALATION("Escalation"),
    DIGEST("Daily digest");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
