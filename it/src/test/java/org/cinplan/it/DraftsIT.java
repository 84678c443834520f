package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.drafts.Draft;
import org.cinplan.drafts.DraftForm;
import org.cinplan.drafts.Drafts;
import org.cinplan.platform.Role;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.visits.VisitForm;
import org.cinplan.visits.VisitOf;
import org.cinplan.visits.VisitRecording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts of long forms through the facade in a real Payara and database: each is its author's alone, kept only by
 * someone who may record the form on the case, and gone once the form is saved (not when the save is refused).
 */
@ExtendWith(ArquillianExtension.class)
class DraftsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(DraftsIT.class, CaseFixtures.class);
    }

    @Inject
    private Drafts drafts;

    @Inject
    private VisitRecording visits;

    @Inject
    private InRole inRole;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aDraftIsItsAuthorsAloneAndKeepsTheLatestText() throws Exception {
        long episodeId = readingCase();
        fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Dana Drafts-Manager", Role.TEAM_MANAGER);
        keep(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId, "needs", "Settled sleep");
        keep(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId, "needs", "Settled sleep; school every day");

        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Settled sleep; school every day");
            assertThat(d.offer()).startsWith("You have an unsaved draft from ");
        });
        assertThat(mine(Role.TEAM_MANAGER, DraftForm.MINUTES, episodeId))
                .as("the manager, who may record on the case, does not see the worker's draft").isEmpty();
        keep(Role.TEAM_MANAGER, DraftForm.MINUTES, episodeId, "needs", "The manager's own wording");
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId)).extracting(Draft::text)
                .containsExactly("Settled sleep; school every day");
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.CIN_PLAN, episodeId)).as("another form's drafts").isEmpty();

        keep(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId, "needs", "  ");
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId)).as("blank text is no draft").isEmpty();
        assertThat(mine(Role.TEAM_MANAGER, DraftForm.MINUTES, episodeId)).hasSize(1);
        inRole.call(Role.TEAM_MANAGER, () -> {
            drafts.discard(DraftForm.MINUTES, episodeId, "needs");
            return null;
        });
        assertThat(mine(Role.TEAM_MANAGER, DraftForm.MINUTES, episodeId)).isEmpty();
        assertThat(draftAuditEntries(episodeId)).as("started twice, discarded once; typing itself is not audited")
                .isEqualTo(3);
    }

    @Test
    void onlySomeoneWhoMayRecordOnTheCaseKeepsADraft() throws Exception {
        StaffMember elsewhere = fixtures.staffInCouncil("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK,
                "it-drafts-suffolk-" + CaseFixtures.suffix(), "Sam Elsewhere", Role.SOCIAL_WORKER);
        long notTheirs = fixtures.openCase(elsewhere, "SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, "Drafts-",
                EpisodeType.STANDARD, today.minusDays(20), LocalDate.of(2016, 3, 3));

        assertThatThrownBy(() -> keep(Role.SOCIAL_WORKER, DraftForm.VISIT_WRITE_UP, notTheirs, "observations", "text"))
                .hasStackTraceContaining("There is no case with the id " + notTheirs);
        assertThatThrownBy(() -> mine(Role.SOCIAL_WORKER, DraftForm.VISIT_WRITE_UP, notTheirs))
                .hasStackTraceContaining("There is no case with the id " + notTheirs);
        assertThat(em.createQuery("select count(d) from DraftText d where d.episodeId = :e", Long.class)
                .setParameter("e", notTheirs).getSingleResult()).isZero();
    }

    @Test
    void savingTheFormDeletesItsDraftsButARefusedSaveKeepsThem() throws Exception {
        long episodeId = readingCase();
        keep(Role.SOCIAL_WORKER, DraftForm.VISIT, episodeId, "observations", "Home warm and tidy");
        keep(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId, "summary", "Plan agreed");

        assertThatThrownBy(() -> recordVisit(episodeId, today.plusDays(1))).hasStackTraceContaining("cannot be in the future");
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.VISIT, episodeId)).as("the refused save rolled back").hasSize(1);

        recordVisit(episodeId, today);
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.VISIT, episodeId)).isEmpty();
        assertThat(mine(Role.SOCIAL_WORKER, DraftForm.MINUTES, episodeId)).as("another form's draft stays").hasSize(1);
    }

    private long readingCase() throws Exception {
        return fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Drafts-", EpisodeType.STANDARD,
                today.minusDays(20), LocalDate.of(2016, 3, 3));
    }

    private void keep(Role role, DraftForm form, long episodeId, String field, String text) {
        inRole.call(role, () -> drafts.keep(form, episodeId, field, text));
    }

    private java.util.List<Draft> mine(Role role, DraftForm form, long episodeId) {
        return inRole.call(role, () -> drafts.mine(form, episodeId));
    }

    private void recordVisit(long episodeId, LocalDate on) {
        inRole.call(Role.SOCIAL_WORKER, () -> {
            visits.record(episodeId, new VisitForm(on, true, true, true, null, "Mother", "See the child", "Home warm and tidy",
                    on, true, null, null, VisitOf.CHILD, null), UUID.randomUUID().toString());
            return null;
        });
    }

    private long draftAuditEntries(long episodeId) {
        return em.createQuery("select count(a) from AuditEntry a where a.action = 'DRAFT' and a.recordId = :r", Long.class)
                .setParameter("r", "episode " + episodeId).getSingleResult();
    }
}
