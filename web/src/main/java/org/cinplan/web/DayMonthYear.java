package org.cinplan.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A date typed as day, month and year (the GOV.UK date input), read as a {@link LocalDate} or refused with a message
 * naming the date and what is wrong: "Date of the visit must include a month", "... must be a real date". Nothing
 * typed is no date (whether one is needed is the form's rule).
 */
public record DayMonthYear(String day, String month, String year) {

    /** A date's day, month and year could not be read; the message says why, naming the date. */
    public static final class NotADate extends Exception {

        private static final long serialVersionUID = 1L;

        NotADate(String message) {
            super(message);
        }
    }

    public DayMonthYear {
        day = trim(day);
        month = trim(month);
        year = trim(year);
    }

    /** The parts of a date, or three empty parts for none. */
    public static DayMonthYear of(LocalDate date) {
        return date == null ? new DayMonthYear("", "", "")
                : new DayMonthYear(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean isEmpty() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /**
     * The date, or null when nothing was typed.
     *
     * @param label the date's name as a sentence starts it ("Date of the visit")
     */
    public LocalDate toDate(String label) throws NotADate {
        if (isEmpty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            throw new NotADate(label + " must include a " + String.join(" and ", missing));
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d+")) {
            throw new NotADate(label + " must be a real date");
        }
        if (year.length() != 4) {
            throw new NotADate(label + ": the year must include 4 numbers");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException notReal) {
            throw new NotADate(label + " must be a real date");
        }
    }

    private static String trim(String part) {
        return part == null ? "" : part.strip();
    }
}
