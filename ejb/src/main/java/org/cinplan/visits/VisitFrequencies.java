package org.cinplan.visits;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.CaseChanged;
import org.cinplan.casework.Episode;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The visit frequency agreed on a case at its initial meeting (BW plan bullets; SF 6.2), or raised for risk (SF 6.1):
 * the case's VISIT_INTERVAL from that day when shorter than the council's maximum. Recorded by the allocated worker
 * or a manager of their team, audited; the case's deadlines are recomputed at once.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class VisitFrequencies {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** Records the frequency; returns the case's frequencies, latest first. */
    public List<VisitFrequencyView> agree(@NotNull(message = "Choose a case") Long episodeId,
                                          @NotNull(message = "Enter the frequency") @Valid VisitFrequencyForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "agree a visit frequency");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        AgreedVisitFrequency agreed = new AgreedVisitFrequency(episode, form, initialMeetingOn(episode),
                LocalDate.now(clock), access.username(), now);
        em.persist(agreed);
        episode.markChanged(now);
        em.flush();
        auditTrail.record(access.username(), AuditAction.CHANGE_RECORD, "VisitFrequency", agreed.id().toString(),
                episode.child().id(), "Visit frequency " + agreed.toFrequency().inWords() + " (VISIT_INTERVAL)"
                        + (agreed.toView().reason() == null ? "" : ": " + agreed.toView().reason()), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episodeId));
        return frequencies(episode);
    }

    /** The case's agreed frequencies, latest first. */
    public List<VisitFrequencyView> of(@NotNull(message = "Choose a case") Long episodeId) {
        return frequencies(CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "read a case"));
    }

    private List<VisitFrequencyView> frequencies(Episode episode) {
        return em.createQuery("select f from AgreedVisitFrequency f where f.episode = :e order by f.agreedOn desc, f.id desc",
                AgreedVisitFrequency.class).setParameter("e", episode).getResultStream()
                .map(AgreedVisitFrequency::toView).toList();
    }

    /** The day the case's initial meeting was held, or null. */
    private LocalDate initialMeetingOn(Episode episode) {
        Object held = em.createNativeQuery("SELECT MIN(held_on) FROM meeting WHERE episode_id = ? AND kind = 'INITIAL'")
                .setParameter(1, episode.id()).getSingleResult();
        return held == null ? null : held instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) held;
    }
}
