package org.cinplan.schedule;


/** A visible caveat on a computed date, e.g. that it lies beyond the bank holidays known. */
public record CalendarWarning(String message) {
    public CalendarWarning {
        Guard.required(message, "message is required");
        if (message.isBlank()) {
            throw new IllegalArgumentException("A calendar warning needs a message");
        }
    }

    @Override
    public String toString() {
        return message;
    }
}
