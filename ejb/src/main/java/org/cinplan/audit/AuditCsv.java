package org.cinplan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, a field in double quotes when it holds a comma,
 * quote, CR or LF, quotes doubled). A cell that a spreadsheet would take as a formula — starting with
 * {@code = + - @}, or a tab or carriage return — gets a leading apostrophe, so opening an export in Excel never
 * runs what someone typed into a record (OWASP "CSV injection").
 */
public final class AuditCsv {

    static final List<String> HEADER = List.of("Entry", "Sequence", "Time (UTC)", "Person", "Action", "Record type",
            "Record id", "Child id", "Detail", "Outcome");
    private static final String CRLF = "\r\n";

    private AuditCsv() {
    }

    /** One field, made safe and quoted if it needs to be. Null becomes an empty field. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + value;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** One record: the cells joined by commas, ended by CRLF. */
    public static String row(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values.get(i)));
        }
        return line.append(CRLF).toString();
    }

    static String header() {
        return row(HEADER);
    }

    static String row(AuditEntryView e) {
        return row(Arrays.asList(Long.toString(e.entryId()), e.sequenceNo() == null ? null : e.sequenceNo().toString(),
                DateTimeFormatter.ISO_INSTANT.format(e.occurredAt().truncatedTo(ChronoUnit.MICROS)), e.actor(),
                e.action(), e.recordType(), e.recordId(), e.childId() == null ? null : e.childId().toString(),
                e.detail(), e.outcome()));
    }

    /** Writes the header and the entries. */
    public static void write(Iterable<AuditEntryView> entries, Appendable out) {
        try {
            out.append(header());
            for (AuditEntryView e : entries) {
                out.append(row(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
