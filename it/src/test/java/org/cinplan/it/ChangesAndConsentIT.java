package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.ChangesAndConsent;
import org.cinplan.casework.ChangesAndConsentPage;
import org.cinplan.casework.Child;
import org.cinplan.casework.ConsentKind;
import org.cinplan.casework.Episode;
import org.cinplan.casework.ManagementDecisionsPage;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A significant change recorded on a Suffolk case starts REVIEW_EARLY and the next meeting held meets it; the family's
 * consent is recorded with its date, and after child protection a refusal is put to a manager of the case's team.
 */
@ExtendWith(ArquillianExtension.class)
class ChangesAndConsentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(ChangesAndConsentIT.class, CaseFixtures.class);
    }

    @Inject
    private ChangesAndConsent changes;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private InRole inRole;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aSignificantChangeStartsAnEarlyReviewWhichTheNextMeetingMeets() throws Exception {
        long episodeId = fixtures.openCase("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, "Changes-", EpisodeType.STANDARD,
                today.minusDays(60), today.minusYears(6));
        held(episodeId, today.minusDays(45));
        assertThatThrownBy(() -> inRole.call(Role.FAMILY_SUPPORT_PRACTITIONER, () -> change(episodeId)))
                .isInstanceOf(BusinessRuleViolation.class);

        inRole.call(Role.SOCIAL_WORKER, () -> change(episodeId));

        DeadlineView early = earlyReview(episodeId);
        assertThat(early.status()).isIn(DeadlineStatus.UPCOMING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);
        assertThat(early.countsFromDate()).isEqualTo(today.minusDays(3));
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> changes.pageOf(episodeId)).changes()).singleElement()
                .extracting(ChangesAndConsentPage.Change::description).isEqualTo("Father left the family home");

        held(episodeId, today);

        assertThat(earlyReview(episodeId).metOn()).isEqualTo(today);
    }

    @Test
    void aRefusalAfterChildProtectionIsPutToAManagerOfTheTeam() throws Exception {
        fixtures.staffInItWorkersTeam(InRole.principal(Role.PRACTICE_MANAGER), "Pat Practice", Role.PRACTICE_MANAGER);
        long episodeId = fixtures.caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Consent-",
                family -> new Child(family, "IT" + CaseFixtures.suffix(), "Case", "Consent", today.minusYears(9), Sex.M,
                        "WBRI", false),
                child -> Episode.stepDownFromChildProtection(child, today.minusDays(200), today.minusDays(20), "N1"));
        ChangesAndConsentPage page = inRole.call(Role.SOCIAL_WORKER, () -> changes.pageOf(episodeId));
        assertThat(page.afterChildProtection()).isTrue();
        assertThat(page.managers()).extracting(ManagementDecisionsPage.Choice::code)
                .contains(InRole.principal(Role.PRACTICE_MANAGER));
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> consent(episodeId, null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("put to a manager");

        inRole.call(Role.SOCIAL_WORKER, () -> consent(episodeId, InRole.principal(Role.PRACTICE_MANAGER)));

        ChangesAndConsentPage.Consent refusal = inRole.call(Role.SOCIAL_WORKER, () -> changes.pageOf(episodeId)).consents().get(0);
        assertThat(refusal.kind()).isEqualTo("Consent withdrawn");
        assertThat(refusal.escalatedTo()).isEqualTo("Pat Practice");
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.recordType = 'Episode' and a.recordId = :id"
                        + " and a.detail like 'Consent withdrawn%(CONSENT)%put to%'", Long.class)
                .setParameter("id", Long.toString(episodeId)).getSingleResult()).isEqualTo(1);
    }

    private Void change(long episodeId) {
        changes.recordChange(episodeId, today.minusDays(3), "Father left the family home");
        return null;
    }

    private Void consent(long episodeId, String manager) {
        changes.recordConsent(episodeId, ConsentKind.WITHDRAWN, today, "Mother", "Does not want the plan", manager);
        return null;
    }

    private DeadlineView earlyReview(long episodeId) {
        return inRole.call(Role.SOCIAL_WORKER, () -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .filter(d -> d.ruleId().equals("REVIEW_EARLY")).findFirst().orElseThrow();
    }

    /** A meeting held on the case that day (recorded directly: the meeting journey has its own tests). */
    private void held(long episodeId, LocalDate on) throws Exception {
        transaction.begin();
        Episode episode = em.find(Episode.class, episodeId);
        boolean first = em.createQuery("select count(m) from Meeting m where m.episode = :e", Long.class)
                .setParameter("e", episode).getSingleResult() == 0;
        em.persist(new Meeting(episode, first ? MeetingKind.INITIAL : MeetingKind.REVIEW, on));
        episode.markChanged(LocalDateTime.now());
        transaction.commit();
    }
}
