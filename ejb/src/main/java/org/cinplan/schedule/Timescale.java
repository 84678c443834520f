package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * An amount of time as a policy states it ("10 working days", "6 weeks", "3 months").
 *
 * <p>Months are counted to the same day of the month, clamped at month ends (31 Jan + 1 month =
 * 28 Feb, or 29 Feb in a leap year), which is how {@link LocalDate#plusMonths(long)} works and how
 * people read "three months after".
 */
public record Timescale(int amount, PeriodUnit unit) {

    public Timescale {
        Guard.required(unit, "unit is required");
        if (amount <= 0) {
            throw new IllegalArgumentException("A timescale must be a positive amount, not " + amount);
        }
    }

    public static Timescale workingDays(int amount) {
        return new Timescale(amount, PeriodUnit.WORKING_DAYS);
    }

    public static Timescale calendarDays(int amount) {
        return new Timescale(amount, PeriodUnit.CALENDAR_DAYS);
    }

    public static Timescale weeks(int amount) {
        return new Timescale(amount, PeriodUnit.WEEKS);
    }

    public static Timescale months(int amount) {
        return new Timescale(amount, PeriodUnit.MONTHS);
    }

    /** The last on-time date for something due this long after {@code start}, with any calendar warnings. */
    public WorkingDayResult dueFrom(LocalDate start, WorkingDayCalendar calendar) {
        Guard.required(start, "start date is required");
        Guard.required(calendar, "calendar is required");
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
            case CALENDAR_DAYS -> WorkingDayResult.certain(start.plusDays(amount));
            case WEEKS -> WorkingDayResult.certain(start.plusWeeks(amount));
            case MONTHS -> WorkingDayResult.certain(start.plusMonths(amount));
        };
    }

    /** The same length of time, as a plain date offset; only for calendar units. */
    LocalDate addCalendar(LocalDate start) {
        return switch (unit) {
            case CALENDAR_DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
            case WORKING_DAYS -> throw new IllegalStateException("working days need a calendar");
        };
    }

    /** Readable form: "10 working days", "6 weeks", "3 months". */
    public String readable() {
        return amount + " " + unit.label(amount);
    }

    @Override
    public String toString() {
        return readable();
    }
}
