package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.casework.CheckpointAnswerForm;
import org.cinplan.casework.CheckpointForm;
import org.cinplan.casework.ChildRecord;
import org.cinplan.casework.ChildRecordService;
import org.cinplan.casework.ManagementDecisions;
import org.cinplan.casework.ManagementDecisionsPage;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.EpisodeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each management checkpoint recorded on a case by the role RULES.md names meets its deadline at once, is audited and
 * shows on the child's timeline; the wrong role is refused, naming the rule. Every test makes its own case.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementDecisionsIT {

    private static final String SUFFOLK_SERVICE_MANAGER = "it-suffolk-service-manager";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(ManagementDecisionsIT.class, CaseFixtures.class);
    }

    @Inject
    private ManagementDecisions decisions;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ChildRecordService childRecords;

    @Inject
    private InRole inRole;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void managersOfTheWorkersTeam() throws Exception {
        fixtures.staffInItWorkersTeam(InRole.principal(Role.PRACTICE_MANAGER), "Pat Practice", Role.PRACTICE_MANAGER);
        fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Terry Manager", Role.TEAM_MANAGER);
    }

    @Test
    void thePracticeManagersOversightMeetsTheSixMonthCheckIsAuditedAndOnTheTimeline() throws Exception {
        long episodeId = suffolkCase(EpisodeType.STANDARD, today.minusMonths(7));
        CheckpointForm oversight = form(CheckpointKind.OVERSIGHT_6M, "CONTINUE");

        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> record(episodeId, oversight)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("OVERSIGHT_6M_12M")
                .hasMessageContaining("Only the case's practice manager");
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> record(episodeId, oversight)))
                .hasMessageContaining("OVERSIGHT_6M_12M");

        inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, oversight));

        DeadlineView sixMonths = deadline(episodeId, "OVERSIGHT_6M_12M", "6 months");
        assertThat(sixMonths.metOn()).isEqualTo(today);
        assertThat(sixMonths.status()).isIn(DeadlineStatus.MET, DeadlineStatus.MET_LATE);
        assertThat(deadline(episodeId, "OVERSIGHT_6M_12M", "12 months").metOn()).isNull();
        assertThat(auditEntries(episodeId, "%OVERSIGHT_6M_12M%Reasons: Reasons given%Next steps: Next steps agreed%",
                InRole.principal(Role.PRACTICE_MANAGER))).isEqualTo(1);
        assertThat(auditEntries(episodeId, "%OVERSIGHT_6M%recorded by the case's practice manager%",
                InRole.principal(Role.SOCIAL_WORKER))).isEqualTo(1);
        ChildRecord record = inRole.call(Role.SOCIAL_WORKER, () -> childRecords.record(childOf(episodeId)));
        assertThat(record.timeline()).anyMatch(e -> e.kind().equals("Management decision")
                && e.description().contains("Practice manager oversight at 6 months: Continue the plan")
                && e.description().contains("Pat Practice") && e.on().equals(today));
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, oversight)))
                .hasMessageContaining("already recorded");
    }

    @Test
    void aNineMonthCheckThatWillNotConcludeMeetsItsDeadlineWhenThePracticeManagerAnswers() throws Exception {
        long episodeId = suffolkCase(EpisodeType.STANDARD, today.minusMonths(10));
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId,
                form(CheckpointKind.CONCLUSION_CHECK_9M, "WILL_NOT_CONCLUDE")))).hasMessageContaining("CONCLUSION_CHECK_9M")
                .hasMessageContaining("allocated worker");

        inRole.call(Role.SOCIAL_WORKER, () -> record(episodeId, form(CheckpointKind.CONCLUSION_CHECK_9M, "WILL_NOT_CONCLUDE")));

        assertThat(deadline(episodeId, "CONCLUSION_CHECK_9M", null).status()).isEqualTo(DeadlineStatus.OVERDUE);
        ManagementDecisionsPage page = inRole.call(Role.PRACTICE_MANAGER, () -> decisions.pageOf(episodeId));
        ManagementDecisionsPage.Recorded check = page.recorded().get(0);
        assertThat(check.awaitingAnswer()).isTrue();
        assertThat(check.mayAnswer()).isTrue();
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> decisions.pageOf(episodeId)).recorded().get(0).mayAnswer()).isFalse();
        CheckpointAnswerForm answer = new CheckpointAnswerForm(today, "CP_NOT_NEEDED", "Needs are about housing, not harm");
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> {
            decisions.answer(check.id(), check.version(), answer);
            return null;
        })).hasMessageContaining("CONCLUSION_CHECK_9M");

        inRole.call(Role.PRACTICE_MANAGER, () -> {
            decisions.answer(check.id(), check.version(), answer);
            return null;
        });

        DeadlineView nineMonths = deadline(episodeId, "CONCLUSION_CHECK_9M", null);
        assertThat(nineMonths.metOn()).isEqualTo(today);
        assertThat(nineMonths.status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(auditEntries(episodeId, "%Answered the nine-month conclusion check%not needed%",
                InRole.principal(Role.PRACTICE_MANAGER))).isEqualTo(1);
    }

    @Test
    void theSupervisionOrderExtensionDecisionMeetsItsDeadlineOnlyOnASupervisionOrder() throws Exception {
        long order = suffolkCase(EpisodeType.SUPERVISION_ORDER, today.minusMonths(8));
        long standard = suffolkCase(EpisodeType.STANDARD, today.minusMonths(8));
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(standard,
                form(CheckpointKind.SO_EXTENSION_DECISION, "SEEK_EXTENSION")))).hasMessageContaining("supervision orders only");

        inRole.call(Role.PRACTICE_MANAGER, () -> record(order, form(CheckpointKind.SO_EXTENSION_DECISION, "SEEK_EXTENSION")));

        DeadlineView extension = deadline(order, "SO_EXTENSION_9M", null);
        assertThat(extension.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(extension.metOn()).isEqualTo(today);
    }

    @Test
    void theEighteenMonthReviewWithAServiceManagerMeetsItsDeadline() throws Exception {
        fixtures.staffInCouncil("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, SUFFOLK_SERVICE_MANAGER, "Sam Service",
                Role.SERVICE_MANAGER);
        long episodeId = suffolkCase(EpisodeType.STANDARD, today.minusMonths(19));
        ManagementDecisionsPage page = inRole.call(Role.PRACTICE_MANAGER, () -> decisions.pageOf(episodeId));
        assertThat(page.serviceManagers()).extracting(ManagementDecisionsPage.Choice::code).contains(SUFFOLK_SERVICE_MANAGER);
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, new CheckpointForm(
                CheckpointKind.SERVICE_MANAGER_REVIEW, today, "SERVICE_MANAGER_ATTENDS", "Reasons", "Next",
                InRole.principal(Role.TEAM_MANAGER))))).hasMessageContaining("Choose a service manager of Suffolk");

        inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, new CheckpointForm(CheckpointKind.SERVICE_MANAGER_REVIEW,
                today, "SERVICE_MANAGER_ATTENDS", "Long-term support needed", "Service manager at the next review",
                SUFFOLK_SERVICE_MANAGER)));

        assertThat(deadline(episodeId, "SERVICE_MANAGER_18M", null).metOn()).isEqualTo(today);
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> decisions.pageOf(episodeId)).recorded())
                .singleElement().extracting(ManagementDecisionsPage.Recorded::withStaff).isEqualTo("Sam Service");
    }

    @Test
    void aTeamManagersDecisionThatAReadingPlanContinuesMeetsTheSixMonthReview() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Decisions-", EpisodeType.STANDARD,
                today.minusMonths(7), today.minusYears(8));
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> record(episodeId,
                form(CheckpointKind.CONTINUE_BEYOND_6M, "CONTINUE")))).hasMessageContaining("DURATION_6M");
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId,
                form(CheckpointKind.OVERSIGHT_6M, "CONTINUE")))).hasMessageContaining("Reading's policy sets no");

        inRole.call(Role.TEAM_MANAGER, () -> record(episodeId, form(CheckpointKind.CONTINUE_BEYOND_6M, "CONTINUE")));

        DeadlineView sixMonths = deadline(episodeId, "DURATION_6M", null);
        assertThat(sixMonths.metOn()).isEqualTo(today);
        assertThat(sixMonths.explanation()).contains("continues beyond 6 months");
    }

    @Test
    void exceptionalCircumstancesOfAnotherKindRecordedLaterMeetTheTwelveMonthMaximum() throws Exception {
        long episodeId = suffolkCase(EpisodeType.STANDARD, today.minusMonths(13));
        assertThat(deadline(episodeId, "MAX_DURATION_12M", null).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, new CheckpointForm(
                CheckpointKind.EXCEPTIONAL_CIRCUMSTANCES, today, "OTHER", " ", "Next", null))))
                .hasStackTraceContaining("Give the reasons for the decision");

        inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, new CheckpointForm(CheckpointKind.EXCEPTIONAL_CIRCUMSTANCES,
                today, "OTHER", "Parent in hospital abroad for treatment", "Review every 6 months", null)));

        DeadlineView maximum = deadline(episodeId, "MAX_DURATION_12M", null);
        assertThat(maximum.status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(maximum.metOn()).isEqualTo(today);
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> record(episodeId, new CheckpointForm(
                CheckpointKind.EXCEPTIONAL_CIRCUMSTANCES, today, "FAMILY_FROM_ABROAD", "Why", "Next", null))))
                .hasMessageContaining("already recorded");
    }

    private long suffolkCase(EpisodeType type, LocalDate decision) throws Exception {
        return fixtures.openCase("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, "Decisions-", type, decision, today.minusYears(8));
    }

    private static CheckpointForm form(CheckpointKind kind, String decision) {
        return new CheckpointForm(kind, LocalDate.now(ZoneId.of("Europe/London")), decision, "Reasons given",
                "Next steps agreed", null);
    }

    private Void record(long episodeId, CheckpointForm form) {
        decisions.record(episodeId, form);
        return null;
    }

    private DeadlineView deadline(long episodeId, String rule, String occurrence) {
        return inRole.call(Role.SOCIAL_WORKER, () -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .filter(d -> d.ruleId().equals(rule) && (occurrence == null || d.occurrence().equals(occurrence)))
                .findFirst().orElseThrow();
    }

    private long childOf(long episodeId) {
        return em.createQuery("select e.child.id from Episode e where e.id = :id", Long.class).setParameter("id", episodeId)
                .getSingleResult();
    }

    private long auditEntries(long episodeId, String detail, String actor) {
        return em.createQuery("select count(a) from AuditEntry a where a.recordType = 'Episode' and a.recordId = :id"
                        + " and a.actor = :actor and a.detail like :detail", Long.class)
                .setParameter("id", Long.toString(episodeId)).setParameter("actor", actor).setParameter("detail", detail)
                .getSingleResult();
    }
}
