package org.cinplan.profiles;

import org.cinplan.schedule.store.CalendarSummary;

/**
 * Newer bank holidays loaded: the calendar now, what they did to the projected dates (in words), and the run that
 * recomputed every open case.
 */
public record BankHolidaysLoaded(CalendarSummary calendar, String projectedDates, long recomputeRunId) {
}
