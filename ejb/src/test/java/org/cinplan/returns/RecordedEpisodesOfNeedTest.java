package org.cinplan.returns;

import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.cinplan.returns.Kid.d;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What referrals, section 47 enquiries and child protection plans record, read into episodes of need, passes the DfE
 * rules: a referral closed with no further action, and a CIN plan stepped up to child protection (strategy discussion,
 * enquiry, conference on its ICPC_WITHIN_15WD target, plan with a review) and back down, as the demo data has them.
 */
class RecordedEpisodesOfNeedTest {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.shipped();

    @Test
    void aReferralClosedWithNoFurtherActionPassesWithOnlyTheQueryOnItsReason() {
        CinDetails nfa = EpisodeRecord.episodesOfNeed(List.of(EpisodeRecord.referral(d("2025-10-20"), "6", "N8",
                d("2025-10-20"), true, List.of(), List.of()))).get(0);

        assertThat(issuesOf(Kid.kid().withEpisodes(nfa).build())).extracting(CensusIssue::code)
                .as("RC8 with no assessment is queried, never an error").containsOnly("8825Q");
    }

    @Test
    void aCinPlanSteppedUpToChildProtectionAndBackDownPassesWithNoError() {
        LocalDate strategy = d("2025-07-01");
        LocalDate target = new DeadlineEngine(ENGLAND).initialConferenceTarget(strategy).dueDate();
        Section47Enquiry enquiry = new Section47Enquiry(strategy, target, target, false);
        ChildProtectionPlan plan = new ChildProtectionPlan(target, d("2026-01-20"), "NEG", "MUL", null,
                List.of(target.plusDays(91)));
        CensusAssessment assessed = new CensusAssessment(d("2025-04-09"), null, d("2025-04-30"), List.of("2A", "3A"));
        EpisodeRecord steppedUp = new EpisodeRecord("STANDARD", d("2025-04-07"), "2A", d("2025-05-01"), "N1", target, null,
                target, null, List.of(assessed), List.of(enquiry), List.of(plan), false);
        EpisodeRecord steppedDown = new EpisodeRecord(EpisodeRecord.STEP_DOWN_FROM_CP, d("2025-04-07"), "2A",
                d("2026-01-20"), "N1", null, null, null, d("2026-01-20"), List.of(), List.of(), List.of(), false);

        CensusChild marek = Kid.kid().withEpisodes(EpisodeRecord.episodesOfNeed(List.of(steppedUp, steppedDown))
                .toArray(CinDetails[]::new)).build();

        assertThat(target).isEqualTo(d("2025-07-22"));
        assertThat(issuesOf(marek)).filteredOn(i -> i.severity() == Severity.ERROR).isEmpty();
    }

    private static List<CensusIssue> issuesOf(CensusChild child) {
        CensusValidator validator = new CensusValidator(Kid.header(), ENGLAND);
        new CensusScope(Kid.YEAR).include(child).ifPresent(validator::check);
        return validator.issues().stream().filter(i -> i.laChildId() != null).toList();
    }
}
