package org.cinplan.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which children, episodes and modules a year's census includes, as the DfE guide says: every episode of need open at
 * any point in the year (referred on or before 31 March and not closed before 1 April), so also referrals that led to
 * no further action and cases closed after assessment in the year; and within an included episode, each assessment,
 * CIN plan, section 47 enquiry and child protection plan open at any point in the year (a child on a child protection
 * plan is therefore included through the episode the plan belongs to). A child with no such episode is not included.
 */
public final class CensusScope {

    private final CollectionYear year;

    public CensusScope(CollectionYear year) {
        this.year = year;
    }

    /** The child as the return includes them, or empty when the year saw none of their episodes. */
    public Optional<CensusChild> include(CensusChild child) {
        List<CinDetails> episodes = child.episodes().stream()
                .filter(e -> openInYear(e.referralDate(), e.closureDate()))
                .map(this::withModulesOfTheYear)
                .toList();
        return episodes.isEmpty() ? Optional.empty() : Optional.of(child.withEpisodes(episodes));
    }

    private CinDetails withModulesOfTheYear(CinDetails e) {
        return e.withModules(
                e.assessments().stream().filter(a -> openInYear(a.actualStartDate(), a.authorisationDate())).toList(),
                e.cinPlans().stream().filter(p -> openInYear(p.startDate(), p.endDate())).toList(),
                e.section47s().stream().filter(s -> openInYear(s.actualStartDate(),
                        s.dateOfInitialCpc() != null ? s.dateOfInitialCpc() : s.actualStartDate())).toList(),
                e.childProtectionPlans().stream().filter(p -> openInYear(p.startDate(), p.endDate())).toList());
    }

    /** Started by the reference date and not ended before the year began; a thing with no start date is kept so that
     * validation can name it. */
    private boolean openInYear(LocalDate start, LocalDate end) {
        boolean startedByTheEnd = start == null || !start.isAfter(year.referenceDate());
        boolean notEndedBefore = end == null || !end.isBefore(year.start());
        return startedByTheEnd && notEndedBefore;
    }
}
