package org.cinplan.meetings;

import org.cinplan.platform.BusinessRuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cinplan.platform.Validity;

/** The days a request for the meetings calendar covers, refused when it is back to front or longer than a year. */
record CalendarPeriod(LocalDate from, LocalDate until) {

    /** The most days the calendar shows at once (a year, leap year included); a request for more is refused. */
    static final int LONGEST_DAYS = 366;

    CalendarPeriod {
        if (until.isBefore(from)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The calendar's period ends (" + until + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, until) + 1 > LONGEST_DAYS) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "The calendar shows at most " + LONGEST_DAYS + " days at a time: "
                    + from + " to " + until + " is longer; choose a shorter period");
        }
    }
}
