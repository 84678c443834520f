package org.cinplan.messages;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.StaffMember;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.AlertView;
import org.cinplan.platform.AppSetting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Each worker's daily digest, at the time administrators set (UK time): a timer looks every five minutes whether that
 * time has come today and today's digests are not yet sent, and the server that moves the last day on first sends
 * them, so they go once a day (also after the server was down at that time). Workers with no email address, who
 * turned the digest off, or with nothing due soon or overdue get none.
 */
@Stateless
@PermitAll
public class DailyDigest {

    static final String TIME = "digest.time";
    static final String LAST_DAY = "digest.last-day";
    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSession mail;

    @EJB
    private MailDelivery delivery;

    @EJB
    private DailyDigest self;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "cinplan-daily-digest")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void whenDue() {
        LocalDate today = LocalDate.now(clock);
        try {
            if (!self.claimDay(today)) {
                return;
            }
        } catch (EJBException takenMeanwhile) {
            return; // another server moved the day on at the same moment: it sends today's digests
        }
        List<NewMessage> digests = self.digests(today);
        delivery.queue(digests);
        LOG.info(() -> "cinplan: daily digests queued for " + digests.size() + " workers");
    }

    /** Whether this server takes today's digests: the time has come and no one has taken them yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimDay(LocalDate today) {
        AppSetting last = em.find(AppSetting.class, LAST_DAY);
        LocalTime at = LocalTime.parse(em.find(AppSetting.class, TIME).value());
        if (!LocalDate.parse(last.value()).isBefore(today) || LocalTime.now(clock).isBefore(at)) {
            return false;
        }
        last.change(today.toString());
        try {
            em.flush();
            return true;
        } catch (OptimisticLockException taken) {
            return false;
        }
    }

    /** The digests of every worker who gets one today. */
    public List<NewMessage> digests(LocalDate today) {
        // Enabled is tested here, not in the query: with the subquery EclipseLink sends true as 1, which Derby's
        // BOOLEAN column refuses.
        List<StaffMember> workers = em.createQuery("select s from StaffMember s where s.email is not null"
                        + " and not exists (select o from DigestOptOut o where o.username = s.username)"
                        + " order by s.username", StaffMember.class).getResultStream()
                .filter(StaffMember::isEnabled).toList();
        List<NewMessage> digests = new ArrayList<>();
        for (StaffMember worker : workers) {
            List<AlertView> alerts = em.createQuery(AlertQueries.SELECT_VIEW
                            + " and w.username = :worker and a.state <> :resolved order by a.dueDate", Object[].class)
                    .setParameter("worker", worker.username()).setParameter("resolved", AlertState.RESOLVED)
                    .getResultStream().map(AlertQueries::view).toList();
            DigestComposer.compose(worker.fullName(), today, alerts, mail::caseLink, mail.base() + "caseload.xhtml")
                    .ifPresent(d -> digests.add(new NewMessage(MessageKind.DIGEST, worker.email(), worker.fullName(),
                            d.subject(), d.body(), null, null, null)));
        }
        return digests;
    }
}
