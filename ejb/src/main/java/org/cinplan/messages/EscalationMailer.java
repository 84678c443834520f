package org.cinplan.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.alerts.AlertRaised;
import org.cinplan.alerts.AlertState;
import org.cinplan.casework.CaseAccess;
import org.cinplan.platform.Role;
import org.cinplan.schedule.Dates;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Emails the team managers of a case's team when one of its deadlines is escalated to them, once the sweep batch
 * that escalated it has committed: never inside the sweep's transaction, so a mail server that is down cannot fail or
 * roll back a sweep (a failure here is logged; the alert stands). Names the case by reference and link only.
 */
@Dependent
class EscalationMailer {

    private static final Logger LOG = Logger.getLogger(EscalationMailer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailDelivery delivery;

    @Inject
    private MailSession mail;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        if (alert.state() != AlertState.ESCALATED) {
            return;
        }
        try {
            List<Object[]> managers = em.createQuery("select m.fullName, m.email from StaffMember m join m.roles r,"
                            + " Episode e join e.child c join c.family f join f.allocatedWorker w"
                            + " where e.id = :episode and m.team = w.team and r = :manager and m.enabled = :enabled"
                            + " and m.email is not null", Object[].class)
                    .setParameter("episode", alert.episodeId()).setParameter("manager", Role.TEAM_MANAGER)
                    .setParameter("enabled", Boolean.TRUE)
                    .getResultList();
            String reference = CaseAccess.caseReference(alert.episodeId());
            String subject = "Escalated to you: " + alert.rule().title() + " on " + reference + ", due "
                    + Dates.full(alert.dueDate());
            List<NewMessage> messages = managers.stream().map(m -> new NewMessage(MessageKind.ESCALATION,
                    (String) m[1], (String) m[0], subject, "Dear " + m[0] + ",\n\nThe deadline " + alert.rule().title()
                            + " (" + alert.rule().name() + ") on " + reference + " was due on "
                            + Dates.full(alert.dueDate()) + " and is not met: it is escalated to you as the team manager."
                            + "\n\nOpen the case: " + mail.caseLink(alert.episodeId())
                            + "\n\nThis email names the case only by its reference.\n",
                    null, alert.episodeId(), null)).toList();
            delivery.queue(messages);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: the escalation email of case " + alert.episodeId()
                    + " could not be queued; the alert stands");
        }
    }
}
