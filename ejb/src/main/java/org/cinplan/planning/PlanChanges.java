package org.cinplan.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a plan, as plain sentences a family or a manager can read, such as
 * "Outcome 'School attendance above 90%' target date changed from 1 Mar 2027 to 1 Apr 2027". Outcomes, actions,
 * services and recipients are matched by their wording, so a reworded one reads as one removed and one added.
 * The dates a plan was sent belong to the version that was sent, so they are not compared.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    public static List<String> between(PlanContents before, PlanContents after) {
        List<String> changes = new ArrayList<>();
        text(changes, "The child's needs", before.needs(), after.needs());
        outcomes(changes, before.outcomes(), after.outcomes());
        actions(changes, before.actions(), after.actions());
        services(changes, before.services(), after.services());
        text(changes, "The child's views", before.childViews(), after.childViews());
        text(changes, "The family's views", before.familyViews(), after.familyViews());
        text(changes, "Roles and responsibilities", before.rolesAndResponsibilities(), after.rolesAndResponsibilities());
        text(changes, "The contingency plan", before.contingency(), after.contingency());
        text(changes, "The bottom line", before.bottomLine(), after.bottomLine());
        text(changes, "Review points", before.reviewPoints(), after.reviewPoints());
        PlanContext was = before.context();
        PlanContext now = after.context();
        text(changes, "Strengths", was.strengths(), now.strengths());
        text(changes, "Protective factors", was.protectiveFactors(), now.protectiveFactors());
        text(changes, "Risks", was.risks(), now.risks());
        text(changes, "Grey areas", was.greyAreas(), now.greyAreas());
        text(changes, "The sustainability of targets", was.targetSustainability(), now.targetSustainability());
        text(changes, "Family Group Conference", was.familyGroupConference(), now.familyGroupConference());
        text(changes, "Young carers", was.youngCarers(), now.youngCarers());
        text(changes, "How the plan is made understandable", was.madeUnderstandable(), now.madeUnderstandable());
        text(changes, "The court agreement", was.courtAgreement(), now.courtAgreement());
        recipients(changes, before.recipients(), after.recipients());
        return changes;
    }

    private static void text(List<String> changes, String section, String before, String after) {
        String was = PlanText.tidy(before);
        String now = PlanText.tidy(after);
        if (Objects.equals(was, now)) {
            return;
        }
        if (was == null) {
            changes.add(section + " added: " + PlanText.quote(now));
        } else if (now == null) {
            changes.add(section + " removed (was " + PlanText.quote(was) + ")");
        } else {
            changes.add(section + " changed from " + PlanText.quote(was) + " to " + PlanText.quote(now));
        }
    }

    private static void outcomes(List<String> changes, List<SmartOutcome> before, List<SmartOutcome> after) {
        compare(changes, before, after, SmartOutcome::outcome,
                o -> "Outcome " + PlanText.quote(o.outcome()) + " added (measured by " + PlanText.quote(o.howMeasured())
                        + ", target date " + PlanText.date(o.targetDate()) + ")",
                o -> "Outcome " + PlanText.quote(o.outcome()) + " removed",
                (was, now) -> {
                    String name = "Outcome " + PlanText.quote(now.outcome());
                    List<String> out = new ArrayList<>();
                    if (!Objects.equals(was.howMeasured(), now.howMeasured())) {
                        out.add(name + " measure changed from " + PlanText.quote(was.howMeasured()) + " to " + PlanText.quote(now.howMeasured()));
                    }
                    if (!Objects.equals(was.targetDate(), now.targetDate())) {
                        out.add(name + " target date changed from " + PlanText.date(was.targetDate()) + " to " + PlanText.date(now.targetDate()));
                    }
                    return out;
                });
    }

    private static void actions(List<String> changes, List<PlanAction> before, List<PlanAction> after) {
        compare(changes, before, after, PlanAction::action,
                a -> "Action " + PlanText.quote(a.action()) + " added (" + owner(a) + ", due " + PlanText.date(a.dueDate())
                        + ", " + a.status().label().toLowerCase(Locale.UK) + ")",
                a -> "Action " + PlanText.quote(a.action()) + " removed",
                (was, now) -> {
                    String name = "Action " + PlanText.quote(now.action());
                    List<String> out = new ArrayList<>();
                    if (!Objects.equals(was.owner(), now.owner()) || was.ownerKind() != now.ownerKind()) {
                        out.add(name + " owner changed from " + owner(was) + " to " + owner(now));
                    }
                    if (!Objects.equals(was.dueDate(), now.dueDate())) {
                        out.add(name + " due date changed from " + PlanText.date(was.dueDate()) + " to " + PlanText.date(now.dueDate()));
                    }
                    if (was.status() != now.status()) {
                        out.add(name + " status changed from " + was.status().label() + " to " + now.status().label());
                    }
                    return out;
                });
    }

    private static void services(List<String> changes, List<ServiceProvision> before, List<ServiceProvision> after) {
        compare(changes, before, after, ServiceProvision::service,
                s -> "Service " + PlanText.quote(s.service()) + " added" + (s.provider() == null ? "" : " (provided by " + s.provider() + ")")
                        + "; budget approval: " + budget(s),
                s -> "Service " + PlanText.quote(s.service()) + " removed",
                (was, now) -> {
                    String name = "Service " + PlanText.quote(now.service());
                    List<String> out = new ArrayList<>();
                    if (!Objects.equals(PlanText.tidy(was.provider()), PlanText.tidy(now.provider()))) {
                        out.add(name + " provider changed from " + PlanText.quote(PlanText.tidy(was.provider())) + " to "
                                + PlanText.quote(PlanText.tidy(now.provider())));
                    }
                    if (!budget(was).equals(budget(now))) {
                        out.add(name + " budget approval changed from " + budget(was) + " to " + budget(now));
                    }
                    return out;
                });
    }

    private static void recipients(List<String> changes, List<PlanRecipient> before, List<PlanRecipient> after) {
        compare(changes, before, after, PlanRecipient::name,
                r -> PlanText.quote(r.name()) + " (" + r.kind().label() + ") added to the distribution list",
                r -> PlanText.quote(r.name()) + " removed from the distribution list",
                (was, now) -> was.kind() == now.kind() ? List.of()
                        : List.of("Distribution list: " + PlanText.quote(now.name()) + " changed from " + was.kind().label()
                        + " to " + now.kind().label()));
    }

    private static String owner(PlanAction action) {
        return PlanText.quote(action.owner()) + " (" + action.ownerKind().label() + ")";
    }

    private static String budget(ServiceProvision service) {
        String status = service.budgetStatus();
        return Character.toLowerCase(status.charAt(0)) + status.substring(1);
    }

    /** Lines matched by their wording (ignoring case and spacing): added, changed in place, then removed. */
    private static <T> void compare(List<String> changes, List<T> before, List<T> after, Function<T, String> wording,
                                    Function<T, String> added, Function<T, String> removed,
                                    java.util.function.BiFunction<T, T, List<String>> changed) {
        Map<String, T> earlier = byWording(before, wording);
        Map<String, T> later = byWording(after, wording);
        later.forEach((key, now) -> {
            T was = earlier.get(key);
            if (was == null) {
                changes.add(added.apply(now));
            } else {
                changes.addAll(changed.apply(was, now));
            }
        });
        earlier.forEach((key, was) -> {
            if (!later.containsKey(key)) {
                changes.add(removed.apply(was));
            }
        });
    }

    private static <T> Map<String, T> byWording(List<T> lines, Function<T, String> wording) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T line : lines) {
            map.putIfAbsent(PlanText.wording(wording.apply(line)), line);
        }
        return map;
    }
}
