package org.cinplan.returns;

import java.io.OutputStream;

/** A kept return's file, to send: its name, type, SHA-256 and size, and the file itself. */
public final class ReturnDownload {

    private final String fileName;
    private final String contentType;
    private final ReturnFile file;

    ReturnDownload(String fileName, String contentType, ReturnFile file) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.file = file;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return file.sha256();
    }

    public long size() {
        return file.size();
    }

    /** Writes the file, as it was generated, to {@code out}. */
    public void writeTo(OutputStream out) {
        file.writeTo(out);
    }
}
