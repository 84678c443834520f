package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.StatutoryTarget;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A referral (no further action closes it that day; one for a child already open joins the open episode) and the
 * child protection facts: a strategy discussion during a CIN plan, its enquiry and conference, the plan that steps the
 * case up (the CIN plan ends on the plan's start, with no reason for closure) and its end stepping down to a new CIN
 * plan from that day.
 */
class ReferralAndChildProtectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final DeadlineEngine ENGINE = new DeadlineEngine(WorkingDayCalendar.shipped());

    private static Child child() {
        Family family = new Family(new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST), "Test family");
        return new Child(family, "REA999990", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
    }

    private static Episode openCase(Child child) {
        return Episode.open(child, EpisodeType.STANDARD, TODAY.minusDays(120), TODAY.minusDays(100), "N1", false);
    }

    private static Referral referral(Child child, Episode open) {
        return Referral.receive(child, open, TODAY.minusDays(10), ReferralSource.POLICE, "N1",
                "Police attended a domestic incident", "sw.demo", TODAY);
    }

    @Test
    void aReferralClosedWithNoFurtherActionClosesTheDayItIsDecided() {
        Referral referral = referral(child(), null);
        assertThat(referral.closedOn()).isNull();

        referral.decide(ReferralDecision.NO_FURTHER_ACTION, TODAY.minusDays(9), "sw.demo", TODAY);

        assertThat(referral.isNoFurtherAction()).isTrue();
        assertThat(referral.closedOn()).isEqualTo(TODAY.minusDays(9));
        assertThat(referral.episode()).isNull();
        assertThatThrownBy(() -> referral.decide(ReferralDecision.ASSESSMENT, TODAY, "sw.demo", TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already decided");
        assertThatThrownBy(() -> referral.leadsTo(openCase(referral.child())))
                .hasMessageContaining("leads to no episode");
    }

    @Test
    void aReferralForAChildAlreadyOpenJoinsTheOpenEpisode() {
        Child child = child();
        Episode open = openCase(child);

        Referral referral = referral(child, open);

        assertThat(referral.episode()).isSameAs(open);
        assertThatThrownBy(() -> referral.leadsTo(open)).hasMessageContaining("already part of an episode");
        assertThatThrownBy(() -> referral(child(), open)).hasMessageContaining("the child's own open episode");
    }

    @Test
    void aReferralIsDatedAndDecidedInOrder() {
        assertThatThrownBy(() -> Referral.receive(child(), null, TODAY.plusDays(1), ReferralSource.POLICE, "N1", "x",
                "sw.demo", TODAY)).hasMessageContaining("future");
        assertThatThrownBy(() -> Referral.receive(child(), null, TODAY, ReferralSource.POLICE, "N11", "x", "sw.demo", TODAY))
                .hasMessageContaining("N0 to N9");
        assertThatThrownBy(() -> referral(child(), null).decide(ReferralDecision.ASSESSMENT, TODAY.minusDays(11),
                "sw.demo", TODAY)).hasMessage("The date cannot come before the referral");
    }

    @Test
    void aPlanFromTheConferenceStepsTheCinPlanUpOnItsStartAndKeepsTheEpisodeGoing() {
        Episode cinPlan = openCase(child());
        Section47Enquiry enquiry = strategyDiscussion(cinPlan, TODAY.minusDays(30));
        assertThat(enquiry.conferenceTarget()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> enquiry.recordConference(TODAY.minusDays(20), TODAY))
                .hasMessageContaining("enquiry started first");
        enquiry.startEnquiry(TODAY.minusDays(29), TODAY);
        enquiry.recordConference(LocalDate.of(2026, 11, 18), TODAY);

        ChildProtectionPlan plan = ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.NEG, "sw.demo", NOW);

        assertThat(plan.startOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(cinPlan.childProtectionPlanStartDate()).isEqualTo(plan.startOn());
        assertThat(cinPlan.closureDate()).isEqualTo(plan.startOn());
        assertThat(cinPlan.closureReason()).as("the episode of need goes on: no reason for closure").isNull();
    }

    @Test
    void endingThePlanWithAStepDownStartsACinPlanFromItsEnd() {
        Episode cinPlan = openCase(child());
        Section47Enquiry enquiry = strategyDiscussion(cinPlan, TODAY.minusDays(90));
        enquiry.startEnquiry(TODAY.minusDays(90), TODAY);
        enquiry.recordConference(LocalDate.of(2026, 9, 15), TODAY);
        ChildProtectionPlan plan = ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.EMO, "sw.demo", NOW);
        plan.recordReview(LocalDate.of(2026, 11, 10), TODAY);
        plan.changeCategory(CategoryOfAbuse.MUL);
        assertThatThrownBy(() -> plan.end(LocalDate.of(2026, 11, 9), TODAY, null))
                .hasMessage("The date cannot come before its last review conference");

        LocalDate end = LocalDate.of(2026, 11, 20);
        Episode stepDown = Episode.stepDownFromChildProtection(cinPlan.child(), cinPlan.referralDate(), end, "N1");
        plan.end(end, TODAY, stepDown);

        assertThat(plan.isOpen()).isFalse();
        assertThat(plan.initialCategory()).isEqualTo(CategoryOfAbuse.EMO);
        assertThat(plan.latestCategory()).isEqualTo(CategoryOfAbuse.MUL);
        assertThat(plan.reviews()).containsExactly(LocalDate.of(2026, 11, 10));
        assertThat(plan.stepDownEpisode()).isSameAs(stepDown);
        assertThat(stepDown.type()).isEqualTo(EpisodeType.STEP_DOWN_FROM_CP);
        assertThat(stepDown.decisionDate()).isEqualTo(end);
        assertThat(stepDown.childProtectionPlanEndDate()).isEqualTo(end);
        assertThatThrownBy(() -> plan.recordReview(TODAY, TODAY)).hasMessageContaining("cannot change");
    }

    @Test
    void aPlanCannotEndTheDayItStartedNorStartWithoutAConference() {
        Section47Enquiry enquiry = strategyDiscussion(openCase(child()), TODAY.minusDays(30));
        assertThatThrownBy(() -> ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.NEG, "sw.demo", NOW))
                .hasMessageContaining("Record the initial child protection conference first");
        enquiry.startEnquiry(TODAY.minusDays(29), TODAY);
        enquiry.recordConference(LocalDate.of(2026, 11, 18), TODAY);
        ChildProtectionPlan plan = ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.PHY, "sw.demo", NOW);

        assertThatThrownBy(() -> plan.end(plan.startOn(), TODAY, null))
                .hasMessage("The date cannot come before the day after the plan started");
    }

    @Test
    void aConferenceNotRequiredClosesTheEnquiryWithoutAPlan() {
        Section47Enquiry enquiry = strategyDiscussion(openCase(child()), TODAY.minusDays(30));
        enquiry.startEnquiry(TODAY.minusDays(29), TODAY);
        enquiry.conferenceNotRequired();

        assertThat(enquiry.isOpen()).isFalse();
        assertThatThrownBy(() -> enquiry.recordConference(TODAY.minusDays(2), TODAY)).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.NEG, "sw.demo", NOW))
                .hasMessageContaining("conference first");
    }

    @Test
    void aStrategyDiscussionAfterAReferralNeedsThatDecisionAndGoesWithItIntoTheCaseItLeadsTo() {
        Referral referral = referral(child(), null);
        StatutoryTarget target = ENGINE.initialConferenceTarget(TODAY.minusDays(5));
        assertThatThrownBy(() -> Section47Enquiry.afterReferral(referral, TODAY.minusDays(5), target, "sw.demo", TODAY))
                .hasMessageContaining("Record the decision to hold a strategy discussion");
        referral.decide(ReferralDecision.STRATEGY_DISCUSSION, TODAY.minusDays(9), "sw.demo", TODAY);

        Section47Enquiry enquiry = Section47Enquiry.afterReferral(referral, TODAY.minusDays(5), target, "sw.demo", TODAY);

        assertThat(enquiry.referral()).isSameAs(referral);
        assertThat(enquiry.episode()).isNull();
        assertThat(enquiry.conferenceTarget()).isEqualTo(target.dueDate());

        Episode opened = openCase(referral.child());
        referral.leadsTo(opened);
        enquiry.partOf(opened);
        assertThat(enquiry.episode()).as("the case the referral led to holds its enquiry").isSameAs(opened);
    }

    /** ICPC_WITHIN_15WD, from the deadline engine. */
    private static Section47Enquiry strategyDiscussion(Episode cinPlan, LocalDate heldOn) {
        return Section47Enquiry.duringEpisode(cinPlan, heldOn, ENGINE.initialConferenceTarget(heldOn), "sw.demo", TODAY);
    }
}
