package org.cinplan.schedule.store;

import org.cinplan.schedule.BankHoliday;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

/** The working-day calendar as administrators see it. */
public record CalendarSummary(String source, LocalDate coveredFrom, LocalDate coveredUntil, String loadedBy,
                              LocalDateTime loadedAt, List<BankHoliday> bankHolidays, List<ClosureEntry> closures) {

    public record ClosureEntry(long id, LocalDate date, String reason, String addedBy) {
    }
}
