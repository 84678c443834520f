package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.cinplan.returns.Kid.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a child's cinplan episodes become the DfE's episodes of need. */
class EpisodeRecordTest {

    private static final CensusAssessment ASSESSED = new CensusAssessment(d("2025-05-02"), null, d("2025-05-20"), List.of());

    private static EpisodeRecord standard(String referred, String decided, String closed, String reason) {
        return new EpisodeRecord("STANDARD", d(referred), "2A", d(decided), "N1", d(closed), reason, null, null, List.of(ASSESSED),
                List.of(), List.of(), false);
    }

    @Test
    void anEpisodeIsAnEpisodeOfNeedWithOneCinPlanFromTheDecisionToTheClosure() {
        List<CinDetails> need = EpisodeRecord.episodesOfNeed(List.of(standard("2025-05-01", "2025-05-20", "2025-12-01", "RC1")));
        assertEquals(List.of(new CinDetails(d("2025-05-01"), "2A", "N1", d("2025-12-01"), "RC1", null, List.of(ASSESSED),
                List.of(new CinPlanPeriod(d("2025-05-20"), d("2025-12-01"))), List.of(), false, List.of())), need);
    }

    @Test
    void aStepUpAndTheStepDownAfterItAreOneEpisodeOfNeedWithTheChildProtectionPlanBetweenItsCinPlans() {
        EpisodeRecord steppedUp = new EpisodeRecord("STANDARD", d("2025-05-01"), "6", d("2025-05-20"), "N1", d("2025-08-01"),
                null, d("2025-08-01"), null, List.of(ASSESSED), List.of(), List.of(), false);
        EpisodeRecord steppedDown = new EpisodeRecord(EpisodeRecord.STEP_DOWN_FROM_CP, d("2025-05-01"), "8", d("2026-01-10"),
                "N2", null, null, null, d("2026-01-10"), List.of(), List.of(), List.of(), false);

        List<CinDetails> need = EpisodeRecord.episodesOfNeed(List.of(steppedUp, steppedDown));

        assertEquals(1, need.size());
        CinDetails episode = need.get(0);
        assertEquals(d("2025-05-01"), episode.referralDate());
        assertEquals("6", episode.referralSource(), "the referral that began the episode of need");
        assertEquals("N1", episode.primaryNeedCode());
        assertEquals(null, episode.closureDate());
        assertEquals(List.of(new CinPlanPeriod(d("2025-05-20"), d("2025-08-01")), new CinPlanPeriod(d("2026-01-10"), null)),
                episode.cinPlans());
        assertEquals(List.of(new ChildProtectionPlan(d("2025-08-01"), d("2026-01-10"), null, null, null, List.of())),
                episode.childProtectionPlans());
    }

    @Test
    void aChildStillOnTheChildProtectionPlanHasItOpenAndNoClosure() {
        EpisodeRecord steppedUp = new EpisodeRecord("STANDARD", d("2025-05-01"), "6", d("2025-05-20"), "N1", d("2025-08-01"),
                null, d("2025-08-01"), null, List.of(), List.of(), List.of(), false);
        CinDetails episode = EpisodeRecord.episodesOfNeed(List.of(steppedUp)).get(0);
        assertEquals(null, episode.closureDate());
        assertEquals(null, episode.reasonForClosure());
        assertEquals(List.of(new ChildProtectionPlan(d("2025-08-01"), null, null, null, null, List.of())),
                episode.childProtectionPlans());
    }

    @Test
    void episodesClosedOneAfterAnotherStayApart() {
        List<CinDetails> need = EpisodeRecord.episodesOfNeed(List.of(standard("2024-05-01", "2024-05-20", "2024-12-01", "RC1"),
                standard("2025-05-01", "2025-05-20", null, null)));
        assertEquals(List.of(d("2024-05-01"), d("2025-05-01")), need.stream().map(CinDetails::referralDate).toList());
    }

    @Test
    void aReferralClosedWithNoFurtherActionIsAnEpisodeOfNeedClosedThatDayWithReferralNfa() {
        CinDetails nfa = EpisodeRecord.episodesOfNeed(List.of(EpisodeRecord.referral(d("2025-06-02"), "6", "N1",
                d("2025-06-02"), true, List.of(), List.of()))).get(0);

        assertEquals(new CinDetails(d("2025-06-02"), "6", "N1", d("2025-06-02"), "RC8", null, List.of(), List.of(), List.of(),
                true, List.of()), nfa);
    }

    @Test
    void aRecordedChildProtectionPlanTakesThePlaceOfTheStepUpsDatesWithItsEnquiry() {
        Section47Enquiry enquiry = new Section47Enquiry(d("2025-07-10"), d("2025-07-31"), d("2025-08-01"), false);
        ChildProtectionPlan recorded = new ChildProtectionPlan(d("2025-08-01"), d("2026-01-10"), "NEG", "MUL", null,
                List.of(d("2025-11-01")));
        EpisodeRecord steppedUp = new EpisodeRecord("STANDARD", d("2025-05-01"), "6", d("2025-05-20"), "N1", d("2025-08-01"),
                null, d("2025-08-01"), null, List.of(ASSESSED), List.of(enquiry), List.of(recorded), false);
        EpisodeRecord steppedDown = new EpisodeRecord(EpisodeRecord.STEP_DOWN_FROM_CP, d("2025-05-01"), "6", d("2026-01-10"),
                "N1", null, null, null, d("2026-01-10"), List.of(), List.of(), List.of(), false);

        CinDetails episode = EpisodeRecord.episodesOfNeed(List.of(steppedUp, steppedDown)).get(0);

        assertEquals(List.of(enquiry), episode.section47s());
        assertEquals(List.of(recorded), episode.childProtectionPlans());
        assertEquals(false, episode.referralNfa());
    }

    @Test
    void aReferralStraightToChildProtectionAndTheStepDownAfterItAreOneEpisodeOfNeedWithOneCinPlan() {
        Section47Enquiry enquiry = new Section47Enquiry(d("2025-06-03"), d("2025-06-24"), d("2025-06-20"), false);
        ChildProtectionPlan recorded = new ChildProtectionPlan(d("2025-06-20"), d("2025-12-01"), "PHY", "PHY", null, List.of());
        EpisodeRecord referral = EpisodeRecord.referral(d("2025-06-02"), "6", "N1", null, false, List.of(enquiry),
                List.of(recorded));
        EpisodeRecord steppedDown = new EpisodeRecord(EpisodeRecord.STEP_DOWN_FROM_CP, d("2025-06-02"), "6", d("2025-12-01"),
                "N1", null, null, null, d("2025-12-01"), List.of(), List.of(), List.of(), false);

        List<CinDetails> need = EpisodeRecord.episodesOfNeed(List.of(referral, steppedDown));

        assertEquals(1, need.size());
        assertEquals(List.of(new CinPlanPeriod(d("2025-12-01"), null)), need.get(0).cinPlans());
        assertEquals(List.of(recorded), need.get(0).childProtectionPlans());
        assertEquals(List.of(enquiry), need.get(0).section47s());
    }
}
