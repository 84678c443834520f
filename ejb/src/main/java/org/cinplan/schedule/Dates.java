package org.cinplan.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** UK date wording for explanations ("6 Jan 2027", "25 Dec"). */
final class Dates {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private Dates() {
    }

    static String full(LocalDate date) {
        return FULL.format(date);
    }

    static String dayMonth(LocalDate date) {
        return SHORT.format(date);
    }

    /** "a", "a and b", "a, b and c". */
    static String listed(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
