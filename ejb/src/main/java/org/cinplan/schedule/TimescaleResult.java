package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.List;

/** A due date worked out from a profile's rule and a start date, explained. */
public record TimescaleResult(RuleId rule, LocalDate start, LocalDate dueDate, LocalDate windowStart, String explanation,
                              List<CalendarWarning> warnings) {
    public TimescaleResult {
        Guard.required(rule, "rule is required");
        Guard.required(start, "start is required");
        Guard.required(dueDate, "due date is required");
        Guard.required(explanation, "explanation is required");
        warnings = List.copyOf(warnings);
    }
}
