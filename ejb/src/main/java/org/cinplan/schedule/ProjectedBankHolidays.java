package org.cinplan.schedule;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * England and Wales bank holidays worked out by their statutory rules (Banking and Financial Dealings Act 1971 and
 * the royal proclamations that followed), substitute days included, for the years the loaded GOV.UK data does not
 * cover. The rules are Jollyday's (its United Kingdom calendar, England); a one-off holiday announced later than the
 * library's release is not in them, which is why each such date is shown as projected and the published dates
 * replace it as soon as an administrator loads them.
 */
public final class ProjectedBankHolidays {

    /** Jollyday's subdivision of its United Kingdom calendar for England (Wales has the same holidays). */
    private static final String ENGLAND = "eng";
    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    /** The rules never change while the application runs, so each year is worked out once. */
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private ProjectedBankHolidays() {
    }

    /** The bank holidays of England and Wales in {@code year}, by date; a moved holiday is named a substitute day. */
    public static List<BankHoliday> forYear(int year) {
        return UNITED_KINGDOM.getHolidays(Year.of(year), ENGLAND).stream()
                .map(ProjectedBankHolidays::named)
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    /** The name of the projected bank holiday on {@code date}, or null when it is none. */
    static String nameOn(LocalDate date) {
        return BY_YEAR.computeIfAbsent(date.getYear(), year -> forYear(year).stream()
                        .collect(Collectors.toUnmodifiableMap(BankHoliday::date, BankHoliday::title, (a, b) -> a + "; " + b)))
                .get(date);
    }

    private static BankHoliday named(Holiday holiday) {
        String title = holiday.getDescription(Locale.UK);
        LocalDate date = holiday.getDate();
        return holiday.getObservedDate().isPresent() && !holiday.getActualDate().equals(date)
                ? new BankHoliday(date, title + ", substitute day")
                : new BankHoliday(date, title);
    }
}
