package org.cinplan.web.planning;

import org.cinplan.meetings.MinutesForm;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.SmartOutcome;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Minutes start from the plan in force: its needs, outcomes, actions and contingency, one a line, as the text the
 * minute-taker edits (issue 17: "minutes ask for the plan again"). A visit write-up starts from the plan's outcomes.
 */
public final class StartFromThePlan {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StartFromThePlan() {
    }

    /** True while nothing the plan would fill has been typed: a start never overwrites what someone wrote. */
    public static boolean untouched(MinutesForm minutes) {
        return blank(minutes.getNeeds()) && blank(minutes.getOutcomesAndTimescales()) && blank(minutes.getActions())
                && blank(minutes.getContingency());
    }

    public static void fill(MinutesForm minutes, PlanContents plan) {
        minutes.setNeeds(plan.needs());
        minutes.setOutcomesAndTimescales(outcomes(plan));
        minutes.setActions(lines(plan.actions(), a -> a.action() + ": " + a.owner() + " (" + a.ownerKind().label()
                + "), by " + UK_DATE.format(a.dueDate()) + "; " + a.status().label().toLowerCase(java.util.Locale.UK)));
        minutes.setContingency(plan.contingency());
    }

    /** Each outcome, how it is measured and its target date, one a line; null when the plan has none. */
    static String outcomes(PlanContents plan) {
        return lines(plan.outcomes(), StartFromThePlan::outcome);
    }

    /** The plan's outcomes as headings to write a visit up against, each followed by an empty line; null when none. */
    public static String outcomeHeadings(PlanContents plan) {
        return plan.outcomes().isEmpty() ? null
                : plan.outcomes().stream().map(o -> o.outcome() + ":\n\n").collect(Collectors.joining());
    }

    private static String outcome(SmartOutcome o) {
        return o.outcome() + " (measured by: " + o.howMeasured() + "), by " + UK_DATE.format(o.targetDate());
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        return items.isEmpty() ? null : items.stream().map(line).collect(Collectors.joining("\n"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
