package org.cinplan.returns;

import org.cinplan.schedule.WorkingDayCalendar;

import java.util.List;
import java.util.function.BiPredicate;

import static org.cinplan.returns.RuleKinds.before;
import static org.cinplan.returns.RuleKinds.episode;

/** The DfE rules on the Section47 module and the initial child protection conference. */
final class Section47Rules {

    private Section47Rules() {
    }

    /** The rules, counting England's working days (bank holidays too) in {@code englandWorkingDays}. */
    static List<CensusRule> rules(WorkingDayCalendar englandWorkingDays) {
        return List.of(
                anyEnquiry("1104", Severity.ERROR, "The date of the initial child protection conference cannot be before"
                        + " the referral date", "DateOfInitialCPC", (e, s) -> before(s.dateOfInitialCpc(), e.referralDate())),
                anyEnquiry("8615", Severity.ERROR, "Section 47 Enquiry Start Date must be present and cannot be later than"
                        + " the date of the initial Child Protection Conference", "S47ActualStartDate",
                        (e, s) -> s.dateOfInitialCpc() != null && (s.actualStartDate() == null
                                || s.actualStartDate().isAfter(s.dateOfInitialCpc()))),
                anyEnquiry("2889", Severity.ERROR, "The S47 start date cannot be before the referral date.",
                        "S47ActualStartDate", (e, s) -> before(s.actualStartDate(), e.referralDate())),
                anyEnquiry("2884", Severity.ERROR, "An initial child protection conference is recorded at both the S47 and"
                        + " CIN Details level and it should only be recorded in one", "DateOfInitialCPC",
                        (e, s) -> e.dateOfInitialCpc() != null && e.dateOfInitialCpc().equals(s.dateOfInitialCpc())),
                episode("8675Q", Severity.QUERY, "Please check and either amend data or provide a reason: S47 Enquiry"
                        + " started more than 15 working days before the end of the census year. However, there is no"
                        + " date of Initial Child Protection Conference.", (c, e, h, fail) -> {
                    if (e.section47s().stream().anyMatch(s -> s.dateOfInitialCpc() == null
                            && Boolean.FALSE.equals(s.icpcNotRequired()) && s.actualStartDate() != null
                            && englandWorkingDays.workingDaysBetween(s.actualStartDate(), h.year().referenceDate()) >= 15)) {
                        fail.accept("S47ActualStartDate");
                    }
                }),
                episode("8740", Severity.ERROR, "For a Section 47 Enquiry that has not held the Initial Child Protection"
                        + " Conference by the end of the census year, the start date must fall within the census year",
                        (c, e, h, fail) -> {
                            if (e.section47s().stream().anyMatch(s -> s.dateOfInitialCpc() == null
                                    && Boolean.FALSE.equals(s.icpcNotRequired())
                                    && RuleKinds.outsideYear(s.actualStartDate(), h))) {
                                fail.accept("S47ActualStartDate");
                            }
                        }),
                episode("8715", Severity.ERROR, "Date of Initial Child Protection Conference must fall within the census"
                        + " year", (c, e, h, fail) -> {
                    if (e.section47s().stream().anyMatch(s -> RuleKinds.outsideYear(s.dateOfInitialCpc(), h))) {
                        fail.accept("DateOfInitialCPC");
                    }
                }),
                anyEnquiry("8875", Severity.ERROR, "The Date of Initial Child Protection Conference cannot be a weekend",
                        "DateOfInitialCPC", (e, s) -> RuleKinds.isWeekend(s.dateOfInitialCpc())),
                anyEnquiry("8870Q", Severity.QUERY, "Please check: The Target Date for Initial Child Protection Conference"
                        + " should not be a weekend", "InitialCPCtarget", (e, s) -> RuleKinds.isWeekend(s.initialCpcTarget())),
                episode("8839", Severity.ERROR, "Within one CINDetails group there are 2 or more open S47 Assessments",
                        (c, e, h, fail) -> {
                            if (e.section47s().stream().filter(EpisodeRules::isOpen).count() > 1) {
                                fail.accept("S47ActualStartDate");
                            }
                        }),
                episode("8890", Severity.ERROR, "A Section 47 enquiry is shown as starting when there is another Section"
                        + " 47 Enquiry ongoing", (c, e, h, fail) -> {
                    for (Section47Enquiry a : e.section47s()) {
                        for (Section47Enquiry b : e.section47s()) {
                            if (a != b && startsDuring(a, b, h)) {
                                fail.accept("S47ActualStartDate");
                                return;
                            }
                        }
                    }
                }),
                episode("2991Q", Severity.QUERY, "Please check: A Section 47 module is recorded and there is no assessment"
                        + " on the episode", (c, e, h, fail) -> {
                    if (!e.section47s().isEmpty() && e.assessments().isEmpty()) {
                        fail.accept("Section47");
                    }
                }));
    }

    /** Enquiry {@code a} starts on or after {@code b} and before {@code b}'s conference (or the year's end if pending). */
    private static boolean startsDuring(Section47Enquiry a, Section47Enquiry b, CensusHeader h) {
        if (a.actualStartDate() == null || b.actualStartDate() == null || a.actualStartDate().isBefore(b.actualStartDate())) {
            return false;
        }
        java.time.LocalDate end = b.dateOfInitialCpc() != null ? b.dateOfInitialCpc()
                : Boolean.FALSE.equals(b.icpcNotRequired()) ? h.year().referenceDate() : null;
        return end != null && a.actualStartDate().isBefore(end);
    }

    private static CensusRule anyEnquiry(String code, Severity severity, String message, String field,
                                         BiPredicate<CinDetails, Section47Enquiry> breaks) {
        return episode(code, severity, message, (c, e, h, fail) -> {
            if (e.section47s().stream().anyMatch(s -> breaks.test(e, s))) {
                fail.accept(field);
            }
        });
    }
}
