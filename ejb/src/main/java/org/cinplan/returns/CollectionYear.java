package org.cinplan.returns;

import java.time.LocalDate;

/**
 * A census collection year: 1 April to 31 March, reported on at its reference date, 31 March. The 2025-26 year is
 * {@code CollectionYear.ending(2026)}; the header's {@code Year} is the year it ends.
 */
public record CollectionYear(int endYear) {

    public CollectionYear {
        if (endYear < 2000 || endYear > 2199) {
            throw new IllegalArgumentException("A collection year ends between 2000 and 2199, not in " + endYear);
        }
    }

    public static CollectionYear ending(int endYear) {
        return new CollectionYear(endYear);
    }

    /** The year whose 1 April to 31 March holds the day. */
    public static CollectionYear containing(LocalDate day) {
        return new CollectionYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
    }

    /** "2025-26" for the year ending 31 March 2026. */
    public static CollectionYear parse(String label) {
        if (label == null || !label.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("A collection year reads like 2025-26");
        }
        int start = Integer.parseInt(label.substring(0, 4));
        if ((start + 1) % 100 != Integer.parseInt(label.substring(5))) {
            throw new IllegalArgumentException(label + " is not a year: the second part must be the year after the first");
        }
        return new CollectionYear(start + 1);
    }

    public LocalDate start() {
        return LocalDate.of(endYear - 1, 4, 1);
    }

    public LocalDate referenceDate() {
        return LocalDate.of(endYear, 3, 31);
    }

    public String label() {
        return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(referenceDate());
    }
}
