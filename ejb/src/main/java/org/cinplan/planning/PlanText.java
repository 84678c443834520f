package org.cinplan.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How plan text is stored (stripped, blank as none) and quoted in sentences for people (UK dates). */
final class PlanText {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int QUOTE_LENGTH = 80;

    private PlanText() {
    }

    /** The text without surrounding spaces; null when there is none. */
    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text as lines are matched by: ignoring case and spacing. */
    static String wording(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** "1 Apr 2027"; "no date" when there is none. */
    static String date(LocalDate date) {
        return date == null ? "no date" : UK_DATE.format(date);
    }

    /** The text in quotes, cut to a readable length. */
    static String quote(String text) {
        if (text == null) {
            return "nothing";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "'" + (oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1) + "…") + "'";
    }
}
