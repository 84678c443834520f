package org.cinplan.documents;

import java.util.Objects;

/** A PDF made to be sent: its file name (a case or meeting id, never the child's name) and its bytes. */
public record DocumentFile(String fileName, byte[] content) {

    public static final String PDF = "application/pdf";

    public DocumentFile {
        Objects.requireNonNull(fileName, "named how?");
        Objects.requireNonNull(content, "with what content?");
    }
}
