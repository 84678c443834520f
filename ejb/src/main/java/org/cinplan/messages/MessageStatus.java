package org.cinplan.messages;

/** Where a message stands: waiting to be sent (perhaps after a temporary failure), sent, or given up on. */
public enum MessageStatus {
    QUEUED("Waiting to be sent"),
    SENT("Sent"),
    FAILED("Failed");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
