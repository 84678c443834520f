package org.cinplan.messages;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.platform.Role;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The send log of a case, for those who may read it: what was emailed about it, to whom, and what became of it. */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class MessageLog {

    private static final int LATEST = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    /** The latest messages about a case, newest first. */
    public List<MessageView> ofCase(long episodeId) {
        CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "see the emails sent about a case");
        return em.createQuery("select m from OutgoingMessage m where m.episodeId = :e order by m.queuedAt desc, m.id desc",
                        OutgoingMessage.class)
                .setParameter("e", episodeId).setMaxResults(LATEST).getResultList().stream().map(MessageLog::view).toList();
    }

    static MessageView view(OutgoingMessage m) {
        boolean problem = m.status() == MessageStatus.FAILED || m.status() == MessageStatus.QUEUED && m.lastError() != null;
        return new MessageView(m.id(), m.kind().label(), m.recipient(), m.subject(), m.status().label(), m.attempts(),
                uk(m.queuedAt()), uk(m.lastAttemptAt()), uk(m.nextAttemptAt()), m.lastError(), problem);
    }

    private static LocalDateTime uk(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CalendarInvitations.UK).toLocalDateTime();
    }
}
