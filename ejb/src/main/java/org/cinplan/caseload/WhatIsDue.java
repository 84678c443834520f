package org.cinplan.caseload;

import org.cinplan.deadlines.DeadlineView;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A case's next deadline as a person says it ("Visit to the child overdue by 5 days"), and how soon it needs doing. */
final class WhatIsDue {

    /** How soon: the caseload is read in this order, most pressing first. */
    enum Urgency {
        TODAY("Needs doing today"), THIS_WEEK("This week"), LATER("Later"), NOTHING("Nothing due"), CLOSED("Closed");

        private final String heading;

        Urgency(String heading) {
            this.heading = heading;
        }

        String heading() {
            return heading;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private WhatIsDue() {
    }

    static String inWords(DeadlineView next, LocalDate today) {
        if (next == null) {
            return "Nothing due";
        }
        long days = ChronoUnit.DAYS.between(today, next.dueDate());
        String what = next.ruleTitle();
        if (days < 0) {
            return what + " overdue by " + (-days) + (days == -1 ? " day" : " days");
        }
        if ("RED".equals(next.rag())) {
            return what + " overdue";
        }
        if (days == 0) {
            return what + " due today";
        }
        if (days == 1) {
            return what + " due tomorrow";
        }
        return days <= 7 ? what + " due in " + days + " days" : what + " due on " + DAY.format(next.dueDate());
    }

    static Urgency urgency(DeadlineView next, boolean open, LocalDate today) {
        if (!open) {
            return Urgency.CLOSED;
        }
        if (next == null) {
            return Urgency.NOTHING;
        }
        long days = ChronoUnit.DAYS.between(today, next.dueDate());
        if (days <= 0 || "RED".equals(next.rag())) {
            return Urgency.TODAY;
        }
        return days <= 7 ? Urgency.THIS_WEEK : Urgency.LATER;
    }
}
