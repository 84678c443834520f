package org.cinplan.casework;

import jakarta.interceptor.Interceptors;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;
import org.cinplan.platform.Validity;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * Break-glass: reading a record outside one's access, for a stated reason, recorded in the audit trail, for
 * {@link CaseAccess#BREAK_GLASS_LASTS}; the record's team manager (and practice and service managers of that team)
 * see each opening on their review list until one of them marks it reviewed.
 */
@Stateless
@Interceptors(AccessChange.class)
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class BreakGlass {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    /** What the caller may do with the case; writes nothing (the case's own reads and changes are audited). */
    public CaseAccessView accessTo(@NotNull Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        AccessLevel level = access.levelForEpisode(episodeId);
        LocalDateTime until = null;
        if (level == AccessLevel.BREAK_GLASS) {
            until = em.createQuery("select max(b.expiresAt) from BreakGlassAccess b, Episode e where e.id = :episode"
                            + " and b.child = e.child and b.staff.username = :me", LocalDateTime.class)
                    .setParameter("episode", episodeId).setParameter("me", access.username()).getSingleResult();
        }
        return new CaseAccessView(episodeId, level, until);
    }

    /**
     * Opens the case's record to the caller, read-only, for {@link CaseAccess#BREAK_GLASS_LASTS}; returns until when
     * (UTC). Only for a case of the caller's council they have no access to.
     */
    public LocalDateTime open(@NotNull(message = "Choose a case") Long episodeId,
                              @NotNull(message = "Say why you need this record now")
                              @Size(max = BreakGlassAccess.MAX_REASON_LENGTH,
                                      message = "The reason can have at most 1000 characters") String reason) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = em.find(Episode.class, episodeId);
        AccessLevel level = episode == null ? AccessLevel.NONE : access.levelFor(episode.child());
        if (level == AccessLevel.NONE) {
            access.readableEpisode(episodeId, "open a record with break-glass"); // refuses, and audits the refusal
        }
        if (level.mayRead()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "You can already open this case: no break-glass is needed");
        }
        StaffMember me = access.me();
        BreakGlassAccess opened = new BreakGlassAccess(episode.child(), me, reason, now(),
                CaseAccess.BREAK_GLASS_LASTS);
        em.persist(opened);
        em.flush();
        auditTrail.record(me.username(), AuditAction.BREAK_GLASS, "Episode", episodeId.toString(), episode.child().id(),
                "Opened " + (access.isRestricted(episode.child()) ? "a restricted record" : "another team's case")
                        + " until " + opened.expiresAt() + " UTC (break-glass " + opened.id() + "). Reason: "
                        + opened.reason(), AuditOutcome.SUCCESS);
        return opened.expiresAt();
    }

    /** Ends the caller's break-glass access to the case now, when they no longer need it. */
    public void end(@NotNull Long episodeId) {
        String me = context.getCallerPrincipal().getName();
        List<BreakGlassAccess> active = em.createQuery("select b from BreakGlassAccess b, Episode e where e.id = :episode"
                        + " and b.child = e.child and b.staff.username = :me and b.expiresAt > :now", BreakGlassAccess.class)
                .setParameter("episode", episodeId).setParameter("me", me).setParameter("now", now())
                .getResultList();
        LocalDateTime now = now();
        for (BreakGlassAccess access : active) {
            access.end(now);
            auditTrail.record(me, AuditAction.BREAK_GLASS, "Episode", episodeId.toString(), access.child().id(),
                    "Ended break-glass " + access.id() + " early", AuditOutcome.SUCCESS);
        }
    }

    /**
     * Break-glass openings of the records of the caller's team that nobody has reviewed yet, oldest first; a record
     * the reviewer may not open themselves is shown as a restricted record, without the child's name or LAchildID.
     */
    /** Whether the caller reviews break-glass openings: a team, practice or service manager (awaitingReview). */
    @PermitAll
    public boolean callerReviews() {
        return Stream.of(Role.TEAM_MANAGER, Role.PRACTICE_MANAGER, Role.SERVICE_MANAGER)
                .anyMatch(role -> context.isCallerInRole(role.name()));
    }

    @RolesAllowed({TEAM_MANAGER_ROLE, PRACTICE_MANAGER_ROLE, SERVICE_MANAGER_ROLE})
    public List<BreakGlassReview> awaitingReview() {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        List<BreakGlassAccess> openings = em.createQuery("select b from BreakGlassAccess b join fetch b.child c"
                        + " join fetch c.family f join fetch b.staff s where b.reviewedAt is null"
                        + " and f.allocatedWorker.team = :team order by b.openedAt", BreakGlassAccess.class)
                .setParameter("team", access.me().team()).getResultList();
        Set<Long> readable = access.readableChildIds(openings.stream().map(b -> b.child().id()).toList());
        return openings.stream().map(b -> {
            boolean mayRead = readable.contains(b.child().id());
            return new BreakGlassReview(b.id(), b.child().id(), mayRead ? b.child().laChildId() : null,
                    mayRead ? b.child().fullName() : CaseAccess.RESTRICTED_RECORD, b.staff().username(),
                    b.staff().fullName(), b.reason(), b.openedAt(), b.expiresAt());
        }).toList();
    }

    /** Marks a break-glass opening of one of the team's records as reviewed by the caller, who is not its opener. */
    @RolesAllowed({TEAM_MANAGER_ROLE, PRACTICE_MANAGER_ROLE, SERVICE_MANAGER_ROLE})
    public void markReviewed(@NotNull Long breakGlassId) {
        StaffMember me = CaseAccess.staffMember(em, context.getCallerPrincipal().getName());
        BreakGlassAccess opened = em.find(BreakGlassAccess.class, breakGlassId);
        StaffMember worker = opened == null ? null : opened.child().family().allocatedWorker();
        if (worker == null || worker.team() == null || !worker.team().id().equals(me.team().id())) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, "BreakGlassAccess",
                    String.valueOf(breakGlassId), null, "Tried to review a break-glass opening outside their team",
                    AuditOutcome.DENIED);
            throw new RecordAccessDenied("There is no break-glass opening " + breakGlassId + " on your team's records", false);
        }
        if (opened.staff().id().equals(me.id())) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, "BreakGlassAccess",
                    breakGlassId.toString(), opened.child().id(), "Tried to review their own break-glass opening",
                    AuditOutcome.DENIED);
        }
        if (opened.reviewedAt() != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "Already reviewed by " + opened.reviewedBy());
        }
        opened.review(me.username(), now()); // refuses the opener (SEPARATION_OF_DUTIES)
        auditTrail.record(me.username(), AuditAction.BREAK_GLASS, "BreakGlassAccess", breakGlassId.toString(),
                opened.child().id(), "Reviewed the break-glass opening by " + opened.staff().username(), AuditOutcome.SUCCESS);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
