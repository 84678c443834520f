package org.cinplan.returns;

import java.util.List;
import java.util.function.BiPredicate;

import static org.cinplan.returns.RuleKinds.after;
import static org.cinplan.returns.RuleKinds.before;
import static org.cinplan.returns.RuleKinds.episode;

/** The DfE rules on the ChildProtectionPlans module and its Reviews. */
final class ChildProtectionRules {

    private ChildProtectionRules() {
    }

    static List<CensusRule> rules() {
        return List.of(
                anyPlan("8905", Severity.ERROR, "Initial Category of Abuse code missing or invalid (see Category of Abuse"
                        + " table in CIN Census code set)", "InitialCategoryOfAbuse",
                        (c, p) -> !RuleKinds.in(CensusCodes.CATEGORY_OF_ABUSE, p.initialCategoryOfAbuse())),
                anyPlan("8910", Severity.ERROR, "Latest Category of Abuse code missing or invalid (see Category of Abuse"
                        + " table in CIN Census code set)", "LatestCategoryOfAbuse",
                        (c, p) -> !RuleKinds.in(CensusCodes.CATEGORY_OF_ABUSE, p.latestCategoryOfAbuse())),
                episode("8720", Severity.ERROR, "Child Protection Plan Start Date missing or out of data collection period",
                        (c, e, h, fail) -> {
                            if (e.childProtectionPlans().stream().anyMatch(p -> p.startDate() == null
                                    || p.startDate().isAfter(h.year().referenceDate()))) {
                                fail.accept("CPPstartDate");
                            }
                        }),
                anyPlan("8915", Severity.ERROR, "Child Protection Plan shown as starting after the child’s Date of Death",
                        "CPPstartDate", (c, p) -> after(p.startDate(), c.deathDate())),
                anyPlan("8920", Severity.ERROR, "Child Protection Plan cannot end after the child’s Date of Death",
                        "CPPendDate", (c, p) -> c.deathDate() != null && (p.endDate() == null || p.endDate().isAfter(c.deathDate()))),
                anyPlan("8925", Severity.ERROR, "Child Protection Plan End Date earlier than Start Date", "CPPendDate",
                        (c, p) -> before(p.endDate(), p.startDate())),
                episode("8930", Severity.ERROR, "Child Protection Plan End Date must fall within the census year",
                        (c, e, h, fail) -> {
                            if (e.childProtectionPlans().stream().anyMatch(p -> RuleKinds.outsideYear(p.endDate(), h))) {
                                fail.accept("CPPendDate");
                            }
                        }),
                anyPlan("8840", Severity.ERROR, "Child Protection Plan cannot start and end on the same day", "CPPendDate",
                        (c, p) -> p.startDate() != null && p.startDate().equals(p.endDate())),
                anyPlan("8841", Severity.ERROR, "The review date cannot be on the same day or before the Child protection"
                        + " Plan start date.", "CPPreviewDate",
                        (c, p) -> p.startDate() != null && p.reviews().stream().anyMatch(r -> !r.isAfter(p.startDate()))),
                episode("8832", Severity.ERROR, "Child Protection details provided for a referral with no further action",
                        (c, e, h, fail) -> {
                            if (e.isNoFurtherAction() && !e.childProtectionPlans().isEmpty()) {
                                fail.accept("ChildProtectionPlans");
                            }
                        }),
                episode("8935", Severity.ERROR, "This child is showing more than one open Child Protection plan, i.e. with"
                        + " no End Date", (c, e, h, fail) -> {
                    if (e.childProtectionPlans().stream().filter(p -> p.endDate() == null).count() > 1) {
                        fail.accept("CPPendDate");
                    }
                }),
                episode("8940", Severity.ERROR, "Child Protection Plan data contains overlapping dates", (c, e, h, fail) -> {
                    for (ChildProtectionPlan a : e.childProtectionPlans()) {
                        for (ChildProtectionPlan b : e.childProtectionPlans()) {
                            if (a != b && a.startDate() != null && b.startDate() != null
                                    && !a.startDate().isBefore(b.startDate())
                                    && !a.startDate().isAfter(b.endDate() != null ? b.endDate() : h.year().referenceDate())) {
                                fail.accept("CPPstartDate");
                                return;
                            }
                        }
                    }
                }),
                episode("2885", Severity.ERROR, "Child protection plan shown as starting a different day to the initial"
                        + " child protection conference", (c, e, h, fail) -> {
                    boolean unmatched = e.childProtectionPlans().stream()
                            .filter(p -> RuleKinds.inYear(p.startDate(), h))
                            .anyMatch(p -> !p.startDate().equals(e.dateOfInitialCpc()) && e.section47s().stream()
                                    .noneMatch(s -> p.startDate().equals(s.dateOfInitialCpc())));
                    if (unmatched) {
                        fail.accept("CPPstartDate");
                    }
                }),
                episode("1105", Severity.ERROR, "The child protection plan start date cannot be before the referral date",
                        (c, e, h, fail) -> {
                            if (e.childProtectionPlans().stream().anyMatch(p -> before(p.startDate(), e.referralDate()))) {
                                fail.accept("CPPstartDate");
                            }
                        }));
    }

    private static CensusRule anyPlan(String code, Severity severity, String message, String field,
                                      BiPredicate<CensusChild, ChildProtectionPlan> breaks) {
        return episode(code, severity, message, (c, e, h, fail) -> {
            if (e.childProtectionPlans().stream().anyMatch(p -> breaks.test(c, p))) {
                fail.accept(field);
            }
        });
    }
}
