package org.cinplan.schedule;

/** The units in which the policies state timescales. */
public enum PeriodUnit {
    CALENDAR_DAYS("day", "days"),
    WORKING_DAYS("working day", "working days"),
    WEEKS("week", "weeks"),
    MONTHS("month", "months");

    private final String singular;
    private final String plural;

    PeriodUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** "working day" or "working days", as fits the amount. */
    public String label(int amount) {
        return amount == 1 ? singular : plural;
    }
}
