package org.cinplan.returns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.cinplan.returns.CensusFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every census rule, each with a child it accepts and a child it refuses (rule by rule, as the DfE lists them). */
class CensusRulesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Rule code, a return of children the rule accepts, a return of children it refuses. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("8500", List.of(child()), List.of(withLaChildId(" "))),
                Arguments.of("8510", List.of(withLaChildId("A"), withLaChildId("B")),
                        List.of(withLaChildId("A"), withLaChildId("A"))),
                Arguments.of("1520", List.of(withUpn(VALID_UPN), withUpn("A950000178301")),
                        List.of(withUpn(VALID_UPN), withUpn(VALID_UPN))),
                Arguments.of("1510", List.of(withUpn(VALID_UPN)), List.of(withUpn("X870123456789"))),
                Arguments.of("1530", List.of(withUpn(VALID_UPN)), List.of(withUpn("W999123456789"))),
                Arguments.of("1540", List.of(withUpn(VALID_UPN)), List.of(withUpn("W8701234X6789"))),
                Arguments.of("1550", List.of(withUpn("W87012345678A")), List.of(withUpn("W87012345678I"))),
                Arguments.of("8520", List.of(withBirth(d("2026-03-31"), null)), List.of(withBirth(d("2026-04-01"), null))),
                Arguments.of("8525", List.of(withBirth(null, d("2025-08-01"))),
                        List.of(withBirth(d("2015-05-01"), d("2015-05-01")))),
                Arguments.of("8540", List.of(withDisabilities(List.of("AUT", "LD"))),
                        List.of(withDisabilities(List.of()))),
                Arguments.of("8590", List.of(child()), List.of(child(new CinDetails[0]))),
                Arguments.of("8600", List.of(child(referred(d("2026-03-31")))), List.of(child(referred(d("2026-04-01"))))),
                Arguments.of("8606", List.of(child(referred(d("2014-08-01")))), List.of(child(referred(d("2014-07-01"))))),
                Arguments.of("8610", List.of(child(withPrimaryNeed(null, true))),
                        List.of(child(withPrimaryNeed(null, false)))),
                Arguments.of("8805", List.of(child(closed(d("2025-12-01"), "RC1"))),
                        List.of(child(closed(d("2025-12-01"), null)))),
                Arguments.of("8810", List.of(child(closed(d("2025-12-01"), "RC1"))),
                        List.of(child(closed(null, "RC1")))),
                Arguments.of("8565", List.of(child(closed(d("2025-12-01"), "RC1"))),
                        List.of(child(closedAfterItsPlanStarted()))),
                Arguments.of("1103", List.of(child(withAssessment(d("2025-06-02"), null))),
                        List.of(child(withAssessment(d("2025-06-01"), null)))),
                Arguments.of("8608", List.of(child(withAssessment(d("2025-06-03"), d("2025-06-03")))),
                        List.of(child(withAssessment(d("2025-06-04"), d("2025-06-03"))))),
                Arguments.of("4004", List.of(child(withPlans(plan("2025-07-01", "2025-08-01"), plan("2025-09-01", null)))),
                        List.of(child(withPlans(plan("2025-07-01", null), plan("2025-09-01", null))))),
                Arguments.of("4010", List.of(child(withPlans(plan("2026-03-31", null)))),
                        List.of(child(withPlans(plan(null, "2025-09-01"))))),
                Arguments.of("4011", List.of(child(withPlans(plan("2025-07-01", "2025-07-02")))),
                        List.of(child(withPlans(plan("2025-07-02", "2025-07-01"))))),
                Arguments.of("4012Q", List.of(child(withPlans(plan("2025-07-01", "2025-07-02")))),
                        List.of(child(withPlans(plan("2025-07-01", "2025-07-01"))))),
                Arguments.of("4014", List.of(child(withPlans(plan("2025-07-01", "2025-08-01"), plan("2025-08-01", null)))),
                        List.of(child(withPlans(plan("2025-07-01", "2025-08-02"), plan("2025-08-01", "2025-09-01"))))),
                Arguments.of("4015", List.of(child(withPlans(plan("2025-06-02", null)))),
                        List.of(child(withPlans(plan("2025-06-01", null))))),
                Arguments.of("4008", List.of(withDeath(d("2025-09-01"), withPlans(plan("2025-09-01", "2025-09-01")))),
                        List.of(withDeath(d("2025-09-01"), withPlans(plan("2025-09-02", null))))),
                Arguments.of("4009Q", List.of(withDeath(d("2025-09-01"), withPlans(plan("2025-07-01", "2025-09-01")))),
                        List.of(withDeath(d("2025-09-01"), withPlans(plan("2025-07-01", "2025-09-02"))))));
    }

    private static CinDetails closedAfterItsPlanStarted() {
        CinDetails closed = closed(d("2025-07-10"), "RC8");
        return new CinDetails(closed.referralDate(), closed.referralSource(), closed.primaryNeedCode(),
                closed.closureDate(), closed.reasonForClosure(), null, closed.assessments(),
                List.of(plan("2025-07-14", null)), List.of(), false, List.of());
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("fixtures")
    void eachRuleAcceptsItsPassingFixtureAndRefusesItsFailingOne(String code, List<CensusChild> passing,
                                                                  List<CensusChild> failing) {
        assertEquals(List.of(), codesFound(header(), passing, code), "the passing fixture of " + code);
        assertEquals(List.of(code), codesFound(header(), failing, code).stream().distinct().toList(),
                "the failing fixture of " + code);
    }

    @Test
    void theValidChildBreaksNoRuleAtAll() {
        CensusValidator validator = new CensusValidator(header());
        validator.check(child());
        assertEquals(List.of(), validator.issues());
    }

    @Test
    void rule100RefusesAReferenceDateOtherThanTheYearsThirtyFirstOfMarch() {
        CensusHeader right = header();
        CensusHeader wrong = new CensusHeader(YEAR, d("2026-03-30"), "870", "cinplan", "1.0", 1, right.generatedAt());
        assertEquals(List.of(), new CensusValidator(right).issues());
        CensusIssue issue = new CensusValidator(wrong).issues().get(0);
        assertEquals("100", issue.code());
        assertEquals("ReferenceDate", issue.field());
        assertEquals("Reference Date is incorrect", issue.message());
    }

    @Test
    void everyRuleHasItsFixtures() {
        Set<String> tested = fixtures().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        tested.add("100");
        Set<String> rules = CensusRules.forOneReturn().stream().map(CensusRule::code).collect(Collectors.toSet());
        assertEquals(rules, tested);
    }

    @Test
    void queriesWarnAndErrorsBlock() {
        Map<String, Severity> severities = CensusRules.forOneReturn().stream()
                .collect(Collectors.toMap(CensusRule::code, CensusRule::severity));
        severities.forEach((code, severity) -> assertEquals(code.endsWith("Q") ? Severity.QUERY : Severity.ERROR,
                severity, code));
        assertFalse(new CensusIssue("4012Q", Severity.QUERY, "", null, null, null).blocks());
        assertTrue(new CensusIssue("4011", Severity.ERROR, "", null, null, null).blocks());
    }

    @Test
    void aFindingNamesTheChildItsRecordTheRuleMessageAndTheField() {
        CensusValidator validator = new CensusValidator(header());
        validator.check(withUpn("X870123456789"));
        assertEquals(List.of(new CensusIssue("1510", Severity.ERROR, "UPN invalid (wrong check letter at character 1)",
                "RDG-0001", 1L, "UPN")), validator.issues());
    }

    @Test
    void aRuleChecksEachEpisodeOfTheChild() {
        CensusValidator validator = new CensusValidator(header());
        validator.check(child(closed(d("2025-12-01"), null), closed(d("2025-12-02"), null)));
        assertEquals(2, validator.issues().stream().filter(i -> i.code().equals("8805")).count());
    }

    private static List<String> codesFound(CensusHeader header, List<CensusChild> children, String code) {
        CensusValidator validator = new CensusValidator(header);
        children.forEach(validator::check);
        return validator.issues().stream().map(CensusIssue::code).filter(code::equals).toList();
    }
}
