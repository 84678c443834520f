package org.cinplan.planning;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.Role;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a CIN plan: draft, submit, approve or return, new versions; and the guards on each step. */
class CinPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final Set<Role> CSW = Set.of(Role.CONSULTANT_SOCIAL_WORKER);
    private static final Set<Role> PM = Set.of(Role.PRACTICE_MANAGER);

    private final Episode episode = episode();
    private final CinPlan plan = CinPlan.draftFor(episode, "sw.demo", NOW);

    private static Episode episode() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        Child child = new Child(family, "SUF999999", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, TODAY.minusDays(20), TODAY.minusDays(10), "N1", false);
    }

    private static PlanContents complete(List<ServiceProvision> services, List<PlanRecipient> recipients) {
        return new PlanContents("Regular school attendance",
                List.of(new SmartOutcome("School attendance above 90%", "Weekly school report", TODAY.plusMonths(3))),
                List.of(new PlanAction("Daily walk to school", "Mrs Test", OwnerKind.PERSON, TODAY.plusWeeks(2), ActionStatus.IN_PROGRESS)),
                services, "Likes school", "Want support in the mornings", "Social worker visits every 3 weeks",
                "A strategy discussion if attendance falls below 70%", "Ada is never left alone overnight",
                "Review at the next CIN meeting", recipients);
    }

    private static PlanContents complete() {
        return complete(List.of(), List.of(new PlanRecipient("Mrs Test", RecipientKind.PARENT, null)));
    }

    @Test
    void aNewPlanIsAnEmptyFirstDraft() {
        assertThat(plan.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
            assertThat(v.createdBy()).isEqualTo("sw.demo");
            assertThat(v.contents()).isEqualTo(PlanContents.none());
        });
        assertThat(plan.currentApproved()).isEmpty();
    }

    @Test
    void aDraftWithoutNeedsOutcomesActionsOrContingencyCannotBeSubmitted() {
        assertThatThrownBy(() -> plan.submit("sw.demo", NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("The plan cannot be submitted for approval without the child's needs, at least one SMART outcome,"
                        + " at least one action with the person or agency responsible, a contingency plan.");
        assertThat(plan.latest().status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aSubmittedVersionIsFrozenUntilDecided() {
        plan.editDraft(complete());
        plan.submit("sw.demo", NOW);

        assertThat(plan.latest().status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(plan.latest().submittedBy()).isEqualTo("sw.demo");
        assertThatThrownBy(() -> plan.editDraft(PlanContents.none()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Version 1 is submitted for approval and cannot be changed");
        assertThatThrownBy(() -> plan.startNewDraft("sw.demo", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("waiting to be approved");
    }

    @Test
    void onlyAConsultantSocialWorkerOrPracticeManagerApprovesAndOnlyASubmittedVersion() {
        plan.editDraft(complete());
        assertThatThrownBy(() -> plan.approve("csw.demo", CSW, NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Version 1 is still a draft");
        plan.submit("sw.demo", NOW);
        assertThatThrownBy(() -> plan.approve("tm.demo", Set.of(Role.TEAM_MANAGER, Role.SOCIAL_WORKER), NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("Only a consultant social worker or a practice manager can approve a CIN plan (PLAN_APPROVAL, Suffolk procedure 3.8)");

        PlanVersion approved = plan.approve("pm.demo", PM, NOW.plusHours(1));

        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("pm.demo");
        assertThat(plan.currentApproved()).contains(approved);
        assertThatThrownBy(() -> plan.approve("csw.demo", CSW, NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("has already been decided");
    }

    @Test
    void aReturnNeedsCommentsAndTheRevisionStartsFromTheReturnedVersion() {
        plan.editDraft(complete());
        plan.submit("sw.demo", NOW);
        assertThatThrownBy(() -> plan.returnForChanges("csw.demo", CSW, "  ", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("Say what needs to change before returning the plan");

        PlanVersion returned = plan.returnForChanges("csw.demo", CSW, "Make the attendance target measurable weekly", NOW);
        PlanVersion revision = plan.startNewDraft("sw.demo", NOW.plusDays(1));

        assertThat(returned.status()).isEqualTo(VersionStatus.RETURNED);
        assertThat(returned.decisionComments()).isEqualTo("Make the attendance target measurable weekly");
        assertThat(revision.number()).isEqualTo(2);
        assertThat(revision.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(revision.contents()).isEqualTo(returned.contents());
        assertThat(plan.currentApproved()).isEmpty();
    }

    @Test
    void approvingALaterVersionSupersedesTheOneInForce() {
        plan.editDraft(complete());
        plan.submit("sw.demo", NOW);
        PlanVersion first = plan.approve("csw.demo", CSW, NOW);
        plan.startNewDraft("sw.demo", NOW);
        plan.submit("sw.demo", NOW);

        PlanVersion second = plan.approve("csw.demo", CSW, NOW);

        assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(plan.currentApproved()).contains(second);
        assertThat(plan.versions()).extracting(PlanVersion::number).containsExactly(1, 2);
    }

    @Test
    void aServiceAwaitingItsBudgetHolderBlocksApproval() {
        plan.editDraft(complete(List.of(new ServiceProvision("Respite care", "Sunflower House", true,
                BudgetApproval.AWAITING, null, null)), List.of()));
        plan.submit("sw.demo", NOW);

        assertThatThrownBy(() -> plan.approve("csw.demo", CSW, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("until the budget holder has approved 'Respite care' (awaiting the budget holder)")
                .hasMessageContaining("BUDGET_APPROVAL");
        assertThat(plan.latest().status()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @Test
    void familySignOffAndDistributionAreRecordedOnThePlanInForceOnly() {
        plan.editDraft(complete());
        assertThatThrownBy(() -> plan.recordFamilySignOff("Mrs Test", TODAY, TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("No version of the plan has been approved yet");
        plan.submit("sw.demo", NOW);
        plan.approve("csw.demo", CSW, NOW);

        assertThatThrownBy(() -> plan.recordFamilySignOff("Mrs Test", TODAY.plusDays(1), TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> plan.recordDistribution(TODAY.minusDays(1), TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cannot have been sent before that");
        plan.recordFamilySignOff(" Mrs Test ", TODAY, TODAY);
        plan.recordDistribution(TODAY, TODAY);

        PlanVersion inForce = plan.currentApproved().orElseThrow();
        assertThat(inForce.familySignedOffBy()).isEqualTo("Mrs Test");
        assertThat(inForce.familySignedOffOn()).isEqualTo(TODAY);
        assertThat(inForce.contents().recipients()).extracting(PlanRecipient::sentOn).containsExactly(TODAY);
        assertThatThrownBy(() -> plan.recordDistribution(TODAY, TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already been sent version 1");

        PlanVersion next = plan.startNewDraft("sw.demo", NOW);
        assertThat(next.contents().recipients()).extracting(PlanRecipient::sentOn).containsOnlyNulls();
    }

    @Test
    void aClosedCaseGetsNoNewPlanAndItsPlanNoLongerChanges() {
        episode.close(TODAY, "RC1");

        assertThatThrownBy(() -> CinPlan.draftFor(episode, "sw.demo", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("a plan cannot be started on it");
        assertThatThrownBy(() -> plan.editDraft(complete()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("its plan can no longer change");
    }
}
