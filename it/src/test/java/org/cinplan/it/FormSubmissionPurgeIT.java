package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.platform.FormSubmission;
import org.cinplan.platform.FormSubmissionPurge;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-submit guard's ids are forgotten once no page can send them again, and not before. */
@ExtendWith(ArquillianExtension.class)
class FormSubmissionPurgeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(FormSubmissionPurgeIT.class);
    }

    @Inject
    private FormSubmissionPurge purge;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Test
    void idsOlderThanADayAreForgottenAndRecentOnesStillRefuseASecondSend() throws Exception {
        String old = submission(LocalDateTime.now().minus(FormSubmissionPurge.KEPT).minusHours(1));
        String recent = submission(LocalDateTime.now().minusMinutes(5));

        tx.begin();
        int forgotten = purge.forgetExpiredForms();
        tx.commit();

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(em.find(FormSubmission.class, old)).isNull();
        assertThat(em.find(FormSubmission.class, recent)).isNotNull();
    }

    private String submission(LocalDateTime receivedAt) throws Exception {
        String id = UUID.randomUUID().toString();
        tx.begin();
        em.createNativeQuery("INSERT INTO form_submission (submission_id, username, received_at) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, "it.purge").setParameter(3, Timestamp.valueOf(receivedAt))
                .executeUpdate();
        tx.commit();
        return id;
    }
}
