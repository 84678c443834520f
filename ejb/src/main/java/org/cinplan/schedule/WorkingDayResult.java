package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.List;

/** A date computed on the calendar, with the warnings that come with it (never a silent guess). */
public record WorkingDayResult(LocalDate date, List<CalendarWarning> warnings) {
    public WorkingDayResult {
        Guard.required(date, "date is required");
        warnings = List.copyOf(warnings);
    }

    static WorkingDayResult certain(LocalDate date) {
        return new WorkingDayResult(date, List.of());
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
