package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Episode;
import org.cinplan.documents.RecordReading;
import org.cinplan.documents.RecordText;
import org.cinplan.platform.Role;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.visits.Visit;
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

/** A record read back through the service: exactly what was recorded and by whom, for readers of the case only, audited. */
@ExtendWith(ArquillianExtension.class)
class RecordReadingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(RecordReadingIT.class, CaseFixtures.class);
    }

    @Inject
    private RecordReading reading;

    @Inject
    private VisitRecording visits;

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
    void aVisitReadsAsRecordedWithWhoRecordedItAndTheReadIsAudited() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Reading-", EpisodeType.STANDARD,
                today.minusDays(20), LocalDate.of(2016, 3, 3));
        long visitId = recordVisit(episodeId, "Home warm and tidy;\nthe child showed me her drawings");

        RecordText read = inRole.call(Role.SOCIAL_WORKER, () -> reading.visit(visitId));

        assertThat(read.episodeId()).isEqualTo(episodeId);
        assertThat(read.throughBreakGlass()).isFalse();
        assertThat(read.sections()).flatExtracting(RecordText.Section::lines).extracting(RecordText.Line::text)
                .contains("Home warm and tidy;\nthe child showed me her drawings", "See the child about the plan")
                .anyMatch(line -> line.startsWith("Recorded in cinplan by In-container Social Worker on "));
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.action = 'VIEW_RECORD'"
                        + " and a.recordType = 'Visit' and a.recordId = :id", Long.class)
                .setParameter("id", Long.toString(visitId)).getSingleResult()).isEqualTo(1L);
    }

    @Test
    void aRecordOfACaseTheReaderMayNotOpenIsRefusedLikeOneThatDoesNotExist() throws Exception {
        StaffMember elsewhere = fixtures.staffInCouncil("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK,
                "it-reading-suffolk-" + CaseFixtures.suffix(), "Sam Elsewhere", Role.SOCIAL_WORKER);
        long notTheirs = fixtures.openCase(elsewhere, "SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, "Reading-",
                EpisodeType.STANDARD, today.minusDays(20), LocalDate.of(2016, 3, 3));

        long theirVisit = visitRecordedDirectly(notTheirs);

        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> reading.visit(theirVisit)))
                .hasStackTraceContaining("There is no case with the id " + notTheirs);
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.action = 'ACCESS_DENIED'"
                        + " and a.recordType = 'Episode' and a.recordId = :id", Long.class)
                .setParameter("id", Long.toString(notTheirs)).getSingleResult()).isEqualTo(1L);
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> reading.minutes(-1L)))
                .hasStackTraceContaining("There is no case with the id null");
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> reading.planVersion(-1L)))
                .hasStackTraceContaining("There is no case with the id null");
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> reading.decision(-1L)))
                .hasStackTraceContaining("There is no case with the id null");
    }

    /** A visit on a case the in-container worker may not record on, saved without its service. */
    private long visitRecordedDirectly(long episodeId) throws Exception {
        transaction.begin();
        Visit visit = new Visit(em.find(Episode.class, episodeId), today, true, true, true, null, "Mother", "A visit");
        em.persist(visit);
        em.flush();
        long id = visit.id();
        transaction.commit();
        return id;
    }

    private long recordVisit(long episodeId, String observations) {
        return inRole.call(Role.SOCIAL_WORKER, () -> {
            visits.record(episodeId, new VisitForm(today, true, true, true, null, "Mother", "See the child about the plan",
                    observations, today, true, null, null, VisitOf.CHILD, null), UUID.randomUUID().toString());
            return em.createQuery("select max(v.id) from Visit v where v.episode.id = :e", Long.class)
                    .setParameter("e", episodeId).getSingleResult();
        });
    }
}
