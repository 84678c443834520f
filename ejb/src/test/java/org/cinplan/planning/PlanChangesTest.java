package org.cinplan.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable history: what changed between two versions of a plan, in plain sentences. */
class PlanChangesTest {

    private static final SmartOutcome ATTENDANCE = new SmartOutcome("School attendance above 90%",
            "Weekly attendance report from the school", LocalDate.of(2027, 3, 1));
    private static final PlanAction REFERRAL = new PlanAction("Refer to the school nurse", "Sam Walker", OwnerKind.PERSON,
            LocalDate.of(2027, 1, 15), ActionStatus.NOT_STARTED);

    private static PlanContents plan(List<SmartOutcome> outcomes, List<PlanAction> actions, List<ServiceProvision> services,
                                     String contingency, List<PlanRecipient> recipients) {
        return new PlanContents("Regular school attendance", outcomes, actions, services, "Wants to see friends", null,
                null, contingency, null, null, recipients);
    }

    @Test
    void aMovedTargetDateReadsAsOneSentence() {
        SmartOutcome later = new SmartOutcome(ATTENDANCE.outcome(), ATTENDANCE.howMeasured(), LocalDate.of(2027, 4, 1));

        List<String> changes = PlanChanges.between(plan(List.of(ATTENDANCE), List.of(), List.of(), "Call a meeting", List.of()),
                plan(List.of(later), List.of(), List.of(), "Call a meeting", List.of()));

        assertThat(changes).containsExactly(
                "Outcome 'School attendance above 90%' target date changed from 1 Mar 2027 to 1 Apr 2027");
    }

    @Test
    void theVersionTwoContentsReadAsSentencesToo() {
        PlanContents before = plan(List.of(ATTENDANCE), List.of(), List.of(), "Call a meeting", List.of());
        PlanContext context = new PlanContext("Warm relationship with grandmother", null, "Mother's drinking at weekends",
                "Who collects the children on Fridays", null, "Considered on 4 Jan 2027: the family agreed to one",
                null, "Easy-read copy for mother; Polish interpreter at meetings", "Mother brings the child to the office fortnightly");
        PlanContents after = new PlanContents(before.needs(), before.outcomes(), before.actions(), before.services(),
                before.childViews(), before.familyViews(), before.rolesAndResponsibilities(), before.contingency(),
                before.bottomLine(), before.reviewPoints(), before.recipients(), context);

        assertThat(PlanChanges.between(before, after)).containsExactly(
                "Strengths added: 'Warm relationship with grandmother'",
                "Risks added: 'Mother's drinking at weekends'",
                "Grey areas added: 'Who collects the children on Fridays'",
                "Family Group Conference added: 'Considered on 4 Jan 2027: the family agreed to one'",
                "How the plan is made understandable added: 'Easy-read copy for mother; Polish interpreter at meetings'",
                "The court agreement added: 'Mother brings the child to the office fortnightly'");
        assertThat(before.context()).as("older contents have none written").isEqualTo(PlanContext.none());
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        PlanContents contents = plan(List.of(ATTENDANCE), List.of(REFERRAL), List.of(), "Call a meeting", List.of());

        assertThat(PlanChanges.between(contents, contents)).isEmpty();
    }

    @Test
    void addedAndRemovedLinesAndChangedSectionsAreEachNamed() {
        PlanAction done = new PlanAction(REFERRAL.action(), "School nursing team", OwnerKind.AGENCY, REFERRAL.dueDate(),
                ActionStatus.DONE);
        SmartOutcome newOutcome = new SmartOutcome("Home conditions safe", "Monthly home visit", LocalDate.of(2027, 2, 1));
        ServiceProvision respite = new ServiceProvision("Respite care, one weekend a month", "Sunflower House", true,
                BudgetApproval.AWAITING, null, null);
        ServiceProvision respiteApproved = new ServiceProvision("respite care,  one weekend a month", "Sunflower House", true,
                BudgetApproval.APPROVED, "Jo Bloggs", LocalDate.of(2027, 1, 20));

        List<String> changes = PlanChanges.between(
                plan(List.of(ATTENDANCE), List.of(REFERRAL), List.of(respite), "Call a meeting",
                        List.of(new PlanRecipient("Mrs Ahmed", RecipientKind.PARENT, LocalDate.of(2027, 1, 2)))),
                plan(List.of(newOutcome), List.of(done), List.of(respiteApproved), null,
                        List.of(new PlanRecipient("Mrs Ahmed", RecipientKind.PARENT, null),
                                new PlanRecipient("Oak Primary School", RecipientKind.AGENCY, null))));

        assertThat(changes).containsExactly(
                "Outcome 'Home conditions safe' added (measured by 'Monthly home visit', target date 1 Feb 2027)",
                "Outcome 'School attendance above 90%' removed",
                "Action 'Refer to the school nurse' owner changed from 'Sam Walker' (person) to 'School nursing team' (agency)",
                "Action 'Refer to the school nurse' status changed from Not started to Done",
                "Service 'respite care, one weekend a month' budget approval changed from awaiting the budget holder to"
                        + " approved by Jo Bloggs on 20 Jan 2027",
                "The contingency plan removed (was 'Call a meeting')",
                "'Oak Primary School' (Agency or professional) added to the distribution list");
    }

    @Test
    void longTextIsQuotedShort() {
        String longNeeds = "x".repeat(200);
        PlanContents before = PlanContents.none();
        PlanContents after = new PlanContents(longNeeds, null, null, null, null, null, null, null, null, null, null);

        assertThat(PlanChanges.between(before, after)).singleElement().asString()
                .startsWith("The child's needs added: 'xxx").endsWith("x…'").hasSizeLessThan(120);
    }
}
