package org.cinplan.platform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The bound on every period of days a request asks a list for (the meetings calendar, the audit trail, the sweep run
 * log): it ends on or after its start and covers at most {@value #LONGEST_DAYS} days, both ends included. Refusals are
 * {@link BusinessRuleViolation}s (rules {@link Validity#DATE_ORDER}, {@link Validity#KNOWN_VALUE},
 * {@link Validity#REQUIRED}) whose message says what to choose instead.
 */
public final class RequestedPeriod {

    /** The most days a request may cover at once (a year, leap year included). */
    public static final int LONGEST_DAYS = 366;

    private RequestedPeriod() {
    }

    /**
     * Refuses a period, both ends given, that ends before it starts or is longer than {@value #LONGEST_DAYS} days.
     *
     * @param what what the period is of, as the message starts, e.g. "The calendar"
     */
    public static void require(String what, LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    what + "'s period ends (" + until + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, until) + 1 > LONGEST_DAYS) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, what + " covers at most " + LONGEST_DAYS
                    + " days at a time: " + from + " to " + until + " is longer; choose a shorter period");
        }
    }

    /**
     * For a search whose dates are optional: both ends (a period {@link #require} accepts) or neither (every entry,
     * newest first, a page at a time). One end alone would reach to the start or the end of all records, so it is
     * refused.
     */
    public static void requireBothOrNeither(String what, LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return;
        }
        if (from == null || until == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, what + " needs both dates of a period (at most "
                    + LONGEST_DAYS + " days), or neither for everything, newest first, a page at a time");
        }
        require(what, from, until);
    }
}
