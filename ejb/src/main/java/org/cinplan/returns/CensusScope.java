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
 *
 * <p>The census reports the year as it stood on its reference date, so what happened after it is left out: an episode,
 * plan or child protection plan that ended later is still open, an assessment authorised later is still going on, a
 * conference or review held later has not been held.
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
                .map(this::asAtReferenceDate)
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

    private CinDetails asAtReferenceDate(CinDetails e) {
        boolean closedLater = afterYear(e.closureDate());
        return new CinDetails(e.referralDate(), e.referralSource(), e.primaryNeedCode(),
                closedLater ? null : e.closureDate(), closedLater ? null : e.reasonForClosure(),
                afterYear(e.dateOfInitialCpc()) ? null : e.dateOfInitialCpc(),
                e.assessments().stream().map(a -> afterYear(a.authorisationDate())
                        ? new CensusAssessment(a.actualStartDate(), notLater(a.internalReviewDate()), null, List.of())
                        : a).toList(),
                e.cinPlans().stream().map(p -> new CinPlanPeriod(p.startDate(), notLater(p.endDate()))).toList(),
                e.section47s().stream().map(s -> new Section47Enquiry(s.actualStartDate(), s.initialCpcTarget(),
                        notLater(s.dateOfInitialCpc()), afterYear(s.dateOfInitialCpc()) ? Boolean.FALSE
                        : s.icpcNotRequired())).toList(),
                e.referralNfa(),
                e.childProtectionPlans().stream().map(p -> new ChildProtectionPlan(p.startDate(), notLater(p.endDate()),
                        p.initialCategoryOfAbuse(), p.latestCategoryOfAbuse(), p.numberOfPreviousCpp(),
                        p.reviews().stream().filter(r -> !afterYear(r)).toList())).toList());
    }

    private boolean afterYear(LocalDate day) {
        return day != null && day.isAfter(year.referenceDate());
    }

    /** The day, or none when it came after the reference date. */
    private LocalDate notLater(LocalDate day) {
        return afterYear(day) ? null : day;
    }

    /** Started by the reference date and not ended before the year began; a thing with no start date is kept so that
     * validation can name it. */
    private boolean openInYear(LocalDate start, LocalDate end) {
        boolean startedByTheEnd = start == null || !start.isAfter(year.referenceDate());
        boolean notEndedBefore = end == null || !end.isBefore(year.start());
        return startedByTheEnd && notEndedBefore;
    }
}
