package org.cinplan.messages;

import java.util.Objects;

/**
 * A message to queue: to whom, what, and which case (and which booking or meeting) it is about, if any.
 *
 * @param calendar an iCalendar object sent as the message's text/calendar part, or null
 */
public record NewMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
                  String calendar, Long episodeId, Long referenceId) {

    public NewMessage {
        Objects.requireNonNull(kind, "what kind of message?");
        Objects.requireNonNull(recipient, "to whom?");
        Objects.requireNonNull(subject, "about what?");
        Objects.requireNonNull(body, "saying what?");
    }
}
