package org.cinplan.returns;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.cinplan.returns.RuleKinds.blank;
import static org.cinplan.returns.RuleKinds.child;
import static org.cinplan.returns.RuleKinds.unique;

/** The DfE rules on the ChildIdentifiers and ChildCharacteristics modules, and on a child's episodes together. */
final class ChildRules {

    private ChildRules() {
    }

    static List<CensusRule> rules() {
        return List.of(
                child("8500", Severity.ERROR, "LA Child ID missing", (c, h, fail) -> {
                    if (blank(c.laChildId())) {
                        fail.accept("LAchildID");
                    }
                }),
                unique("8510", "More than one child record with the same LA Child ID", "LAchildID",
                        CensusChild::laChildId),
                unique("1520", "More than one record with the same UPN", "UPN", CensusChild::upn),
                child("1510", Severity.ERROR, "UPN invalid (wrong check letter at character 1)", (c, h, fail) -> {
                    if (hasDigitsForCheckLetter(c.upn()) && c.upn().charAt(0) != upnCheckLetter(c.upn())) {
                        fail.accept("UPN");
                    }
                }),
                child("1530", Severity.ERROR, "UPN invalid (characters 2-4 not a recognised LA code)", (c, h, fail) -> {
                    if (c.upn() != null && c.upn().length() == 13
                            && !RuleKinds.in(CensusCodes.UPN_LA_CODES, c.upn().substring(1, 4))) {
                        fail.accept("UPN");
                    }
                }),
                child("1540", Severity.ERROR, "UPN invalid (characters 5-12 not all numeric)", (c, h, fail) -> {
                    String upn = c.upn();
                    if (upn != null && !upn.substring(Math.min(4, upn.length()), Math.min(12, upn.length())).chars()
                            .allMatch(Character::isDigit)) {
                        fail.accept("UPN");
                    }
                }),
                child("1550", Severity.ERROR, "UPN invalid (character 13 not a recognised value)", (c, h, fail) -> {
                    if (c.upn() != null && c.upn().length() == 13 && !validLastCharacter(c.upn().charAt(12))) {
                        fail.accept("UPN");
                    }
                }),
                child("1560Q", Severity.QUERY, "Please check: Former UPN wrongly formatted", (c, h, fail) -> {
                    if (c.formerUpn() != null && !wellFormedUpn(c.formerUpn())) {
                        fail.accept("FormerUPN");
                    }
                }),
                child("8770Q", Severity.QUERY, "Please check and either amend data or provide a reason: UPN or reason"
                        + " UPN missing expected for a child who is more than 5 years old", (c, h, fail) -> {
                    boolean overFive = c.birthDate() != null
                            && !c.birthDate().plusYears(6).isAfter(h.year().referenceDate());
                    boolean furtherAction = c.episodes().stream().anyMatch(e -> !e.isNoFurtherAction());
                    boolean reasonGiven = RuleKinds.in(Set.of("UN2", "UN3", "UN4", "UN5", "UN6"), c.upnUnknown());
                    if (overFive && furtherAction && c.upn() == null && !reasonGiven) {
                        fail.accept("UPNunknown");
                    }
                }),
                child("8772", Severity.ERROR, "UPN unknown reason is UN7 (Referral with no further action) but at least"
                        + " one CIN details is a referral going on to further action", (c, h, fail) -> {
                    if ("UN7".equals(c.upnUnknown()) && c.episodes().stream().anyMatch(e -> !e.isNoFurtherAction())) {
                        fail.accept("UPNunknown");
                    }
                }),
                child("8520", Severity.ERROR, "Date of Birth is after data collection period (must be on or before the"
                        + " end of the census period)", (c, h, fail) -> {
                    if (RuleKinds.after(c.birthDate(), h.year().referenceDate())) {
                        fail.accept("PersonBirthDate");
                    }
                }),
                child("8525", Severity.ERROR,
                        "Either Date of Birth or Expected Date of Birth must be provided (but not both)", (c, h, fail) -> {
                    if ((c.birthDate() == null) == (c.expectedBirthDate() == null)) {
                        fail.accept("PersonBirthDate");
                    }
                }),
                child("8530Q", Severity.QUERY, "Please check: Expected Date of Birth is outside the expected range for"
                        + " this census (March to December of the Census Year end)", (c, h, fail) -> {
                    LocalDate expected = c.expectedBirthDate();
                    LocalDate reference = h.year().referenceDate();
                    if (expected != null && (expected.isBefore(reference.minusDays(30))
                            || expected.isAfter(reference.plusMonths(9)))) {
                        fail.accept("ExpectedPersonBirthDate");
                    }
                }),
                child("8775Q", Severity.QUERY, "Please check: Child is over 25 years old", (c, h, fail) -> {
                    if (c.birthDate() == null) {
                        return;
                    }
                    LocalDate twentyFifth = c.birthDate().plusYears(25);
                    if (twentyFifth.isBefore(h.year().referenceDate()) && c.episodes().stream()
                            .anyMatch(e -> e.closureDate() == null || twentyFifth.isBefore(e.closureDate()))) {
                        fail.accept("PersonBirthDate");
                    }
                }),
                child("4180", Severity.ERROR, "Sex must be provided and equal M, F, or U", (c, h, fail) -> {
                    if (!RuleKinds.in(CensusCodes.SEX, c.sex())) {
                        fail.accept("Sex");
                    }
                }),
                child("8750", Severity.ERROR, "Sex must equal U for an unborn child", (c, h, fail) -> {
                    if (c.birthDate() == null && c.expectedBirthDate() != null && !"U".equals(c.sex())) {
                        fail.accept("Sex");
                    }
                }),
                child("8535Q", Severity.QUERY, "Please check: Child’s date of death should not be prior to the date of"
                        + " birth", (c, h, fail) -> {
                    if (c.deathDate() != null && (c.birthDate() == null || c.deathDate().isBefore(c.birthDate()))) {
                        fail.accept("PersonDeathDate");
                    }
                }),
                child("8545Q", Severity.QUERY, "Please check: Child’s date of death should be within the census year",
                        (c, h, fail) -> {
                            if (RuleKinds.outsideYear(c.deathDate(), h)) {
                                fail.accept("PersonDeathDate");
                            }
                        }),
                child("4220", Severity.ERROR, "Ethnicity is missing or invalid (see Ethnicity table)", (c, h, fail) -> {
                    if (!RuleKinds.in(CensusCodes.ETHNICITY, c.ethnicity())) {
                        fail.accept("Ethnicity");
                    }
                }),
                child("8540", Severity.ERROR, "Child’s disability is missing or invalid (see Disability table)",
                        (c, h, fail) -> {
                            boolean invalid = c.disabilities().stream().anyMatch(d -> !RuleKinds.in(CensusCodes.DISABILITY, d));
                            boolean neededButMissing = c.isBorn() && c.disabilities().isEmpty()
                                    && c.episodes().stream().anyMatch(e -> !e.isNoFurtherAction());
                            if (invalid || neededButMissing) {
                                fail.accept("Disability");
                            }
                        }),
                child("8790", Severity.ERROR, "Disability information includes both None and other values",
                        (c, h, fail) -> {
                            if (c.isBorn() && c.disabilities().contains("NONE")
                                    && c.disabilities().stream().anyMatch(d -> !"NONE".equals(d))) {
                                fail.accept("Disability");
                            }
                        }),
                child("8794", Severity.ERROR, "Child has two or more disabilities with the same code", (c, h, fail) -> {
                    if (new HashSet<>(c.disabilities()).size() < c.disabilities().size()) {
                        fail.accept("Disability");
                    }
                }),
                child("8590", Severity.ERROR, "Child does not have a recorded CIN episode.", (c, h, fail) -> {
                    if (c.episodes().isEmpty()) {
                        fail.accept("CINdetails");
                    }
                }),
                child("8815", Severity.ERROR, "More than one open CIN Details episode (a module with no CIN Closure"
                        + " Date) has been provided for this child and case is not a referral with no further action.",
                        (c, h, fail) -> {
                            if (c.episodes().stream().filter(e -> e.closureDate() == null && !e.isNoFurtherAction())
                                    .count() > 1) {
                                fail.accept("CINclosureDate");
                            }
                        }),
                child("8816", Severity.ERROR, "An open CIN episode is shown and case is not a referral with no further"
                        + " action, but it is not the latest episode.", (c, h, fail) -> {
                    boolean openNotLatest = c.episodes().stream().anyMatch(open -> open.closureDate() == null
                            && !open.isNoFurtherAction() && c.episodes().stream()
                            .anyMatch(other -> RuleKinds.after(other.referralDate(), open.referralDate())));
                    if (openNotLatest) {
                        fail.accept("CINclosureDate");
                    }
                }),
                child("8820", Severity.ERROR, "The dates on the CIN episodes for this child overlap", (c, h, fail) -> {
                    List<CinDetails> episodes = c.episodes();
                    for (CinDetails a : episodes) {
                        for (CinDetails b : episodes) {
                            if (a != b && startsWithin(a, b, h)) {
                                fail.accept("CINreferralDate");
                                return;
                            }
                        }
                    }
                }));
    }

    /** Episode {@code a} starts on or after {@code b}'s referral and before {@code b} closed (or the year ended). */
    private static boolean startsWithin(CinDetails a, CinDetails b, CensusHeader h) {
        if (a.referralDate() == null || b.referralDate() == null || a.referralDate().isBefore(b.referralDate())) {
            return false;
        }
        LocalDate bEnd = b.closureDate() != null ? b.closureDate()
                : b.isNoFurtherAction() ? null : h.year().referenceDate();
        return bEnd != null && a.referralDate().isBefore(bEnd);
    }

    private static boolean hasDigitsForCheckLetter(String upn) {
        return upn != null && upn.length() == 13 && upn.substring(1, 12).chars().allMatch(Character::isDigit)
                && validLastCharacter(upn.charAt(12));
    }

    private static boolean validLastCharacter(char c) {
        return "0123456789ABCDEFGHJKLMNPQRTUVWXYZ".indexOf(c) >= 0;
    }

    private static boolean wellFormedUpn(String upn) {
        return hasDigitsForCheckLetter(upn) && upn.charAt(0) == upnCheckLetter(upn);
    }

    /**
     * The check letter of a UPN (rule 1510): characters 2 to 13 weighted 2 to 13 (a letter at 13, as in a temporary
     * UPN, counts by its place in the check letters), the sum's remainder on division by 23 as a check letter.
     */
    static char upnCheckLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : CensusCodes.UPN_CHECK_LETTERS.indexOf(c);
            sum += value * (i + 1);
        }
        return CensusCodes.UPN_CHECK_LETTERS.charAt(sum % 23);
    }
}
