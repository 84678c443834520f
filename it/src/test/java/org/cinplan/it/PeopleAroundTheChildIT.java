package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.Episode;
import org.cinplan.casework.PeopleAroundTheChild;
import org.cinplan.casework.PersonAroundTheChildForm;
import org.cinplan.casework.PersonAroundTheChildView;
import org.cinplan.schedule.EpisodeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people around a child (issue 15 item 3) through the service in a real Payara and database: recorded with their
 * relationship, parental responsibility, where they live, contact details and communication need; bad input refused
 * with a clear message; audited.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleAroundTheChildIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(PeopleAroundTheChildIT.class, CaseFixtures.class);
    }

    @Inject
    private PeopleAroundTheChild people;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    @Test
    void aNonResidentFatherWithAnInterpreterIsRecordedAndAudited() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "People-", EpisodeType.STANDARD,
                LocalDate.now().minusDays(5), LocalDate.of(2017, 6, 6));
        long childId = em.find(Episode.class, episodeId).child().id();
        assertThatThrownBy(() -> asSocialWorker.call(() -> people.add(childId, new PersonAroundTheChildForm("Dan Test",
                "Father", true, false, null, "phone me", "dan@", null, null))))
                .hasStackTraceContaining("Give the address of someone who does not live with the child")
                .hasStackTraceContaining("Enter a telephone number").hasStackTraceContaining("Enter an email address");

        List<PersonAroundTheChildView> recorded = asSocialWorker.call(() -> people.add(childId, new PersonAroundTheChildForm(
                " Dan Test ", "Father", true, false, "1 High Street, Reading", "0118 496 0000", "dan.test@example.org",
                null, "Polish")));

        assertThat(recorded).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Dan Test, Father (parental responsibility)");
            assertThat(p.email()).isEqualTo("dan.test@example.org");
            assertThat(p.understandableBy()).isEqualTo("interpreter: Polish");
        });
        assertThat(asSocialWorker.call(() -> people.of(childId))).isEqualTo(recorded);
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.recordType = 'PersonAroundTheChild'"
                + " and a.detail like 'Recorded Dan Test, Father%'", Long.class).getSingleResult()).isPositive();
    }
}
