package org.cinplan.returns;

import org.cinplan.schedule.WorkingDayCalendar;

import java.util.HashSet;
import java.util.List;
import java.util.function.BiPredicate;

import static org.cinplan.returns.RuleKinds.after;
import static org.cinplan.returns.RuleKinds.before;
import static org.cinplan.returns.RuleKinds.episode;

/** The DfE rules on the Assessments module. */
final class AssessmentRules {

    private AssessmentRules() {
    }

    /** The rules, counting England's working days (bank holidays too) in {@code englandWorkingDays}. */
    static List<CensusRule> rules(WorkingDayCalendar englandWorkingDays) {
        return List.of(
                anyAssessment("1103", Severity.ERROR, "The assessment start date cannot be before the referral date",
                        "AssessmentActualStartDate", (e, a) -> before(a.actualStartDate(), e.referralDate())),
                anyAssessment("8608", Severity.ERROR, "Assessment Start Date cannot be later than its End Date",
                        "AssessmentActualStartDate", (e, a) -> after(a.actualStartDate(), a.authorisationDate())),
                episode("8696", Severity.ERROR, "Assessment end date must fall within the census year", (c, e, h, fail) -> {
                    if (e.assessments().stream().anyMatch(a -> RuleKinds.outsideYear(a.authorisationDate(), h))) {
                        fail.accept("AssessmentAuthorisationDate");
                    }
                }),
                episode("8736", Severity.ERROR, "For an Assessment that has not been completed, the start date must fall"
                        + " within the census year", (c, e, h, fail) -> {
                    if (e.assessments().stream().anyMatch(a -> a.authorisationDate() == null
                            && RuleKinds.outsideYear(a.actualStartDate(), h))) {
                        fail.accept("AssessmentActualStartDate");
                    }
                }),
                episode("8670Q", Severity.QUERY, "Please check: Assessment started more than 45 working days before the"
                        + " end of the census year. However, there is no Assessment end date.", (c, e, h, fail) -> {
                    if (e.assessments().stream().anyMatch(a -> a.authorisationDate() == null && a.actualStartDate() != null
                            && englandWorkingDays.workingDaysBetween(a.actualStartDate(), h.year().referenceDate()) >= 45)) {
                        fail.accept("AssessmentActualStartDate");
                    }
                }),
                episode("8897", Severity.ERROR, "Parental or child factors at assessment information is missing from a"
                        + " completed assessment", (c, e, h, fail) -> {
                    if (e.assessments().stream().anyMatch(a -> RuleKinds.inYear(a.authorisationDate(), h)
                            && a.factors().stream().noneMatch(CensusCodes.ASSESSMENT_FACTOR::contains))) {
                        fail.accept("AssessmentFactors");
                    }
                }),
                anyAssessment("8614", Severity.ERROR, "Parental or child factors at assessment should only be present for"
                        + " a completed assessment.", "AssessmentFactors",
                        (e, a) -> a.authorisationDate() == null && !a.factors().isEmpty()),
                anyAssessment("8898", Severity.ERROR, "The assessment has more than one parental or child factors with the"
                        + " same code", "AssessmentFactors", (e, a) -> new HashSet<>(a.factors()).size() < a.factors().size()),
                anyAssessment("8869", Severity.ERROR, "The assessment factors code \"21\" cannot be used in conjunction"
                        + " with any other assessment factors.", "AssessmentFactors",
                        (e, a) -> a.factors().contains("21") && a.factors().stream().anyMatch(f -> !"21".equals(f))),
                anyAssessment("8617", Severity.ERROR, "Code 8A has been returned. This code is not a valid code.",
                        "AssessmentFactors", (e, a) -> a.factors().contains("8A")),
                episode("8899Q", Severity.QUERY, "Please check: A child identified as having a disability does not have a"
                        + " disability factor recorded at the end of assessment.", (c, e, h, fail) -> {
                    boolean disabled = c.disabilities().stream().anyMatch(d -> !"NONE".equals(d));
                    if (disabled && e.assessments().stream().anyMatch(a -> RuleKinds.inYear(a.authorisationDate(), h)
                            && !a.factors().contains("5A") && !a.factors().contains("6A"))) {
                        fail.accept("AssessmentFactors");
                    }
                }),
                episode("8896", Severity.ERROR, "Within one CINDetails group there are 2 or more open Assessments groups",
                        (c, e, h, fail) -> {
                            if (e.assessments().stream().filter(a -> a.authorisationDate() == null).count() > 1) {
                                fail.accept("AssessmentAuthorisationDate");
                            }
                        }),
                episode("8863", Severity.ERROR, "An Assessment is shown as starting when there is another Assessment"
                        + " ongoing", (c, e, h, fail) -> {
                    for (CensusAssessment a : e.assessments()) {
                        for (CensusAssessment b : e.assessments()) {
                            if (a != b && startsDuring(a, b, h)) {
                                fail.accept("AssessmentActualStartDate");
                                return;
                            }
                        }
                    }
                }));
    }

    /** Assessment {@code a} starts on or after {@code b} started and before {@code b} was authorised (or the year ended). */
    private static boolean startsDuring(CensusAssessment a, CensusAssessment b, CensusHeader h) {
        return a.actualStartDate() != null && b.actualStartDate() != null
                && !a.actualStartDate().isBefore(b.actualStartDate())
                && a.actualStartDate().isBefore(b.authorisationDate() != null ? b.authorisationDate()
                : h.year().referenceDate());
    }

    /** A rule that fails an episode once when any of its assessments breaks it. */
    private static CensusRule anyAssessment(String code, Severity severity, String message, String field,
                                            BiPredicate<CinDetails, CensusAssessment> breaks) {
        return episode(code, severity, message, (c, e, h, fail) -> {
            if (e.assessments().stream().anyMatch(a -> breaks.test(e, a))) {
                fail.accept(field);
            }
        });
    }
}
