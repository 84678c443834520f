package org.cinplan.messages;

import java.util.Objects;

/** A document attached to an email, e.g. the minutes as PDF. */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "named how?");
        Objects.requireNonNull(contentType, "of which type?");
        Objects.requireNonNull(content, "with what content?");
    }
}
