package org.cinplan.schedule;

import java.time.LocalDate;

/** A weekday that is not worked, with why: for "why is this due then?" explanations. */
record NonWorkingDay(LocalDate date, String name, Kind kind) {

    /**
     * A published bank holiday (GOV.UK data), one projected by statutory rule for a year the data does not cover yet,
     * or an administrator's closure.
     */
    public enum Kind { BANK_HOLIDAY, PROJECTED_BANK_HOLIDAY, CLOSURE }

    public NonWorkingDay {
        Guard.required(date, "date is required");
        Guard.required(name, "name is required");
        Guard.required(kind, "kind is required");
    }
}
