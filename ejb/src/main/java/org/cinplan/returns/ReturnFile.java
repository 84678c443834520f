package org.cinplan.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A return's file as kept in its history: gzip-compressed (a census is mostly repeated element names), with the
 * SHA-256 and size of the file itself, as it is downloaded and submitted. A return is kept rather than regenerated
 * because it cannot be regenerated identically: the records change after it, and its header has its own time and
 * serial number.
 *
 * @param compressed the file, gzip-compressed
 * @param sha256     the file's SHA-256, 64 lower-case hex digits
 * @param size       the file's size in bytes
 */
record ReturnFile(byte[] compressed, String sha256, long size) {

    /** Writes the file, uncompressed, to {@code out}. */
    void writeTo(OutputStream out) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The return's file could not be read", e);
        }
    }

    /** Takes a file as it is written, compressing and hashing it on the way; {@link #finish()} gives the file. */
    static final class Recorder {

        private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        private final MessageDigest digest;
        private final GZIPOutputStream gzip;
        private final CountingStream out;

        Recorder() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
                gzip = new GZIPOutputStream(compressed, 64 * 1024);
            } catch (NoSuchAlgorithmException | IOException e) {
                throw new IllegalStateException("SHA-256 and gzip are part of every Java runtime", e);
            }
            out = new CountingStream(new DigestOutputStream(gzip, digest));
        }

        /** Where the file is written; closing it does not finish the recording. */
        OutputStream out() {
            return out;
        }

        /** The file written so far, finished. */
        ReturnFile finish() {
            try {
                out.flush();
                gzip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ReturnFile(compressed.toByteArray(), HexFormat.of().formatHex(digest.digest()), out.count);
        }
    }

    /** Counts the bytes; a writer that closes its stream (as a workbook does) leaves the recording open. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
