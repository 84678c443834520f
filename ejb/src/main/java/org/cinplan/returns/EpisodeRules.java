package org.cinplan.returns;

import org.cinplan.schedule.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.cinplan.returns.RuleKinds.after;
import static org.cinplan.returns.RuleKinds.before;
import static org.cinplan.returns.RuleKinds.blank;
import static org.cinplan.returns.RuleKinds.episode;

/** The DfE rules on the CINdetails module: referral, primary need, closure and what an episode may hold. */
final class EpisodeRules {

    /** Before this day referrals carried no source (rule 8866). */
    private static final LocalDate REFERRAL_SOURCE_FROM = LocalDate.of(2013, 4, 1);

    private EpisodeRules() {
    }

    /** The rules, counting England's working days (bank holidays too) in {@code englandWorkingDays}. */
    static List<CensusRule> rules(WorkingDayCalendar englandWorkingDays) {
        return List.of(
                episode("8600", Severity.ERROR, "Child referral date missing or after data collection period",
                        (c, e, h, fail) -> {
                            if (e.referralDate() == null || e.referralDate().isAfter(h.year().referenceDate())) {
                                fail.accept("CINreferralDate");
                            }
                        }),
                episode("8606", Severity.ERROR, "Child referral date is more than 40 weeks before DOB or expected DOB",
                        (c, e, h, fail) -> {
                            LocalDate birth = c.birthDate() != null ? c.birthDate() : c.expectedBirthDate();
                            if (birth != null && before(e.referralDate(), birth.minusWeeks(40))) {
                                fail.accept("CINreferralDate");
                            }
                        }),
                episode("8555", Severity.ERROR, "Child cannot be referred after its recorded date of death",
                        (c, e, h, fail) -> {
                            if (after(e.referralDate(), c.deathDate())) {
                                fail.accept("CINreferralDate");
                            }
                        }),
                episode("8866", Severity.ERROR, "Source of Referral is missing or an invalid code", (c, e, h, fail) -> {
                    if (e.referralDate() != null && !e.referralDate().isBefore(REFERRAL_SOURCE_FROM)
                            && !RuleKinds.in(CensusCodes.REFERRAL_SOURCE, e.referralSource())) {
                        fail.accept("ReferralSource");
                    }
                }),
                episode("8610", Severity.ERROR, "Primary Need code is missing for a referral which led to further action",
                        (c, e, h, fail) -> {
                            if (!e.isNoFurtherAction() && blank(e.primaryNeedCode())) {
                                fail.accept("PrimaryNeedCode");
                            }
                        }),
                episode("8650", Severity.ERROR, "Primary Need Code invalid (see Primary Need table in CIN census code set)",
                        (c, e, h, fail) -> {
                            if (!blank(e.primaryNeedCode()) && !RuleKinds.in(CensusCodes.PRIMARY_NEED, e.primaryNeedCode())) {
                                fail.accept("PrimaryNeedCode");
                            }
                        }),
                episode("8568", Severity.ERROR, "RNFA flag is missing or invalid", (c, e, h, fail) -> {
                    if (e.referralNfa() == null) {
                        fail.accept("ReferralNFA");
                    }
                }),
                episode("8569", Severity.ERROR, "A case with referral date before one working day prior to the"
                        + " collection start date must not be flagged as a no further action case", (c, e, h, fail) -> {
                    // before the working day before the year starts: some working day lies between the two
                    if (e.isNoFurtherAction() && e.referralDate() != null
                            && englandWorkingDays.workingDaysBetween(e.referralDate(), h.year().start()) >= 1) {
                        fail.accept("ReferralNFA");
                    }
                }),
                episode("8620", Severity.ERROR, "CIN Closure Date present and does not fall within the Census year",
                        (c, e, h, fail) -> {
                            if (RuleKinds.outsideYear(e.closureDate(), h)) {
                                fail.accept("CINclosureDate");
                            }
                        }),
                episode("8630", Severity.ERROR, "CIN Closure Date is before CIN Referral Date for the same CIN episode",
                        (c, e, h, fail) -> {
                            if (before(e.closureDate(), e.referralDate())) {
                                fail.accept("CINclosureDate");
                            }
                        }),
                episode("8640", Severity.ERROR, "CIN Reason for closure code invalid (see Reason for Closure table in CIN"
                        + " Census code set)", (c, e, h, fail) -> {
                    if (!blank(e.reasonForClosure()) && !RuleKinds.in(CensusCodes.REASON_FOR_CLOSURE, e.reasonForClosure())) {
                        fail.accept("ReasonForClosure");
                    }
                }),
                episode("8805", Severity.ERROR, "A CIN case cannot have a CIN closure date without a Reason for Closure",
                        (c, e, h, fail) -> {
                            if (e.closureDate() != null && blank(e.reasonForClosure())) {
                                fail.accept("ReasonForClosure");
                            }
                        }),
                episode("8810", Severity.ERROR, "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
                        (c, e, h, fail) -> {
                            if (e.closureDate() == null && !blank(e.reasonForClosure())) {
                                fail.accept("CINclosureDate");
                            }
                        }),
                episode("8565", Severity.ERROR, "Activity shown after a case has been closed", (c, e, h, fail) -> {
                    if (e.closureDate() != null && activityDates(e).stream().anyMatch(d -> d.isAfter(e.closureDate()))) {
                        fail.accept("CINclosureDate");
                    }
                }),
                episode("8867", Severity.ERROR, "CIN episode is shown as closed, however Assessment is not shown as"
                        + " completed", (c, e, h, fail) -> {
                    if (e.closureDate() != null && e.assessments().stream().anyMatch(a -> a.authorisationDate() == null)) {
                        fail.accept("AssessmentAuthorisationDate");
                    }
                }),
                episode("8868", Severity.ERROR, "CIN episode is shown as closed, however Section 47 enquiry is not shown"
                        + " as completed by ICPC date or ICPC not required flag", (c, e, h, fail) -> {
                    if (e.closureDate() != null && e.section47s().stream().anyMatch(EpisodeRules::isOpen)) {
                        fail.accept("DateOfInitialCPC");
                    }
                }),
                episode("8825Q", Severity.QUERY, "Reason for Closure code RC8 (case closed after assessment) has been"
                        + " returned but there is no assessment present for the episode.", (c, e, h, fail) -> {
                    if ("RC8".equals(e.reasonForClosure()) && e.assessments().isEmpty()) {
                        fail.accept("ReasonForClosure");
                    }
                }),
                episode("8585Q", Severity.QUERY, "Please check: CIN episode shows Died as the Closure Reason, however"
                        + " child has no recorded Date of Death", (c, e, h, fail) -> {
                    if ("RC2".equals(e.reasonForClosure()) && c.deathDate() == null) {
                        fail.accept("PersonDeathDate");
                    }
                }),
                episode("2990", Severity.ERROR, "Activity is recorded against a case marked as 'Case closed after"
                        + " assessment, no further action'", (c, e, h, fail) -> {
                    if ("RC8".equals(e.reasonForClosure()) && (!e.section47s().isEmpty() || !e.cinPlans().isEmpty()
                            || !e.childProtectionPlans().isEmpty() || e.dateOfInitialCpc() != null)) {
                        fail.accept("ReasonForClosure");
                    }
                }),
                episode("8831", Severity.ERROR, "Activity is recorded against a case marked as a referral with no further"
                        + " action", (c, e, h, fail) -> {
                    boolean activity = e.dateOfInitialCpc() != null
                            || e.assessments().stream().anyMatch(a -> a.actualStartDate() != null || a.authorisationDate() != null)
                            || e.section47s().stream().anyMatch(s -> s.actualStartDate() != null || s.dateOfInitialCpc() != null);
                    if (e.isNoFurtherAction() && activity) {
                        fail.accept("ReferralNFA");
                    }
                }));
    }

    /** A section 47 enquiry with neither its conference held nor one found not needed. */
    static boolean isOpen(Section47Enquiry s) {
        return s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired());
    }

    /** Everything dated within an episode that rule 8565 says cannot come after its closure. */
    private static List<LocalDate> activityDates(CinDetails e) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(e.dateOfInitialCpc());
        e.assessments().forEach(a -> {
            dates.add(a.actualStartDate());
            dates.add(a.authorisationDate());
        });
        e.section47s().forEach(s -> {
            dates.add(s.actualStartDate());
            dates.add(s.dateOfInitialCpc());
        });
        e.childProtectionPlans().forEach(p -> dates.add(p.endDate()));
        e.cinPlans().forEach(p -> {
            dates.add(p.startDate());
            dates.add(p.endDate());
        });
        dates.removeIf(Objects::isNull);
        return dates;
    }
}
