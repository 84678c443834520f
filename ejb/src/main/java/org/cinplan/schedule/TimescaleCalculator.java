package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out one due date from a council's profile: "what date is 10 working days after 18 Dec
 * 2026 for Reading, and why?". A rule the council sets no timescale for is refused with
 * {@link IllegalArgumentException}.
 */
public final class TimescaleCalculator {

    private final WorkingDayCalendar calendar;

    public TimescaleCalculator(WorkingDayCalendar calendar) {
        this.calendar = Guard.required(calendar, "calendar is required");
    }

    public TimescaleResult calculate(PolicyProfile profile, RuleId rule, LocalDate start) {
        return calculate(profile, rule, start, null);
    }

    /** As {@link #calculate(PolicyProfile, RuleId, LocalDate)}, naming the event counted from ("decision"). */
    public TimescaleResult calculate(PolicyProfile profile, RuleId rule, LocalDate start, String countsFrom) {
        Guard.required(profile, "profile is required");
        Guard.required(rule, "rule is required");
        Guard.required(start, "start date is required");
        RuleSetting setting = profile.setting(rule)
                .orElseThrow(() -> new IllegalArgumentException(profile.noValueReason(rule)));
        if (!setting.hasTimescale()) {
            throw new IllegalArgumentException(rule.title() + " is a check with no timescale of its own in " + profile.councilName()
                    + "'s policy");
        }
        return calculate(profile, rule, setting, setting.timescale(), setting.windowMinimum(), start, countsFrom, null);
    }

    /** The general form the engine uses: an explicit timescale (e.g. a later interval) and an optional lead phrase. */
    TimescaleResult calculate(PolicyProfile profile, RuleId rule, RuleSetting setting, Timescale timescale, Timescale windowMinimum,
                              LocalDate start, String countsFrom, String leadPhrase) {
        WorkingDayResult due = timescale.dueFrom(start, calendar);
        LocalDate windowStart = windowMinimum == null ? null : windowMinimum.dueFrom(start, calendar).date();
        String event = countsFrom == null ? Dates.full(start) : "the " + countsFrom + " of " + Dates.full(start);
        StringBuilder text = new StringBuilder();
        if (leadPhrase != null) {
            text.append(leadPhrase).append(' ').append(Dates.full(due.date()));
        } else if (windowStart != null) {
            text.append(rule.title()).append(" due between ").append(Dates.full(windowStart)).append(" and ").append(Dates.full(due.date()));
        } else {
            text.append(rule.title()).append(" due by ").append(Dates.full(due.date()));
        }
        String amount = windowMinimum == null ? timescale.readable()
                : windowMinimum.amount() + " to " + timescale.readable();
        text.append(": ").append(amount).append(" after ").append(event)
                .append(" (").append(profile.councilName()).append("; ").append(setting.policySource()).append(").");
        if (timescale.unit() == PeriodUnit.WORKING_DAYS) {
            text.append(skippedDays(calendar.nonWorkingWeekdays(start, due.date())));
        }
        if (setting.interpretation() != null) {
            text.append(' ').append(setting.interpretation());
        }
        return new TimescaleResult(rule, start, due.date(), windowStart, text.toString(), due.warnings());
    }

    /**
     * " 25 Dec, 28 Dec and 1 Jan are bank holidays." (empty when nothing was skipped); a projected one says so, with its
     * year and name, so nobody takes it for a published date.
     */
    static String skippedDays(List<NonWorkingDay> skipped) {
        List<String> holidays = new ArrayList<>();
        List<String> projected = new ArrayList<>();
        List<String> closures = new ArrayList<>();
        for (NonWorkingDay day : skipped) {
            switch (day.kind()) {
                case BANK_HOLIDAY -> holidays.add(Dates.dayMonth(day.date()));
                case PROJECTED_BANK_HOLIDAY -> projected.add(Dates.full(day.date()) + " (" + day.name() + ")");
                case CLOSURE -> closures.add(Dates.dayMonth(day.date()) + " (" + day.name() + ")");
            }
        }
        StringBuilder text = new StringBuilder();
        if (!holidays.isEmpty()) {
            text.append(' ').append(Dates.listed(holidays)).append(holidays.size() == 1 ? " is a bank holiday." : " are bank holidays.");
        }
        if (!projected.isEmpty()) {
            text.append(' ').append(Dates.listed(projected)).append(projected.size() == 1 ? " is a bank holiday" : " are bank holidays")
                    .append(" projected by the statutory rules: GOV.UK has not published that year yet.");
        }
        if (!closures.isEmpty()) {
            text.append(' ').append(Dates.listed(closures)).append(closures.size() == 1 ? " is a closure." : " are closures.");
        }
        return text.toString();
    }
}
