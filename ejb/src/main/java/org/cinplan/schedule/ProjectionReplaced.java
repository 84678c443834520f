package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What newly loaded GOV.UK data did to the bank holidays the calendar had projected by rule: the days it confirmed,
 * the published ones the rules did not foresee, and the projected ones that are not bank holidays after all.
 *
 * @param from the first day the old calendar projected and the new one has published data for (null when none)
 * @param to   the last such day (null when none)
 */
public record ProjectionReplaced(LocalDate from, LocalDate to, List<NonWorkingDay> confirmed, List<NonWorkingDay> added,
                                 List<NonWorkingDay> dropped) {

    public ProjectionReplaced {
        confirmed = List.copyOf(confirmed);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    /** Compares the days {@code before} projected with those {@code after} publishes, over the years {@code after} newly covers. */
    public static ProjectionReplaced between(WorkingDayCalendar before, WorkingDayCalendar after) {
        Guard.required(before, "the calendar before is required");
        Guard.required(after, "the calendar after is required");
        LocalDate from = later(after.coveredFrom(), before.coveredUntil().plusDays(1));
        LocalDate to = after.coveredUntil();
        List<NonWorkingDay> confirmed = new ArrayList<>();
        List<NonWorkingDay> added = new ArrayList<>();
        List<NonWorkingDay> dropped = new ArrayList<>();
        if (from.isAfter(to)) {
            return new ProjectionReplaced(null, null, confirmed, added, dropped);
        }
        List<NonWorkingDay> projected = bankHolidays(before.nonWorkingWeekdays(from.minusDays(1), to));
        List<NonWorkingDay> published = bankHolidays(after.nonWorkingWeekdays(from.minusDays(1), to));
        List<LocalDate> projectedDates = projected.stream().map(NonWorkingDay::date).toList();
        List<LocalDate> publishedDates = published.stream().map(NonWorkingDay::date).toList();
        published.forEach(day -> (projectedDates.contains(day.date()) ? confirmed : added).add(day));
        projected.stream().filter(day -> !publishedDates.contains(day.date())).forEach(dropped::add);
        return new ProjectionReplaced(from, to, confirmed, added, dropped);
    }

    /** Whether any working-day deadline counted over these days can have moved. */
    public boolean movedAnything() {
        return !added.isEmpty() || !dropped.isEmpty();
    }

    /** In words, for the administrator who loaded the file. */
    public String inWords() {
        if (from == null) {
            return "The file covers no day that was projected: no projected bank holiday was replaced.";
        }
        StringBuilder text = new StringBuilder("From " + Dates.full(from) + " to " + Dates.full(to)
                + " the published bank holidays replace the projected ones: " + confirmed.size()
                + (confirmed.size() == 1 ? " projected date was" : " projected dates were") + " confirmed.");
        if (!added.isEmpty()) {
            text.append(" Published but not projected: ").append(listed(added)).append('.');
        }
        if (!dropped.isEmpty()) {
            text.append(" Projected but not published (working days now): ").append(listed(dropped)).append('.');
        }
        return text.toString();
    }

    private static String listed(List<NonWorkingDay> days) {
        return Dates.listed(days.stream().map(d -> Dates.full(d.date()) + " (" + d.name() + ")").toList());
    }

    private static List<NonWorkingDay> bankHolidays(List<NonWorkingDay> days) {
        return days.stream().filter(d -> d.kind() != NonWorkingDay.Kind.CLOSURE).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
