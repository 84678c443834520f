package org.cinplan.messages;

import java.util.List;

/** A queued message taken for sending: what the mail composer needs, nothing managed. */
public record Envelope(long id, MessageKind kind, String recipient, String recipientName, String subject, String body,
                       String calendar, List<Attachment> attachments) {

    static Envelope of(OutgoingMessage message, List<Attachment> attachments) {
        return new Envelope(message.id(), message.kind(), message.recipient(), message.recipientName(),
                message.subject(), message.body(), message.calendar(), attachments);
    }
}
