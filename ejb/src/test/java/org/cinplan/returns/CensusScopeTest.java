package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.cinplan.returns.Kid.YEAR;
import static org.cinplan.returns.Kid.header;
import static org.cinplan.returns.Kid.kid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which episodes and modules a year's census includes. */
class CensusScopeTest {

    private final CensusScope scope = new CensusScope(YEAR);

    private static CinDetails episode(String referred, String closed) {
        return new CinDetails(LocalDate.parse(referred), "1A", "N1", closed == null ? null : LocalDate.parse(closed),
                closed == null ? null : "RC1", null, List.of(), List.of(), List.of(), false, List.of());
    }

    @Test
    void anEpisodeOpenAtAnyPointInTheYearIsIncludedAndOthersAreNot() {
        CensusChild child = kid().withEpisodes(episode("2023-01-01", "2025-03-31"), episode("2025-03-31", "2025-04-01"),
                episode("2025-12-01", null), episode("2026-04-01", null), episode("2020-01-01", null)).build();
        List<LocalDate> included = scope.include(child).orElseThrow().episodes().stream()
                .map(CinDetails::referralDate).toList();
        assertEquals(List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 12, 1), LocalDate.of(2020, 1, 1)), included);
    }

    @Test
    void aReferralWithNoFurtherActionInTheYearIsIncluded() {
        CinDetails nfa = new CinDetails(LocalDate.of(2025, 9, 1), "1A", null, LocalDate.of(2025, 9, 1), "RC8", null,
                List.of(), List.of(), List.of(), true, List.of());
        assertTrue(scope.include(kid().withEpisodes(nfa).build()).isPresent());
    }

    @Test
    void aChildWithNoEpisodeInTheYearIsLeftOut() {
        assertTrue(scope.include(kid().withEpisodes(episode("2024-01-01", "2025-01-01")).build()).isEmpty());
    }

    @Test
    void withinAnEpisodeOnlyTheModulesOpenInTheYearAreIncluded() {
        CinDetails e = new CinDetails(LocalDate.of(2023, 1, 1), "1A", "N1", null, null, null,
                List.of(new CensusAssessment(LocalDate.of(2023, 1, 2), null, LocalDate.of(2023, 2, 1), List.of()),
                        new CensusAssessment(LocalDate.of(2026, 3, 1), null, null, List.of())),
                List.of(new CinPlanPeriod(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 3, 31)),
                        new CinPlanPeriod(LocalDate.of(2025, 4, 1), null)),
                List.of(), false,
                List.of(new ChildProtectionPlan(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 1), "NEG", "NEG", 0, List.of())));
        CinDetails kept = scope.include(kid().withEpisodes(e).build()).orElseThrow().episodes().get(0);
        assertEquals(List.of(LocalDate.of(2026, 3, 1)), kept.assessments().stream().map(CensusAssessment::actualStartDate).toList());
        assertEquals(List.of(LocalDate.of(2025, 4, 1)), kept.cinPlans().stream().map(CinPlanPeriod::startDate).toList());
        assertEquals(1, kept.childProtectionPlans().size());
    }

    @Test
    void whatHappenedAfterTheReferenceDateIsLeftOut() {
        CinDetails e = new CinDetails(LocalDate.of(2025, 6, 1), "1A", "N1", LocalDate.of(2026, 5, 1), "RC1",
                LocalDate.of(2026, 4, 2),
                List.of(new CensusAssessment(LocalDate.of(2026, 3, 20), null, LocalDate.of(2026, 4, 10), List.of("2B"))),
                List.of(new CinPlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 5, 1))),
                List.of(new Section47Enquiry(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 14), null)),
                false,
                List.of(new ChildProtectionPlan(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 4, 20), "NEG", "NEG", 0,
                        List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 4, 1)))));
        CinDetails asAt = scope.include(kid().withEpisodes(e).build()).orElseThrow().episodes().get(0);
        assertEquals(null, asAt.closureDate());
        assertEquals(null, asAt.reasonForClosure());
        assertEquals(null, asAt.dateOfInitialCpc());
        assertEquals(new CensusAssessment(LocalDate.of(2026, 3, 20), null, null, List.of()), asAt.assessments().get(0));
        assertEquals(new CinPlanPeriod(LocalDate.of(2025, 7, 1), null), asAt.cinPlans().get(0));
        assertEquals(new Section47Enquiry(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 15), null, false),
                asAt.section47s().get(0));
        assertEquals(null, asAt.childProtectionPlans().get(0).endDate());
        assertEquals(List.of(LocalDate.of(2025, 12, 1)), asAt.childProtectionPlans().get(0).reviews());
    }

    @Test
    void theYearRunsFromTheFirstOfAprilToItsReferenceDate() {
        CollectionYear year = CollectionYear.parse("2025-26");
        assertEquals(LocalDate.of(2025, 4, 1), year.start());
        assertEquals(LocalDate.of(2026, 3, 31), year.referenceDate());
        assertEquals("2025-26", year.label());
        assertEquals(year, CollectionYear.containing(LocalDate.of(2025, 4, 1)));
        assertEquals(year, CollectionYear.containing(LocalDate.of(2026, 3, 31)));
    }
}
