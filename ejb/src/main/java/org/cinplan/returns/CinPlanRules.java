package org.cinplan.returns;

import java.util.List;

import static org.cinplan.returns.RuleKinds.after;
import static org.cinplan.returns.RuleKinds.before;
import static org.cinplan.returns.RuleKinds.episode;

/** The DfE rules on the CINPlanDates module, and on CIN plans beside child protection plans. */
final class CinPlanRules {

    private CinPlanRules() {
    }

    static List<CensusRule> rules() {
        return List.of(
                episode("4000", Severity.ERROR, "CIN Plan details provided for a referral with no further action",
                        (c, e, h, fail) -> {
                            if (e.isNoFurtherAction() && !e.cinPlans().isEmpty()) {
                                fail.accept("CINPlanStartDate");
                            }
                        }),
                episode("4001", Severity.ERROR, "A CIN Plan cannot run concurrently with a Child Protection Plan",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> p.endDate() == null)
                                    && e.childProtectionPlans().stream().anyMatch(p -> p.endDate() == null)) {
                                fail.accept("CINPlanEndDate");
                            }
                        }),
                episode("4003", Severity.ERROR, "A CPP review date is shown as being held at the same time as an open"
                        + " CIN Plan", (c, e, h, fail) -> {
                    boolean reviewDuringPlan = e.cinPlans().stream().anyMatch(p -> e.childProtectionPlans().stream()
                            .flatMap(cp -> cp.reviews().stream())
                            .anyMatch(r -> after(r, p.startDate()) && before(r, p.endDate())));
                    if (reviewDuringPlan) {
                        fail.accept("CPPreviewDate");
                    }
                }),
                episode("4004", Severity.ERROR, "This child is showing more than one open CIN Plan, i.e. with no End Date",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().filter(p -> p.endDate() == null).count() > 1) {
                                fail.accept("CINPlanEndDate");
                            }
                        }),
                episode("4008", Severity.ERROR, "CIN Plan shown as starting after the child’s Date of Death.",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> after(p.startDate(), c.deathDate()))) {
                                fail.accept("CINPlanStartDate");
                            }
                        }),
                episode("4009Q", Severity.QUERY, "CIN Plan cannot end after the child’s Date of Death",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> after(p.endDate(), c.deathDate()))) {
                                fail.accept("CINPlanEndDate");
                            }
                        }),
                episode("4010", Severity.ERROR, "CIN Plan start date is missing or out of data collection period",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> p.startDate() == null
                                    || p.startDate().isAfter(h.year().referenceDate()))) {
                                fail.accept("CINPlanStartDate");
                            }
                        }),
                episode("4011", Severity.ERROR, "CIN Plan End Date earlier than Start Date", (c, e, h, fail) -> {
                    if (e.cinPlans().stream().anyMatch(p -> before(p.endDate(), p.startDate()))) {
                        fail.accept("CINPlanEndDate");
                    }
                }),
                episode("4012Q", Severity.QUERY, "CIN Plan shown as starting and ending on the same day - please check",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> p.startDate() != null
                                    && p.startDate().equals(p.endDate()))) {
                                fail.accept("CINPlanEndDate");
                            }
                        }),
                episode("4013", Severity.ERROR, "CIN Plan end date must fall within the census year", (c, e, h, fail) -> {
                    if (e.cinPlans().stream().anyMatch(p -> RuleKinds.outsideYear(p.endDate(), h))) {
                        fail.accept("CINPlanEndDate");
                    }
                }),
                RuleKinds.child("4014", Severity.ERROR, "CIN Plan data contains overlapping dates", (c, h, fail) -> {
                    List<CinPlanPeriod> plans = c.episodes().stream().flatMap(e -> e.cinPlans().stream())
                            .filter(p -> p.startDate() != null).toList();
                    for (CinPlanPeriod a : plans) {
                        for (CinPlanPeriod b : plans) {
                            if (a != b && startsWithin(a.startDate(), b.startDate(), b.endDate(), h)) {
                                fail.accept("CINPlanStartDate");
                                return;
                            }
                        }
                    }
                }),
                episode("4015", Severity.ERROR, "The CIN Plan start date cannot be before the referral date",
                        (c, e, h, fail) -> {
                            if (e.cinPlans().stream().anyMatch(p -> before(p.startDate(), e.referralDate()))) {
                                fail.accept("CINPlanStartDate");
                            }
                        }),
                episode("4016", Severity.ERROR, "A CIN Plan has been reported as open at the same time as a Child"
                        + " Protection Plan.", (c, e, h, fail) -> {
                    if (e.cinPlans().stream().anyMatch(p -> e.childProtectionPlans().stream()
                            .anyMatch(cp -> startsWithin(p.startDate(), cp.startDate(), cp.endDate(), h)))) {
                        fail.accept("CINPlanStartDate");
                    }
                }),
                episode("4017", Severity.ERROR, "A CIN Plan has been reported as open at the same time as a Child"
                        + " Protection Plan.", (c, e, h, fail) -> {
                    if (e.childProtectionPlans().stream().anyMatch(cp -> e.cinPlans().stream()
                            .anyMatch(p -> startsWithin(cp.startDate(), p.startDate(), p.endDate(), h)))) {
                        fail.accept("CPPstartDate");
                    }
                }));
    }

    /**
     * {@code start} falls on or after {@code from} and on or before {@code to} (the year's end when still open), but not
     * on the day {@code to} ended: one plan may start the day the other ends, as the DfE's overlap rules allow.
     */
    static boolean startsWithin(java.time.LocalDate start, java.time.LocalDate from, java.time.LocalDate to,
                                CensusHeader h) {
        if (start == null || from == null || start.isBefore(from)) {
            return false;
        }
        java.time.LocalDate end = to != null ? to : h.year().referenceDate();
        return !start.isAfter(end) && !start.equals(to);
    }
}
