package org.cinplan.messages;

import java.util.List;
import java.util.Objects;

/**
 * A message to queue: to whom, what, and which case (and which booking or meeting) it is about, if any.
 *
 * @param calendar    an iCalendar object sent as the message's text/calendar part, or null
 * @param attachments documents attached (none for most messages)
 */
public record NewMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
                  String calendar, Long episodeId, Long referenceId, List<Attachment> attachments) {

    /** A message with no documents attached. */
    public NewMessage(MessageKind kind, String recipient, String recipientName, String subject, String body,
                      String calendar, Long episodeId, Long referenceId) {
        this(kind, recipient, recipientName, subject, body, calendar, episodeId, referenceId, List.of());
    }

    public NewMessage {
        Objects.requireNonNull(kind, "what kind of message?");
        Objects.requireNonNull(recipient, "to whom?");
        Objects.requireNonNull(subject, "about what?");
        Objects.requireNonNull(body, "saying what?");
        attachments = List.copyOf(attachments);
    }
}
