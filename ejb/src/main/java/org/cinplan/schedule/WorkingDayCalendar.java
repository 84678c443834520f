package org.cinplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working days of England and Wales: Monday to Friday, less bank holidays, less closures that an
 * administrator has added. Immutable: adding a closure gives a new calendar.
 *
 * <p>"Within N working days of D" means the Nth working day strictly after D is the last on-time
 * day. Holiday data runs out (GOV.UK publishes a year or two ahead): outside the years the loaded data
 * covers, the bank holidays are projected by their statutory rules ({@link ProjectedBankHolidays}), every
 * such day is named as projected, and any working-day count that passes into those years carries a
 * {@link CalendarWarning}. Loading newer GOV.UK data gives a new calendar whose published dates replace them.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, String> bankHolidays;
    private final Map<LocalDate, String> closures;
    private final LocalDate coveredFrom;
    private final LocalDate coveredUntil;

    public WorkingDayCalendar(Collection<BankHoliday> bankHolidays, LocalDate coveredFrom, LocalDate coveredUntil,
                              Collection<Closure> closures) {
        Guard.required(bankHolidays, "bank holidays are required");
        Guard.required(coveredFrom, "the first covered date is required");
        Guard.required(coveredUntil, "the last covered date is required");
        Guard.required(closures, "closures are required (may be empty)");
        if (coveredUntil.isBefore(coveredFrom)) {
            throw new IllegalArgumentException("Holiday coverage ends (" + coveredUntil + ") before it starts (" + coveredFrom + ")");
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        bankHolidays.forEach(h -> holidays.merge(h.date(), h.title(), (a, b) -> a));
        Map<LocalDate, String> closed = new TreeMap<>();
        closures.forEach(c -> closed.merge(c.date(), c.reason(), (a, b) -> a + "; " + b));
        this.bankHolidays = java.util.Collections.unmodifiableMap(holidays);
        this.closures = java.util.Collections.unmodifiableMap(closed);
        this.coveredFrom = coveredFrom;
        this.coveredUntil = coveredUntil;
    }

    /** A calendar from a parsed GOV.UK file (England and Wales), with no closures yet. */
    public static WorkingDayCalendar of(GovUkBankHolidays holidays) {
        return new WorkingDayCalendar(holidays.englandAndWales(), holidays.coveredFrom(), holidays.coveredUntil(), List.of());
    }

    /** A calendar from the copy of bank-holidays.json shipped with the application. */
    public static WorkingDayCalendar shipped() {
        return of(GovUkBankHolidays.shipped());
    }

    public WorkingDayCalendar withClosure(Closure closure) {
        Guard.required(closure, "closure is required");
        List<Closure> all = new ArrayList<>(closures());
        all.add(closure);
        return new WorkingDayCalendar(bankHolidayList(), coveredFrom, coveredUntil, all);
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    /** The last date the bank-holiday data is known to cover. */
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    public List<Closure> closures() {
        return closures.entrySet().stream().map(e -> new Closure(e.getKey(), e.getValue())).toList();
    }

    public List<BankHoliday> bankHolidayList() {
        return bankHolidays.entrySet().stream().map(e -> new BankHoliday(e.getKey(), e.getValue())).toList();
    }

    public boolean isWorkingDay(LocalDate date) {
        Guard.required(date, "date is required");
        return !isWeekend(date) && bankHolidayOn(date) == null && !closures.containsKey(date);
    }

    /** Whether the bank holidays of {@code date}'s year are projected by rule rather than published. */
    public boolean isProjected(LocalDate date) {
        Guard.required(date, "date is required");
        return date.isBefore(coveredFrom) || date.isAfter(coveredUntil);
    }

    /** The bank holiday on {@code date}: published where the data covers it, else projected; null when none. */
    private String bankHolidayOn(LocalDate date) {
        return isProjected(date) ? ProjectedBankHolidays.nameOn(date) : bankHolidays.get(date);
    }

    /** The Nth working day strictly after {@code date} (n = 0 gives the date itself). */
    public WorkingDayResult plusWorkingDays(LocalDate date, int n) {
        Guard.required(date, "date is required");
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative, not " + n);
        }
        LocalDate current = date;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return new WorkingDayResult(current, warningsFor(date, current));
    }

    /** The Nth working day strictly before {@code date}; used for "due soon" lead times. */
    public WorkingDayResult minusWorkingDays(LocalDate date, int n) {
        Guard.required(date, "date is required");
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative, not " + n);
        }
        LocalDate current = date;
        int counted = 0;
        while (counted < n) {
            current = current.minusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return new WorkingDayResult(current, warningsFor(current, date));
    }

    /**
     * How many working days fall strictly between the two dates (none when {@code toExclusive} is not after the day
     * after {@code fromExclusive}): a count, for rules such as the DfE census's, that say "more than N working days".
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toExclusive) {
        Guard.required(fromExclusive, "from date is required");
        Guard.required(toExclusive, "to date is required");
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** England's working days alone: the same bank holidays, without the council's closures. */
    public WorkingDayCalendar withoutClosures() {
        return closures.isEmpty() ? this : new WorkingDayCalendar(bankHolidayList(), coveredFrom, coveredUntil, List.of());
    }

    /** Bank holidays and closures falling on weekdays after {@code fromExclusive} up to {@code toInclusive}. */
    public List<NonWorkingDay> nonWorkingWeekdays(LocalDate fromExclusive, LocalDate toInclusive) {
        Guard.required(fromExclusive, "from date is required");
        Guard.required(toInclusive, "to date is required");
        List<NonWorkingDay> skipped = new ArrayList<>();
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWeekend(d)) {
                continue;
            }
            // A bank holiday takes precedence over a closure declared on the same day.
            String holiday = bankHolidayOn(d);
            if (holiday != null) {
                skipped.add(new NonWorkingDay(d, holiday,
                        isProjected(d) ? NonWorkingDay.Kind.PROJECTED_BANK_HOLIDAY : NonWorkingDay.Kind.BANK_HOLIDAY));
            } else if (closures.containsKey(d)) {
                skipped.add(new NonWorkingDay(d, closures.get(d), NonWorkingDay.Kind.CLOSURE));
            }
        }
        return List.copyOf(skipped);
    }

    /** Warnings for a working-day count that looked at the days from {@code from} to {@code to}. */
    List<CalendarWarning> warningsFor(LocalDate from, LocalDate to) {
        List<CalendarWarning> warnings = new ArrayList<>();
        if (to.isAfter(coveredUntil)) {
            warnings.add(new CalendarWarning("Bank holidays after " + Dates.full(coveredUntil) + " are projected by their"
                    + " statutory rules until GOV.UK publishes them; this date may move if a bank holiday is announced"));
        }
        if (from.isBefore(coveredFrom)) {
            warnings.add(new CalendarWarning("Bank holidays before " + Dates.full(coveredFrom) + " are projected by their"
                    + " statutory rules (the loaded GOV.UK data starts there)"));
        }
        return warnings;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other
                && bankHolidays.equals(other.bankHolidays) && closures.equals(other.closures)
                && coveredFrom.equals(other.coveredFrom) && coveredUntil.equals(other.coveredUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bankHolidays, closures, coveredFrom, coveredUntil);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + bankHolidays.size() + " bank holidays " + coveredFrom + ".." + coveredUntil
                + ", " + closures.size() + " closures]";
    }
}
