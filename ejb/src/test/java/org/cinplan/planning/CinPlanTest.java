package org.cinplan.planning;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
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

    private static final Council SUFFOLK = new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK);
    private static final ServiceProvision RESPITE = ServiceProvision.requested("Respite care", "Sunflower House", true);

    private final Episode episode = episode();
    private final CinPlan plan = CinPlan.draftFor(episode, "sw.demo", NOW);

    private static Episode episode() {
        Family family = new Family(SUFFOLK, "Test family");
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
        plan.editDraft(complete(List.of(RESPITE), List.of()));
        plan.submit("sw.demo", NOW);

        assertThatThrownBy(() -> plan.approve("csw.demo", CSW, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("until the budget holder has approved 'Respite care' (awaiting the budget holder)")
                .hasMessageContaining("BUDGET_APPROVAL");
        assertThat(plan.latest().status()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @Test
    void noOneApprovesAPlanTheyWroteOrSubmitted() {
        CinPlan writtenByAConsultant = CinPlan.draftFor(episode, "csw.demo", NOW);
        writtenByAConsultant.editDraft(complete());
        writtenByAConsultant.submit("sw.demo", NOW);
        plan.editDraft(complete());
        plan.submit("pm.demo", NOW);

        assertThatThrownBy(() -> writtenByAConsultant.approve("csw.demo", CSW, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("You wrote or submitted version 1 of this plan, so you cannot approve it: another consultant social"
                        + " worker or practice manager must (SEPARATION_OF_DUTIES: no one approves their own plan)");
        assertThatThrownBy(() -> plan.approve("pm.demo", PM, NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThat(writtenByAConsultant.mayBeApprovedBy("csw.demo", CSW)).isFalse();
        assertThat(plan.mayBeApprovedBy("pm.demo", PM)).isFalse();
        assertThat(plan.latest().status()).isEqualTo(VersionStatus.SUBMITTED);

        assertThat(plan.mayBeApprovedBy("csw.demo", CSW)).isTrue();
        assertThat(plan.approve("csw.demo", CSW, NOW).status()).isEqualTo(VersionStatus.APPROVED);
    }

    @Test
    void onlyABudgetHolderOfTheCasesCouncilWhoDidNotWriteThePlanDecidesAServicesBudget() {
        plan.editDraft(complete(List.of(RESPITE), List.of()));
        assertThatThrownBy(() -> plan.decideBudget(0, BudgetApproval.APPROVED, budgetHolder("svm.suffolk", SUFFOLK), TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("decided while the plan waits for approval");
        plan.submit("sw.demo", NOW);

        StaffMember notABudgetHolder = staff("tm.suffolk", SUFFOLK);
        assertThatThrownBy(() -> plan.decideBudget(0, BudgetApproval.APPROVED, notABudgetHolder, TODAY))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("Only a budget holder of Suffolk can approve or refuse the budget of a service in this plan"
                        + " (BUDGET_APPROVAL)");
        StaffMember ofAnotherCouncil = budgetHolder("svm.reading", new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST));
        assertThatThrownBy(() -> plan.decideBudget(0, BudgetApproval.APPROVED, ofAnotherCouncil, TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Only a budget holder of Suffolk");
        StaffMember theAuthor = budgetHolder("sw.demo", SUFFOLK);
        assertThatThrownBy(() -> plan.decideBudget(0, BudgetApproval.APPROVED, theAuthor, TODAY))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("You wrote or submitted version 1 of this plan, so you cannot decide the budget it asks for")
                .hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThat(plan.budgetsMayBeDecidedBy(notABudgetHolder)).isFalse();
        assertThat(plan.budgetsMayBeDecidedBy(theAuthor)).isFalse();
        assertThatThrownBy(() -> plan.approve("csw.demo", CSW, NOW)).hasMessageContaining("BUDGET_APPROVAL");

        StaffMember holder = budgetHolder("svm.suffolk", SUFFOLK);
        assertThat(plan.budgetsMayBeDecidedBy(holder)).isTrue();
        ServiceProvision decided = plan.decideBudget(0, BudgetApproval.APPROVED, holder, TODAY);

        assertThat(decided.budgetStatus()).isEqualTo("Approved by svm.suffolk on 11 Jan 2027");
        assertThat(plan.latest().contents().services()).containsExactly(decided);
        assertThat(plan.budgetsMayBeDecidedBy(holder)).as("nothing left to decide").isFalse();
        assertThatThrownBy(() -> plan.decideBudget(0, BudgetApproval.REFUSED, holder, TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("was already approved by svm.suffolk");
        assertThat(plan.approve("csw.demo", CSW, NOW).status()).isEqualTo(VersionStatus.APPROVED);
    }

    @Test
    void theAuthorOnlyAsksForABudgetAndADecisionStaysWithItsServiceUntilRefusedOrChanged() {
        ServiceProvision typedAsApproved = new ServiceProvision("Respite care", "Sunflower House", true,
                BudgetApproval.APPROVED, "sw.demo", TODAY);
        plan.editDraft(complete(List.of(typedAsApproved, ServiceProvision.requested("Play therapy", null, true)), List.of()));
        assertThat(plan.latest().contents().services()).extracting(ServiceProvision::budgetStatus)
                .as("an author's own budget approval is not taken").containsOnly("Awaiting the budget holder");
        plan.submit("sw.demo", NOW);
        StaffMember holder = budgetHolder("svm.suffolk", SUFFOLK);
        plan.decideBudget(0, BudgetApproval.APPROVED, holder, TODAY);
        plan.decideBudget(1, BudgetApproval.REFUSED, holder, TODAY);
        plan.returnForChanges("csw.demo", CSW, "Find another therapy provider", NOW);

        plan.startNewDraft("sw.demo", NOW);
        assertThat(plan.latest().contents().services()).extracting(ServiceProvision::budgetStatus)
                .containsExactly("Approved by svm.suffolk on 11 Jan 2027", "Awaiting the budget holder");
        plan.editDraft(complete(List.of(RESPITE, ServiceProvision.requested("Respite care", "Another provider", true)),
                List.of()));
        assertThat(plan.latest().contents().services()).extracting(ServiceProvision::budgetStatus)
                .as("the same request keeps its approval; another provider is asked afresh")
                .containsExactly("Approved by svm.suffolk on 11 Jan 2027", "Awaiting the budget holder");
    }

    private static StaffMember staff(String username, Council council) {
        return new StaffMember(username, "Test " + username, null, "hash", new Team(council, "Team"),
                EnumSet.of(Role.SERVICE_MANAGER));
    }

    private static StaffMember budgetHolder(String username, Council council) {
        StaffMember holder = staff(username, council);
        holder.setBudgetHolder(true);
        return holder;
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
    void thePlanIsEmailedOnlyToRecipientsWithAnAddressNotYetSentItAndOnlyThoseItReachedAreRecorded() {
        PlanRecipient mother = new PlanRecipient("Mrs Test", RecipientKind.PARENT, null, "mother@example.org");
        PlanRecipient school = new PlanRecipient("Head teacher", RecipientKind.AGENCY, null, "head@school.example.org");
        PlanRecipient grandad = new PlanRecipient("Mr Test", RecipientKind.OTHER, null);
        plan.editDraft(complete(List.of(), List.of(mother, school, grandad)));
        assertThatThrownBy(plan::recipientsToEmail).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("No version of the plan has been approved yet");
        plan.submit("sw.demo", NOW);
        plan.approve("csw.demo", CSW, NOW);

        assertThat(plan.recipientsToEmail()).containsExactly(mother, school);
        assertThat(plan.recordEmailed(2, TODAY, List.of("mother@example.org"))).as("not the version in force").isZero();
        assertThat(plan.recordEmailed(1, TODAY, List.of("mother@example.org"))).isEqualTo(1);

        assertThat(plan.currentApproved().orElseThrow().contents().recipients()).extracting(PlanRecipient::sentOn)
                .containsExactly(TODAY, null, null);
        assertThat(plan.recipientsToEmail()).containsExactly(school);
        plan.recordEmailed(1, TODAY, List.of("head@school.example.org"));
        assertThatThrownBy(plan::recipientsToEmail).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("record the distribution by hand");
    }

    @Test
    void aClosedCaseGetsNoNewPlanAndItsPlanNoLongerChanges() {
        episode.close(TODAY, "RC1", TODAY.atTime(9, 0));

        assertThatThrownBy(() -> CinPlan.draftFor(episode, "sw.demo", NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("a plan cannot be started on it");
        assertThatThrownBy(() -> plan.editDraft(complete()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("its plan can no longer change");
    }
}
