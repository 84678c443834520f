package org.cinplan.schedule;

import java.time.LocalDate;

/** A weekday that is not worked, with why: for "why is this due then?" explanations. */
record NonWorkingDay(LocalDate date, String name, Kind kind) {

    public enum Kind { BANK_HOLIDAY, CLOSURE }

    public NonWorkingDay {
        Guard.required(date, "date is required");
        Guard.required(name, "name is required");
        Guard.required(kind, "kind is required");
    }
}
