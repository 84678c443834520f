package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * A child's referrals (issue 13 item 1): whoever may change the child's record (a social worker or a manager, not a
 * family support practitioner) records a referral and what was decided; a referral for a child whose episode is open
 * joins it, and no further action closes the referral that day. Everyone who may read the record sees them. Every
 * view and change is audited.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class Referrals {

    static final List<String> RECORDERS = List.of(SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE,
            PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** The child's referrals, for a caller who may read the record; the view is audited. */
    public ReferralsPage pageOf(@NotNull(message = "Choose a child") Long childId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.readableChild(childId, "see a child's referrals");
        List<Referral> referrals = em.createQuery("select r from Referral r where r.child = :c"
                + " order by r.receivedOn desc, r.id desc", Referral.class).setParameter("c", child).getResultList();
        Map<String, String> names = CaseRecords.fullNames(em, referrals.stream()
                .flatMap(r -> Stream.of(r.recordedBy(), r.decidedBy())));
        Episode open = openEpisodeOf(em, child);
        ReferralsPage page = new ReferralsPage(child.id(), child.fullName(), child.family().council().name(),
                open == null ? null : open.id(), referrals.stream().map(r -> new ReferralsPage.Row(r.id(), r.version(),
                r.receivedOn(), r.source() == null ? null : r.source().label(), r.primaryNeed(), r.summary(),
                names.getOrDefault(r.recordedBy(), r.recordedBy()), r.decision() == null ? null : r.decision().label(),
                r.decidedOn(), r.decidedBy() == null ? null : names.getOrDefault(r.decidedBy(), r.decidedBy()),
                r.closedOn(), r.episode() == null ? null : r.episode().id())).toList(),
                access.levelFor(child) == AccessLevel.EDIT && mayRecord(context));
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Child", childId.toString(), child.id(),
                "Viewed the child's referrals", AuditOutcome.SUCCESS);
        return page;
    }

    /** Records a referral; it joins the child's open episode when there is one. Returns its id. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public long receive(@NotNull(message = "Choose a child") Long childId,
                        @NotNull(message = "Enter the referral") @Valid ReferralForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.editableChild(childId, "record a referral");
        Episode open = openEpisodeOf(em, child);
        Referral referral = Referral.receive(child, open, form.receivedOn(), form.source(), form.primaryNeed(),
                form.summary(), access.username(), today());
        em.persist(referral);
        em.flush();
        auditTrail.record(access.username(), AuditAction.CHANGE_RECORD, "Referral", referral.id().toString(), child.id(),
                "Recorded a referral of " + form.receivedOn() + " from " + form.source().code() + ", primary need "
                        + form.primaryNeed() + (open == null ? "" : ", joining the open case " + CaseAccess.caseReference(open.id())),
                AuditOutcome.SUCCESS);
        if (open != null) {
            CaseRecords.changed(em, open, clock);
            caseChanged.fire(new CaseChanged(open.id()));
        }
        return referral.id();
    }

    /** Records what was decided on the referral, and when; no further action closes it that day. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void decide(@NotNull(message = "Choose a referral") Long referralId, int version,
                       @NotNull(message = "Choose what was decided") ReferralDecision decision,
                       @NotNull(message = "Enter the date of the decision") LocalDate decidedOn) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Referral referral = em.find(Referral.class, referralId);
        Child child = access.editableChild(referral == null ? null : referral.child().id(), "decide a referral");
        if (referral.version() != version) {
            throw CaseRecords.changedMeanwhile();
        }
        referral.decide(decision, decidedOn, access.username(), today());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw CaseRecords.changedMeanwhile();
        }
        auditTrail.record(access.username(), AuditAction.CHANGE_RECORD, "Referral", referralId.toString(), child.id(),
                "Decided the referral of " + referral.receivedOn() + " on " + decidedOn + ": " + decision.label()
                        + (referral.isNoFurtherAction() ? " (closed that day)" : ""), AuditOutcome.SUCCESS);
    }

    /** The child's open episode, or null. */
    static Episode openEpisodeOf(EntityManager em, Child child) {
        return em.createQuery("select e from Episode e where e.child = :c and e.closureDate is null", Episode.class)
                .setParameter("c", child).getResultStream().findFirst().orElse(null);
    }

    /** Whether the caller's role records referrals and child protection facts (not a family support practitioner). */
    static boolean mayRecord(SessionContext context) {
        return RECORDERS.stream().anyMatch(context::isCallerInRole);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
