package org.cinplan.returns;

import java.util.List;

import static org.cinplan.returns.RuleKinds.inYear;
import static org.cinplan.returns.RuleKinds.totals;

/** The DfE rules on a return as a whole. */
final class ReturnRules {

    private ReturnRules() {
    }

    static List<CensusRule> rules() {
        return List.of(
                new RuleKinds.ReferenceDateRule(),
                // totals: [0] plans starting in the year, [1] initial conferences held in the year
                totals("2883", Severity.ERROR, "There are more child protection plans starting than initial conferences"
                        + " taking place", "CPPstartDate", 2, (c, h, t) -> c.episodes().forEach(e -> {
                    t[0] += e.childProtectionPlans().stream().filter(p -> inYear(p.startDate(), h)).count();
                    t[1] += inYear(e.dateOfInitialCpc(), h) ? 1 : 0;
                    t[1] += e.section47s().stream().filter(s -> inYear(s.dateOfInitialCpc(), h)).count();
                }), t -> t[0] > t[1]),
                // totals: [0] disabled children, [1] of them with more than one disability
                totals("2888Q", Severity.QUERY, "Please check: Only one disability code is recorded per child and"
                        + " multiple disabilities should be recorded where possible.", "Disability", 2, (c, h, t) -> {
                    long disabilities = c.disabilities().stream().filter(d -> !"NONE".equals(d)).count();
                    t[0] += disabilities > 0 ? 1 : 0;
                    t[1] += disabilities > 1 ? 1 : 0;
                }, t -> t[0] > 0 && t[1] == 0),
                // totals: [0] children, [1] of them born with no sex recorded (missing or U)
                totals("2886Q", Severity.QUERY, "Please check and either amend or provide a reason: Percentage of"
                        + " children with no sex recorded is more than 2% (excluding unborns)", "Sex", 2, (c, h, t) -> {
                    t[0]++;
                    t[1] += c.expectedBirthDate() == null && (c.sex() == null || "U".equals(c.sex())) ? 1 : 0;
                }, t -> t[1] * 50 > t[0]),
                // totals: [0] the disability codes used other than NONE, one bit each
                totals("2887Q", Severity.QUERY, "Please check: Less than 8 disability codes have been used in your"
                        + " return", "Disability", 1, (c, h, t) -> c.disabilities().stream()
                        .filter(d -> !"NONE".equals(d) && CensusCodes.DISABILITY.contains(d))
                        .forEach(d -> t[0] |= 1L << DISABILITY_BITS.indexOf(d)), t -> Long.bitCount(t[0]) < 8));
    }

    /** The disability codes in a fixed order, so that each has its bit. */
    private static final List<String> DISABILITY_BITS = CensusCodes.DISABILITY.stream().sorted().toList();
}
