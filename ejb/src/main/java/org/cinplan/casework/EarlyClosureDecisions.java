package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.MinimumDuration;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * The manager's decision that a plan may close before its minimum duration (MIN_DURATION_AFTER_CP after step-down from
 * child protection; MIN_DURATION_FROM_START, every Berkshire West plan from its start). Team and practice managers of the case's team decide (BW: the (Assistant) Team Manager at
 * supervision; SF 8.1: the Practice Manager is responsible for CIN cases); without the decision a review cannot close the
 * plan early ({@code MeetingRecording}).
 */
@Stateless
@RolesAllowed({TEAM_MANAGER_ROLE, PRACTICE_MANAGER_ROLE})
public class EarlyClosureDecisions {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Clock clock;

    /** The minimum on an open case before it has passed (or once decided); null when nothing applies. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
            SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
    public EarlyClosureStatus statusOf(@NotNull Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(episodeId, "read a case");
        if (episode.isClosed()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return minimumDuration(em, catalog, episode, null)
                .filter(rule -> rule.decisionOn() != null || today.isBefore(rule.openUntil()))
                .map(rule -> status(episode, rule, access.levelFor(episode.child()) == AccessLevel.EDIT
                        && (context.isCallerInRole(TEAM_MANAGER_ROLE) || context.isCallerInRole(PRACTICE_MANAGER_ROLE))))
                .orElse(null);
    }

    /** Records the decision (one per case), audited; returns the case's status with it. */
    public EarlyClosureStatus record(@NotNull(message = "Choose a case") Long episodeId,
                                     @NotNull(message = "Enter the decision") @Valid EarlyClosureDecisionForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "record a manager's decision to close a plan early");
        StaffMember me = access.me();
        MinimumDuration rule = minimumDuration(em, catalog, episode, null).orElse(null);
        Optional<CaseCheckpoint> earlier = earlyClosureDecision(em, episode);
        if (rule != null && earlier.isPresent()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "A decision that this plan may close early was already recorded, dated "
                    + Dates.full(earlier.get().recordedOn()) + " by " + nameOf(earlier.get().recordedBy()));
        }
        CaseCheckpoint decision = CaseCheckpoint.earlyClosureDecision(episode, rule, form.decidedOn(),
                LocalDate.now(clock), me.username(), form.reason());
        em.persist(decision);
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessRuleViolation(Validity.STALE,
                    "Someone else changed this case while you were working: reload the page to"
                    + " see their change. What you typed is still on the form.");
        }
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Decided on " + form.decidedOn() + " that the plan may close before " + rule.openUntil()
                        + " (" + rule.rule().name() + "): " + decision.note(), AuditOutcome.SUCCESS);
        return status(episode, minimumDuration(em, catalog, episode, null).orElseThrow(), false);
    }

    /**
     * The minimum duration that binds this case (MIN_DURATION_AFTER_CP, MIN_DURATION_FROM_START), as the deadline
     * engine reads it with the manager's decision recorded on the case; empty when none applies. Read inside the
     * caller's transaction.
     *
     * @param meetingOn a meeting being recorded now (it may be the plan's first), or null
     */
    public static Optional<MinimumDuration> minimumDuration(EntityManager em, ScheduleCatalog catalog, Episode episode,
                                                            LocalDate meetingOn) {
        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        LocalDate firstMeeting = firstMeetingOn(em, episode);
        if (meetingOn != null && (firstMeeting == null || meetingOn.isBefore(firstMeeting))) {
            firstMeeting = meetingOn;
        }
        return new DeadlineEngine(catalog.calendar()).minimumDuration(catalog.profiles(council), episode.type(),
                episode.childProtectionPlanEndDate(), episode.decisionDate(), firstMeeting,
                earlyClosureDecision(em, episode).map(CaseCheckpoint::recordedOn).orElse(null));
    }

    /** The day of the case's first held meeting, where its plan is drawn up (MIN_DURATION_FROM_START counts from it). */
    private static LocalDate firstMeetingOn(EntityManager em, Episode episode) {
        Object first = em.createNativeQuery("SELECT MIN(held_on) FROM meeting WHERE episode_id = ?")
                .setParameter(1, episode.id()).getSingleResult();
        return first == null ? null : first instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) first;
    }

    /** The first decision recorded on the case that its plan may close early. */
    private static Optional<CaseCheckpoint> earlyClosureDecision(EntityManager em, Episode episode) {
        return em.createQuery("select c from CaseCheckpoint c where c.episode = :e and c.kind = :kind"
                        + " order by c.recordedOn", CaseCheckpoint.class).setParameter("e", episode)
                .setParameter("kind", CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION).setMaxResults(1).getResultList()
                .stream().findFirst();
    }

    private EarlyClosureStatus status(Episode episode, MinimumDuration rule, boolean callerMayDecide) {
        CaseCheckpoint decision = earlyClosureDecision(em, episode).orElse(null);
        return new EarlyClosureStatus(rule.rule().name(), rule.reason(), rule.openUntil(), rule.minimum(),
                decision == null ? null : decision.recordedOn(), decision == null ? null : nameOf(decision.recordedBy()),
                decision == null ? null : decision.note(), decision == null && callerMayDecide);
    }

    private String nameOf(String username) {
        return em.createQuery("select s.fullName from StaffMember s where s.username = :u", String.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElse(username);
    }
}
