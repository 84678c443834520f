package org.cinplan.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How documents write dates and missing values. */
final class DocumentText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DocumentText() {
    }

    /** "3 December 2026"; "not recorded" when there is no date. */
    static String date(LocalDate date) {
        return date == null ? "not recorded" : DATE.format(date);
    }

    static String date(LocalDateTime at) {
        return at == null ? "not recorded" : date(at.toLocalDate());
    }

    /** "yes", "no" or "not recorded". */
    static String yesNo(Boolean answer) {
        return answer == null ? "not recorded" : answer ? "yes" : "no";
    }

    /** The text, or "not recorded" when there is none. */
    static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? "not recorded" : text.strip();
    }
}
