package org.cinplan.returns;

import org.cinplan.schedule.Closure;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.cinplan.returns.Ep.assessment;
import static org.cinplan.returns.Ep.cpp;
import static org.cinplan.returns.Ep.cppFor;
import static org.cinplan.returns.Ep.ep;
import static org.cinplan.returns.Ep.plan;
import static org.cinplan.returns.Ep.s47;
import static org.cinplan.returns.Kid.VALID_UPN;
import static org.cinplan.returns.Kid.YEAR;
import static org.cinplan.returns.Kid.d;
import static org.cinplan.returns.Kid.header;
import static org.cinplan.returns.Kid.kid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every census rule, each with a return it accepts and a return it refuses, rule by rule as the DfE lists them. */
class CensusRulesTest {

    /** England's working days, from the bank holidays shipped with cinplan. */
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.shipped();

    /** The 2023-24 return: Good Friday 29 March 2024 and Easter Monday 1 April 2024 are bank holidays. */
    private static final CensusHeader YEAR_OF_AN_EASTER_AT_ITS_END = CensusHeader.of(CollectionYear.ending(2024), "870",
            "1.0", 1, header().generatedAt());

    /** The 2024-25 return, whose year starts on Easter Monday. */
    private static final CensusHeader YEAR_STARTING_ON_EASTER_MONDAY = CensusHeader.of(CollectionYear.ending(2025), "870",
            "1.0", 1, header().generatedAt());

    /** One rule's fixtures: the children of a return it accepts, and of one it refuses. */
    private static Arguments rule(String code, List<Kid> passing, List<Kid> failing) {
        return Arguments.of(code, passing, failing);
    }

    private static List<Kid> of(Kid... kids) {
        return Arrays.asList(kids);
    }

    /** A child whose only episode is this one. */
    private static Kid with(Ep episode) {
        return kid().episodes(episode);
    }

    private static Ep closedEarlier() {
        return ep().referred("2025-04-10").closed("2025-05-20", "RC1").assessments(assessment("2025-04-11", "2025-04-18", "2B"))
                .plans(plan("2025-04-22", "2025-05-20"));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // ChildIdentifiers
                rule("8500", of(kid()), of(kid().id(" "))),
                rule("8510", of(kid().id("A"), kid().id("B")), of(kid().id("A"), kid().id("A"))),
                rule("1520", of(kid(), kid().id("B").upn("A950000178301")), of(kid(), kid().id("B"))),
                rule("1510", of(kid().upn(VALID_UPN)), of(kid().upn("X870123456789"))),
                rule("1530", of(kid()), of(kid().upn("W999123456789"))),
                rule("1540", of(kid()), of(kid().upn("W8701234X6789"))),
                rule("1550", of(kid().upn("W87012345678A")), of(kid().upn("W87012345678I"))),
                rule("1560Q", of(kid().formerUpn(VALID_UPN)), of(kid().formerUpn("X870123456789"))),
                rule("8770Q", of(kid().upnUnknown("UN2")), of(kid().upnUnknown("UN1"))),
                rule("8772", of(kid().upnUnknown("UN7").episodes(ep().noFurtherAction())), of(kid().upnUnknown("UN7"))),
                rule("8520", of(kid().born("2026-03-31")), of(kid().born("2026-04-01"))),
                rule("8525", of(kid().unborn("2026-05-01", "U")), of(kid().expected("2015-05-01"))),
                rule("8530Q", of(kid().unborn("2026-05-01", "U")), of(kid().unborn("2027-01-15", "U"))),
                rule("8775Q", of(kid()), of(kid().born("2000-01-01"))),
                rule("4180", of(kid().sex("U")), of(kid().sex("X"), kid().id("B").sex(null))),
                rule("8750", of(kid().unborn("2026-05-01", "U")), of(kid().unborn("2026-05-01", "F"))),
                rule("8535Q", of(kid().died("2025-09-01")), of(kid().died("2014-01-01"))),
                rule("8545Q", of(kid().died("2025-09-01")), of(kid().died("2025-03-01"))),
                // ChildCharacteristics
                rule("4220", of(kid().ethnicity("WBRI")), of(kid().ethnicity("XXXX"))),
                rule("8540", of(kid().disabilities("AUT", "LD")), of(kid().disabilities())),
                rule("8790", of(kid().disabilities("NONE")), of(kid().disabilities("NONE", "AUT"))),
                rule("8794", of(kid().disabilities("AUT", "LD")), of(kid().disabilities("AUT", "AUT"))),
                // a child's episodes together
                rule("8590", of(kid()), of(kid().episodes())),
                rule("8815", of(kid().episodes(closedEarlier(), ep())), of(kid().episodes(ep().referred("2025-04-10"), ep()))),
                rule("8816", of(kid().episodes(closedEarlier(), ep())),
                        of(kid().episodes(ep(), ep().referred("2025-09-01").closed("2025-10-01", "RC1")))),
                rule("8820", of(kid().episodes(closedEarlier(), ep())),
                        of(kid().episodes(ep().referred("2025-05-01").closed("2025-06-10", "RC1"), ep()))),
                // CINdetails
                rule("8600", of(with(ep().referred("2026-03-31"))), of(with(ep().referred("2026-04-01")))),
                rule("8606", of(with(ep().referred("2014-08-01"))), of(with(ep().referred("2014-07-01")))),
                rule("8555", of(kid().died("2025-09-01")), of(kid().died("2025-05-01"))),
                rule("8866", of(with(ep().source("10"))), of(with(ep().source(null)), with(ep().source("11")))),
                rule("8610", of(with(ep().noFurtherAction())), of(with(ep().need(null)))),
                rule("8650", of(with(ep().need("N0"))), of(with(ep().need("N10")))),
                rule("8568", of(with(ep().nfa(false))), of(with(ep().nfa(null)))),
                rule("8569", of(with(ep().noFurtherAction().referred("2025-03-31"))),
                        of(with(ep().noFurtherAction().referred("2025-03-28")))),
                rule("8620", of(with(ep().closed("2025-12-01", "RC1"))), of(with(ep().closed("2026-04-01", "RC1")))),
                rule("8630", of(with(ep().closed("2025-12-01", "RC1"))), of(with(ep().closed("2025-06-01", "RC1")))),
                rule("8640", of(with(ep().closed("2025-12-01", "RC9"))), of(with(ep().closed("2025-12-01", "RC10")))),
                rule("8805", of(with(ep().closed("2025-12-01", "RC1"))), of(with(ep().closed("2025-12-01", null)))),
                rule("8810", of(with(ep().closed("2025-12-01", "RC1"))), of(with(ep().closed(null, "RC1")))),
                rule("8565", of(with(ep().closed("2025-12-01", "RC1").plans(plan("2025-07-14", "2025-12-01")))),
                        of(with(ep().closed("2025-07-10", "RC8")))),
                rule("8867", of(with(ep().closed("2025-12-01", "RC1"))),
                        of(with(ep().closed("2025-12-01", "RC1").assessments(assessment("2025-06-03", null))))),
                rule("8868", of(with(ep().closed("2025-12-01", "RC1").s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().closed("2025-12-01", "RC1").s47(s47("2025-06-03", "2025-06-24", null, false))))),
                rule("8825Q", of(with(ep().closed("2025-07-10", "RC8").plans())),
                        of(with(ep().closed("2025-07-10", "RC8").plans().assessments()))),
                rule("8585Q", of(kid().died("2025-09-01").episodes(ep().closed("2025-09-01", "RC2"))),
                        of(with(ep().closed("2025-09-01", "RC2")))),
                rule("2990", of(with(ep().closed("2025-07-10", "RC8").plans())), of(with(ep().closed("2025-07-20", "RC8")))),
                rule("8831", of(with(ep().noFurtherAction())), of(with(ep().noFurtherAction().assessments(assessment("2025-06-03", null))))),
                // Assessments
                rule("1103", of(with(ep().assessments(assessment("2025-06-02", null)))),
                        of(with(ep().assessments(assessment("2025-06-01", null))))),
                rule("8608", of(with(ep().assessments(assessment("2025-06-03", "2025-06-03", "2B")))),
                        of(with(ep().assessments(assessment("2025-06-04", "2025-06-03", "2B"))))),
                rule("8696", of(kid()), of(with(ep().referred("2025-02-01").assessments(assessment("2025-02-02", "2025-03-20", "2B"))))),
                rule("8670Q", of(with(ep().assessments(assessment("2026-01-27", null))),
                                with(ep().assessments(assessment("2025-06-03", "2025-09-01")))),
                        of(with(ep().assessments(assessment("2026-01-26", null))))),
                rule("8736", of(with(ep().assessments(assessment("2025-06-03", null)))),
                        of(with(ep().referred("2025-02-01").assessments(assessment("2025-03-01", null))))),
                rule("8897", of(kid()), of(with(ep().assessments(assessment("2025-06-03", "2025-07-10"))))),
                rule("8614", of(with(ep().assessments(assessment("2025-06-03", null)))),
                        of(with(ep().assessments(assessment("2025-06-03", null, "2B"))))),
                rule("8898", of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "2B", "3A")))),
                        of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "2B", "2B"))))),
                rule("8869", of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "21")))),
                        of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "21", "2B"))))),
                rule("8617", of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "8B")))),
                        of(with(ep().assessments(assessment("2025-06-03", "2025-07-10", "8A"))))),
                rule("8899Q", of(kid().disabilities("LD").episodes(ep().assessments(assessment("2025-06-03", "2025-07-10", "5A")))),
                        of(kid().disabilities("LD"))),
                rule("8896", of(with(ep().assessments(assessment("2025-06-03", null)))),
                        of(with(ep().assessments(assessment("2025-06-03", null), assessment("2025-06-05", null))))),
                rule("8863", of(with(ep().assessments(assessment("2025-06-03", "2025-06-20", "2B"), assessment("2025-06-21", "2025-07-10", "2B")))),
                        of(with(ep().assessments(assessment("2025-06-03", "2025-06-20", "2B"), assessment("2025-06-10", "2025-07-10", "2B"))))),
                // CINPlanDates
                rule("4000", of(with(ep().noFurtherAction())), of(with(ep().noFurtherAction().plans(plan("2025-06-03", null))))),
                rule("4001", of(with(ep().cpps(cpp("2025-06-20", "2025-07-14")))), of(with(ep().cpps(cpp("2025-06-20", null))))),
                rule("4003", of(with(ep().plans(plan("2025-10-01", null)).cpps(cpp("2025-08-01", "2025-10-01", "2025-09-01")))),
                        of(with(ep().plans(plan("2025-06-10", "2025-12-01")).cpps(cpp("2025-08-01", "2025-10-01", "2025-09-01"))))),
                rule("4004", of(with(ep().plans(plan("2025-07-01", "2025-08-01"), plan("2025-09-01", null)))),
                        of(with(ep().plans(plan("2025-07-01", null), plan("2025-09-01", null))))),
                rule("4008", of(kid().died("2025-09-01").episodes(ep().plans(plan("2025-09-01", "2025-09-01")))),
                        of(kid().died("2025-09-01").episodes(ep().plans(plan("2025-09-02", null))))),
                rule("4009Q", of(kid().died("2025-09-01").episodes(ep().plans(plan("2025-07-01", "2025-09-01")))),
                        of(kid().died("2025-09-01").episodes(ep().plans(plan("2025-07-01", "2025-09-02"))))),
                rule("4010", of(with(ep().plans(plan("2026-03-31", null)))), of(with(ep().plans(plan(null, "2025-09-01"))))),
                rule("4011", of(with(ep().plans(plan("2025-07-01", "2025-07-02")))), of(with(ep().plans(plan("2025-07-02", "2025-07-01"))))),
                rule("4012Q", of(with(ep().plans(plan("2025-07-01", "2025-07-02")))), of(with(ep().plans(plan("2025-07-01", "2025-07-01"))))),
                rule("4013", of(with(ep().plans(plan("2025-07-01", "2025-12-01")))), of(with(ep().plans(plan("2025-07-01", "2026-04-02"))))),
                rule("4014", of(with(ep().plans(plan("2025-07-01", "2025-08-01"), plan("2025-08-01", null)))),
                        of(with(ep().plans(plan("2025-07-01", "2025-08-02"), plan("2025-08-01", "2025-09-01"))))),
                rule("4015", of(with(ep().plans(plan("2025-06-02", null)))), of(with(ep().plans(plan("2025-06-01", null))))),
                rule("4016", of(with(ep().cpps(cpp("2025-07-01", "2025-07-14")))), of(with(ep().cpps(cpp("2025-07-01", "2025-08-01"))))),
                rule("4017", of(with(ep().plans(plan("2025-07-14", "2025-08-01")).cpps(cpp("2025-08-01", null)))),
                        of(with(ep().cpps(cpp("2025-08-01", null))))),
                // Section47
                rule("1104", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().s47(s47("2025-06-01", "2025-06-24", "2025-06-01", false))))),
                rule("8615", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().s47(s47("2025-06-21", "2025-06-24", "2025-06-20", false))),
                                with(ep().s47(s47(null, "2025-06-24", "2025-06-20", false))))),
                rule("2889", of(with(ep().s47(s47("2025-06-02", null, null, true)))), of(with(ep().s47(s47("2025-06-01", null, null, true))))),
                rule("2884", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().initialCpc("2025-06-20").s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false))))),
                rule("8675Q", of(with(ep().s47(s47("2026-03-10", null, null, false))),
                                with(ep().s47(s47("2026-01-05", null, null, true)))),
                        of(with(ep().s47(s47("2026-03-09", null, null, false))))),
                rule("8740", of(with(ep().s47(s47("2025-06-03", "2025-06-24", null, false)))),
                        of(with(ep().referred("2025-02-01").s47(s47("2025-03-01", "2025-03-21", null, false))))),
                rule("8715", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2026-04-01", false))))),
                rule("8875", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false)))),
                        of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-21", false))))),
                rule("8870Q", of(with(ep().s47(s47("2025-06-03", "2025-06-24", null, false)))),
                        of(with(ep().s47(s47("2025-06-03", "2025-06-21", null, false))))),
                rule("8839", of(with(ep().s47(s47("2025-06-03", "2025-06-24", null, false)))),
                        of(with(ep().s47(s47("2025-06-03", "2025-06-24", null, false), s47("2025-06-05", "2025-06-26", null, false))))),
                rule("8890", of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false), s47("2025-06-20", null, null, true)))),
                        of(with(ep().s47(s47("2025-06-03", "2025-06-24", "2025-06-20", false), s47("2025-06-10", null, null, true))))),
                rule("2991Q", of(with(ep().s47(s47("2025-06-03", null, null, true)))),
                        of(with(ep().assessments().s47(s47("2025-06-03", null, null, true))))),
                // ChildProtectionPlans
                rule("8905", of(with(ep().cpps(cppFor("PHY", "NEG")))), of(with(ep().cpps(cppFor("XXX", "NEG"))))),
                rule("8910", of(with(ep().cpps(cppFor("NEG", "MUL")))), of(with(ep().cpps(cppFor("NEG", null))))),
                rule("8720", of(with(ep().cpps(cpp("2025-07-01", null)))), of(with(ep().cpps(cpp(null, null))))),
                rule("8915", of(kid().died("2025-09-01").episodes(ep().cpps(cpp("2025-08-01", "2025-08-30")))),
                        of(kid().died("2025-09-01").episodes(ep().cpps(cpp("2025-09-02", null))))),
                rule("8920", of(kid().died("2025-09-01").episodes(ep().cpps(cpp("2025-08-01", "2025-08-30")))),
                        of(kid().died("2025-09-01").episodes(ep().cpps(cpp("2025-08-01", null))))),
                rule("8925", of(with(ep().cpps(cpp("2025-07-01", "2025-07-02")))), of(with(ep().cpps(cpp("2025-07-02", "2025-07-01"))))),
                rule("8930", of(with(ep().cpps(cpp("2025-07-01", "2025-12-01")))), of(with(ep().cpps(cpp("2025-07-01", "2026-04-02"))))),
                rule("8840", of(with(ep().cpps(cpp("2025-07-01", "2025-07-02")))), of(with(ep().cpps(cpp("2025-07-01", "2025-07-01"))))),
                rule("8841", of(with(ep().cpps(cpp("2025-07-01", null, "2025-07-02")))), of(with(ep().cpps(cpp("2025-07-01", null, "2025-07-01"))))),
                rule("8832", of(with(ep().noFurtherAction())), of(with(ep().noFurtherAction().cpps(cpp("2025-07-01", null))))),
                rule("8935", of(with(ep().cpps(cpp("2025-07-01", "2025-08-01"), cpp("2025-08-02", null)))),
                        of(with(ep().cpps(cpp("2025-07-01", null), cpp("2025-08-02", null))))),
                rule("8940", of(with(ep().cpps(cpp("2025-07-01", "2025-08-01"), cpp("2025-08-02", null)))),
                        of(with(ep().cpps(cpp("2025-07-01", "2025-09-01"), cpp("2025-08-02", null))))),
                rule("2885", of(with(ep().initialCpc("2025-07-01").cpps(cpp("2025-07-01", null)))),
                        of(with(ep().initialCpc("2025-06-30").cpps(cpp("2025-07-01", null))))),
                rule("1105", of(with(ep().cpps(cpp("2025-06-02", null)))), of(with(ep().cpps(cpp("2025-06-01", null))))),
                // the return as a whole
                rule("2883", of(with(ep().initialCpc("2025-07-01").cpps(cpp("2025-07-01", null)))),
                        of(with(ep().cpps(cpp("2025-07-01", null))))),
                rule("2888Q", of(kid(), kid().id("B").disabilities("LD", "AUT")), of(kid().disabilities("LD"))),
                rule("2886Q", fiftyChildren(kid().sex("U")), of(kid(), kid().id("B").sex("U"))),
                rule("2887Q", of(kid().disabilities("MOB", "HAND", "PC", "INC"), kid().id("B").disabilities("COMM", "LD", "HEAR", "VIS")),
                        of(kid().disabilities("MOB", "HAND", "PC", "INC"), kid().id("B").disabilities("COMM", "LD", "HEAR", "HEAR"))));
    }

    /** 49 children with their sex recorded and this one: one in fifty, 2%, which is not more than 2%. */
    private static List<Kid> fiftyChildren(Kid fiftieth) {
        List<Kid> kids = new java.util.ArrayList<>();
        for (int i = 0; i < 49; i++) {
            kids.add(kid().id("K" + i));
        }
        kids.add(fiftieth);
        return kids;
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("fixtures")
    void eachRuleAcceptsItsPassingReturnAndRefusesItsFailingOne(String code, List<Kid> passing, List<Kid> failing) {
        assertEquals(List.of(), codesFound(passing, code), "the passing fixture of " + code);
        assertEquals(List.of(code), codesFound(failing, code).stream().distinct().toList(), "the failing fixture of " + code);
    }

    @Test
    void theValidChildBreaksNoRuleAndTheOnlyQueryOnAReturnOfOneIsItsFewDisabilityCodes() {
        CensusValidator validator = new CensusValidator(header(), ENGLAND);
        validator.check(kid().build());
        assertEquals(List.of("2887Q"), validator.issues().stream().map(CensusIssue::code).toList());
    }

    /** Working days are England's: bank holidays do not count (Easter 2024 around the end of the 2023-24 year). */
    @Test
    void rule8569CountsTheWorkingDayBeforeTheYearOverEasterBankHolidays() {
        // 1 April 2024 is Easter Monday and 29 March Good Friday: the working day before the year is 28 March
        assertEquals(List.of(), codesFound(YEAR_STARTING_ON_EASTER_MONDAY,
                List.of(with(ep().noFurtherAction().referred("2024-03-28"))), "8569"));
        assertEquals(List.of("8569"), codesFound(YEAR_STARTING_ON_EASTER_MONDAY,
                List.of(with(ep().noFurtherAction().referred("2024-03-27"))), "8569"));
    }

    @Test
    void rule8670QSkipsGoodFridayCountingBackFortyFiveWorkingDays() {
        // weekdays alone would put the 45th working day before 31 March 2024 on 29 January; Good Friday moves it to 26th
        assertEquals(List.of(), codesFound(YEAR_OF_AN_EASTER_AT_ITS_END,
                List.of(with(ep().referred("2024-01-02").assessments(assessment("2024-01-26", null)))), "8670Q"));
        assertEquals(List.of("8670Q"), codesFound(YEAR_OF_AN_EASTER_AT_ITS_END,
                List.of(with(ep().referred("2024-01-02").assessments(assessment("2024-01-25", null)))), "8670Q"));
    }

    @Test
    void rule8675QSkipsGoodFridayCountingBackFifteenWorkingDays() {
        // weekdays alone would give 11 March 2024; Good Friday moves the 15th working day before 31 March to 8 March
        assertEquals(List.of(), codesFound(YEAR_OF_AN_EASTER_AT_ITS_END,
                List.of(with(ep().referred("2024-03-01").s47(s47("2024-03-08", null, null, false)))), "8675Q"));
        assertEquals(List.of("8675Q"), codesFound(YEAR_OF_AN_EASTER_AT_ITS_END,
                List.of(with(ep().referred("2024-03-01").s47(s47("2024-03-07", null, null, false)))), "8675Q"));
    }

    @Test
    void aCouncilsOwnClosureIsNoHolidayForTheDfe() {
        // were the council's closure on 28 March 2024 counted, 27 March would be the working day before the year
        WorkingDayCalendar closed = ENGLAND.withClosure(new Closure(d("2024-03-28"), "Office move"));
        CensusValidator validator = new CensusValidator(YEAR_STARTING_ON_EASTER_MONDAY, closed);
        validator.check(with(ep().noFurtherAction().referred("2024-03-27")).build());
        assertEquals(1, validator.issues().stream().filter(i -> i.code().equals("8569")).count());
    }

    @Test
    void rule100RefusesAReferenceDateOtherThanTheYearsThirtyFirstOfMarch() {
        CensusHeader right = header();
        CensusHeader wrong = new CensusHeader(YEAR, d("2026-03-30"), "870", "cinplan", "1.0", 1, right.generatedAt());
        assertEquals(List.of(), codesFound(right, List.of(), "100"));
        assertEquals(List.of(new CensusIssue("100", Severity.ERROR, "Reference Date is incorrect", null, null,
                "ReferenceDate")), new CensusValidator(wrong, ENGLAND).issues().stream().filter(i -> i.code().equals("100")).toList());
    }

    @Test
    void everyRuleHasItsFixturesAndEachCodeIsOneRule() {
        List<String> codes = CensusRules.forOneReturn(ENGLAND).stream().map(CensusRule::code).toList();
        assertEquals(codes.size(), Set.copyOf(codes).size(), "a code is used twice");
        Set<String> tested = fixtures().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        tested.add("100");
        assertEquals(Set.copyOf(codes), tested);
    }

    @Test
    void queriesWarnAndErrorsBlock() {
        Map<String, Severity> severities = CensusRules.forOneReturn(ENGLAND).stream()
                .collect(Collectors.toMap(CensusRule::code, CensusRule::severity));
        severities.forEach((code, severity) -> assertEquals(code.endsWith("Q") ? Severity.QUERY : Severity.ERROR,
                severity, code));
        assertFalse(new CensusIssue("4012Q", Severity.QUERY, "", null, null, null).blocks());
        assertTrue(new CensusIssue("4011", Severity.ERROR, "", null, null, null).blocks());
    }

    @Test
    void aFindingNamesTheChildItsRecordTheRuleMessageAndTheField() {
        CensusValidator validator = new CensusValidator(header(), ENGLAND);
        validator.check(kid().upn("X870123456789").build());
        assertEquals(List.of(new CensusIssue("1510", Severity.ERROR, "UPN invalid (wrong check letter at character 1)",
                "RDG-0001", 1L, "UPN")), validator.issues().stream().filter(i -> i.laChildId() != null).toList());
    }

    @Test
    void aRuleChecksEachEpisodeOfTheChild() {
        CensusValidator validator = new CensusValidator(header(), ENGLAND);
        validator.check(kid().episodes(ep().closed("2025-12-01", null), ep().closed("2025-12-02", null)).build());
        assertEquals(2, validator.issues().stream().filter(i -> i.code().equals("8805")).count());
    }

    @Test
    void theCheckLetterOfATemporaryUpnCountsItsFinalLetter() {
        // A=0 at character 13 weighs nothing: the check letter is that of W87012345678 followed by 0
        assertEquals(ChildRules.upnCheckLetter("W870123456780"), ChildRules.upnCheckLetter("W87012345678A"));
    }

    private static List<String> codesFound(List<Kid> kids, String code) {
        return codesFound(header(), kids, code);
    }

    private static List<String> codesFound(CensusHeader header, List<Kid> kids, String code) {
        CensusValidator validator = new CensusValidator(header, ENGLAND);
        kids.forEach(k -> validator.check(k.build()));
        return validator.issues().stream().map(CensusIssue::code).filter(code::equals).toList();
    }
}
