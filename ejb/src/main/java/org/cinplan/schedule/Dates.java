package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.List;

/** UK date wording for explanations and messages ("6 Jan 2027", "25 Dec"). */
public final class Dates {
    /** As Locale.UK words them, written out by hand: a sweep words every deadline of every case. */
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct",
            "Nov", "Dec"};

    private Dates() {
    }

    public static String full(LocalDate date) {
        return dayMonth(date) + " " + date.getYear();
    }

    static String dayMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
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
