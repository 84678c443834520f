package org.cinplan.messages;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.AppSetting;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The email settings people change: the daily digest's time (administrators) and whether someone gets a digest at
 * all (each person for themselves).
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class MessageSettings {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @EJB
    private DailyDigest digest;

    @EJB
    private MailDelivery delivery;

    /** Whether the caller gets the daily digest (on unless they turned it off). */
    public boolean digestWanted() {
        return em.find(DigestOptOut.class, me()) == null;
    }

    public void wantDigest(boolean wanted) {
        DigestOptOut off = em.find(DigestOptOut.class, me());
        if (wanted && off != null) {
            em.remove(off);
        } else if (!wanted && off == null) {
            em.persist(new DigestOptOut(me(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
        }
    }

    /** The time each day's digests are sent (UK time). */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public LocalTime digestTime() {
        return LocalTime.parse(em.find(AppSetting.class, DailyDigest.TIME).value());
    }

    /** Sets the digest time (to the minute); from the next day on, or today if that time is still to come. */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public LocalTime changeDigestTime(@NotNull(message = "Enter the time of the daily digest") LocalTime at) {
        LocalTime before = digestTime();
        LocalTime wanted = at.truncatedTo(ChronoUnit.MINUTES);
        em.find(AppSetting.class, DailyDigest.TIME).change(wanted.toString());
        auditTrail.record(me(), AuditAction.ADMIN_CHANGE, "DailyDigest", null, null,
                "Daily digest at " + before + " → " + wanted, AuditOutcome.SUCCESS);
        return wanted;
    }

    /**
     * Queues today's digests now, whether or not they went at the set time (an administrator checking the mail
     * set-up); returns how many workers get one.
     */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public int sendDigestsNow() {
        List<NewMessage> digests = digest.digests(LocalDate.now(clock));
        delivery.queue(digests);
        int queued = digests.size();
        auditTrail.record(me(), AuditAction.ADMIN_CHANGE, "DailyDigest", null, null,
                "Sent the daily digests by hand (" + queued + ")", AuditOutcome.SUCCESS);
        return queued;
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}
