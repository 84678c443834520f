package org.cinplan.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Invented census children for the 2025-26 year: one that every rule accepts, and changes of it that break one. */
final class CensusFixtures {

    static final CollectionYear YEAR = CollectionYear.ending(2026);

    /** A UPN whose check letter was worked out by hand: 8x2 + 7x3 + 0x4 + ... + 9x13 = 502; 502 mod 23 = 19 = W. */
    static final String VALID_UPN = "W870123456789";

    private CensusFixtures() {
    }

    static CensusHeader header() {
        return CensusHeader.of(YEAR, "870", "1.0", 1, LocalDateTime.of(2026, 4, 20, 9, 30));
    }

    static CinDetails episode() {
        return new CinDetails(LocalDate.of(2025, 6, 2), "3A", "N1", null, null, null,
                List.of(new CensusAssessment(LocalDate.of(2025, 6, 3), null, LocalDate.of(2025, 7, 10), List.of("2B"))),
                List.of(new CinPlanPeriod(LocalDate.of(2025, 7, 14), null)), List.of(), false, List.of());
    }

    static CensusChild child() {
        return child(episode());
    }

    static CensusChild child(CinDetails... episodes) {
        return new CensusChild(1L, "RDG-0001", VALID_UPN, null, null, LocalDate.of(2015, 5, 1), null, "F", null,
                "WBRI", List.of("NONE"), List.of(episodes));
    }

    static CensusChild withUpn(String upn) {
        CensusChild c = child();
        return new CensusChild(c.recordId(), c.laChildId(), upn, null, null, c.birthDate(), null, c.sex(), null,
                c.ethnicity(), c.disabilities(), c.episodes());
    }

    static CensusChild withLaChildId(String id) {
        CensusChild c = child();
        return new CensusChild(c.recordId(), id, c.upn(), null, null, c.birthDate(), null, c.sex(), null,
                c.ethnicity(), c.disabilities(), c.episodes());
    }

    static CensusChild withBirth(LocalDate born, LocalDate expected) {
        CensusChild c = child();
        return new CensusChild(c.recordId(), c.laChildId(), c.upn(), null, null, born, expected, c.sex(), null,
                c.ethnicity(), c.disabilities(), c.episodes());
    }

    static CensusChild withDisabilities(List<String> codes) {
        CensusChild c = child();
        return new CensusChild(c.recordId(), c.laChildId(), c.upn(), null, null, c.birthDate(), null, c.sex(), null,
                c.ethnicity(), codes, c.episodes());
    }

    static CensusChild withDeath(LocalDate died, CinDetails episode) {
        CensusChild c = child(episode);
        return new CensusChild(c.recordId(), c.laChildId(), c.upn(), null, null, c.birthDate(), null, c.sex(), died,
                c.ethnicity(), c.disabilities(), c.episodes());
    }

    static CinDetails referred(LocalDate on) {
        CinDetails e = episode();
        return new CinDetails(on, e.referralSource(), e.primaryNeedCode(), null, null, null, List.of(), List.of(),
                List.of(), false, List.of());
    }

    static CinDetails closed(LocalDate on, String reason) {
        CinDetails e = episode();
        return new CinDetails(e.referralDate(), e.referralSource(), e.primaryNeedCode(), on, reason, null,
                e.assessments(), List.of(new CinPlanPeriod(LocalDate.of(2025, 7, 14), on)), List.of(), false, List.of());
    }

    static CinDetails withPrimaryNeed(String code, boolean nfa) {
        CinDetails e = episode();
        return new CinDetails(e.referralDate(), e.referralSource(), code, null, null, null, e.assessments(),
                e.cinPlans(), List.of(), nfa, List.of());
    }

    static CinDetails withAssessment(LocalDate start, LocalDate authorised) {
        CinDetails e = episode();
        return new CinDetails(e.referralDate(), e.referralSource(), e.primaryNeedCode(), null, null, null,
                List.of(new CensusAssessment(start, null, authorised, List.of())), e.cinPlans(), List.of(), false,
                List.of());
    }

    static CinDetails withPlans(CinPlanPeriod... plans) {
        CinDetails e = episode();
        return new CinDetails(e.referralDate(), e.referralSource(), e.primaryNeedCode(), null, null, null,
                e.assessments(), List.of(plans), List.of(), false, List.of());
    }

    static CinPlanPeriod plan(String start, String end) {
        return new CinPlanPeriod(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }
}
