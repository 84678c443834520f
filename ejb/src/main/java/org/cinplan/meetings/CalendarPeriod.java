package org.cinplan.meetings;

import org.cinplan.platform.RequestedPeriod;

import java.time.LocalDate;

/** The days a request for the meetings calendar covers, refused when it is back to front or longer than a year. */
record CalendarPeriod(LocalDate from, LocalDate until) {

    /** The most days the calendar shows at once (a year, leap year included); a request for more is refused. */
    static final int LONGEST_DAYS = RequestedPeriod.LONGEST_DAYS;

    CalendarPeriod {
        RequestedPeriod.require("The calendar", from, until);
    }
}
