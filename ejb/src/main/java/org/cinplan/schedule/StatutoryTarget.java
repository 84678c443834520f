package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.List;

/** A statutory target date, the rule and the day it counts from, and the sentence that explains it. */
public record StatutoryTarget(StatutoryRule rule, LocalDate countsFrom, LocalDate dueDate, String explanation,
                              List<CalendarWarning> warnings) {

    public StatutoryTarget {
        Guard.required(rule, "rule is required");
        Guard.required(countsFrom, "the day it counts from is required");
        Guard.required(dueDate, "due date is required");
        warnings = List.copyOf(warnings);
    }
}
