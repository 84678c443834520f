package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.AssessmentCompletion;
import org.cinplan.casework.AssessmentOutcome;
import org.cinplan.casework.AssessmentReason;
import org.cinplan.casework.AssessmentRecording;
import org.cinplan.casework.AssessmentsPage;
import org.cinplan.casework.ChildRecordService;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assessments recorded on a case: started, reviewed and completed by the worker, authorised by a team or practice
 * manager, which meets ASSESSMENT_DUE (Suffolk) and ASSESSMENT_REFRESH (Berkshire West); audited and on the timeline.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(AssessmentsIT.class, CaseFixtures.class);
    }

    @Inject
    private AssessmentRecording assessments;

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
    void aSuffolkAssessmentCompletedAndAuthorisedMeetsItsFortyFiveDays() throws Exception {
        long episodeId = fixtures.openCase("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, "Assess-", EpisodeType.STANDARD,
                today.minusDays(20), today.minusYears(7));
        asWorker(() -> assessments.start(episodeId, AssessmentReason.INITIAL, today.minusDays(15)));
        assertThat(deadline(episodeId, "ASSESSMENT_DUE").status()).isIn(DeadlineStatus.UPCOMING, DeadlineStatus.DUE_SOON);
        AssessmentsPage.Row started = only(episodeId);
        asWorker(() -> assessments.recordInternalReview(started.id(), started.version(), today.minusDays(5)));
        AssessmentsPage.Row reviewed = only(episodeId);
        assertThatThrownBy(() -> asWorker(() -> assessments.complete(reviewed.id(), reviewed.version(),
                new AssessmentCompletion(today, List.of("21", "16A"), AssessmentOutcome.CIN_PLAN))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("21 No factors identified cannot stand with other factors");

        asWorker(() -> assessments.complete(reviewed.id(), reviewed.version(),
                new AssessmentCompletion(today, List.of("16A", "3B"), AssessmentOutcome.CIN_PLAN)));

        assertThat(deadline(episodeId, "ASSESSMENT_DUE").metOn()).as("completed, not yet authorised").isNull();
        AssessmentsPage.Row completed = only(episodeId);
        assertThat(completed.factors()).containsExactly("16A Neglect",
                "3B Domestic abuse: concerns about a parent or carer being the subject");
        assertThatThrownBy(() -> asWorker(() -> assessments.authorise(completed.id(), completed.version(), today)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("ASSESSMENT_DUE");
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> assessments.pageOf(episodeId)).mayAuthorise()).isFalse();
        assertThat(inRole.call(Role.PRACTICE_MANAGER, () -> assessments.pageOf(episodeId)).mayAuthorise()).isTrue();

        inRole.call(Role.PRACTICE_MANAGER, () -> {
            assessments.authorise(completed.id(), completed.version(), today);
            return null;
        });

        DeadlineView due = deadline(episodeId, "ASSESSMENT_DUE");
        assertThat(due.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(due.metOn()).isEqualTo(today);
        assertThat(only(episodeId).authorisedBy()).isEqualTo("Pat Practice");
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.recordType = 'Episode' and a.recordId = :id"
                        + " and a.detail like 'Authorised the assessment%'", Long.class)
                .setParameter("id", Long.toString(episodeId)).getSingleResult()).isEqualTo(1);
        long childId = em.createQuery("select e.child.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> childRecords.record(childId)).timeline())
                .anyMatch(e -> e.description().equals("Assessment authorised by Pat Practice"))
                .anyMatch(e -> e.description().equals("Assessment completed: A Child in Need plan"));
    }

    @Test
    void aReadingRefreshIsMetByAnAuthorisedUpdateWhileAnOlderUpdateStaysOpen() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Assess-", EpisodeType.STANDARD,
                today.minusMonths(7), today.minusYears(7));
        asWorker(() -> assessments.start(episodeId, AssessmentReason.REVIEW_OUTCOME, today.minusMonths(3)));
        asWorker(() -> assessments.start(episodeId, AssessmentReason.SIX_MONTHLY, today.minusDays(10)));
        AssessmentsPage.Row latest = inRole.call(Role.SOCIAL_WORKER, () -> assessments.pageOf(episodeId)).assessments().get(0);
        assertThat(latest.reason()).isEqualTo("Six-monthly updated assessment");
        asWorker(() -> assessments.complete(latest.id(), latest.version(),
                new AssessmentCompletion(today, List.of("21"), AssessmentOutcome.CLOSE_TO_EARLY_HELP)));
        AssessmentsPage.Row done = inRole.call(Role.SOCIAL_WORKER, () -> assessments.pageOf(episodeId)).assessments().get(0);
        assertThatThrownBy(() -> asWorker(() -> assessments.authorise(done.id(), done.version(), today)))
                .as("the worker who completed it may change the case, but a manager authorises").hasMessageContaining("Only");

        inRole.call(Role.TEAM_MANAGER, () -> {
            assessments.authorise(done.id(), done.version(), today);
            return null;
        });

        // The refresh that was due is met late today; the next six-monthly one then opens (listed first, as open work).
        List<DeadlineView> refreshes = deadlines(episodeId).stream().filter(d -> d.ruleId().equals("ASSESSMENT_REFRESH"))
                .toList();
        assertThat(refreshes).anyMatch(d -> today.equals(d.metOn()) && d.status() == DeadlineStatus.MET_LATE);
    }

    private AssessmentsPage.Row only(long episodeId) {
        List<AssessmentsPage.Row> rows = inRole.call(Role.SOCIAL_WORKER, () -> assessments.pageOf(episodeId)).assessments();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private void asWorker(Runnable call) {
        inRole.call(Role.SOCIAL_WORKER, () -> {
            call.run();
            return null;
        });
    }

    private List<DeadlineView> deadlines(long episodeId) {
        return inRole.call(Role.SOCIAL_WORKER, () -> deadlines.deadlinesOf(episodeId)).deadlines();
    }

    private DeadlineView deadline(long episodeId, String rule) {
        return deadlines(episodeId).stream().filter(d -> d.ruleId().equals(rule)).findFirst().orElseThrow();
    }
}
