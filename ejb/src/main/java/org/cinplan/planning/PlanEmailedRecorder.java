package org.cinplan.planning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.Episode;

import java.util.List;

/**
 * Records the sending of an emailed plan, in a transaction of its own after the send was logged: the recipients the
 * mail server accepted it for are marked as sent the version. A version no longer in force, or recipients recorded by
 * hand meanwhile, are left as they are.
 */
@Stateless
@PermitAll
public class PlanEmailedRecorder {

    /** Who the audit trail names for a sending recorded because the mail server accepted it. */
    static final String ACTOR = "cinplan-mail";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    public void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanEmailed emailed) {
        Episode episode = em.find(Episode.class, emailed.episodeId());
        List<CinPlan> plans = em.createQuery("select p from CinPlan p where p.episode = :e", CinPlan.class)
                .setParameter("e", episode).getResultList();
        if (plans.isEmpty() || plans.get(0).recordEmailed(emailed.version(), emailed.sentOn(), emailed.addresses()) == 0) {
            return;
        }
        em.flush();
        auditTrail.record(ACTOR, AuditAction.CHANGE_RECORD, "CinPlan", "episode " + emailed.episodeId(),
                episode.child().id(), "Version " + emailed.version() + " emailed on " + PlanText.date(emailed.sentOn())
                        + " to " + String.join(", ", emailed.addresses()), AuditOutcome.SUCCESS);
    }
}
