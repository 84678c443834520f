package org.cinplan.casework;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.cinplan.admin.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.util.List;

/**
 * Who may change a family's cases: the family's allocated worker, or a team manager, practice manager or consultant
 * social worker of that worker's team. Used by the casework services inside their own transactions.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /**
     * The caller's staff record, with the team (and so the council) they work in. A sign-in with no staff record, or
     * none in a team, cannot hold a caseload, so nothing can be allocated to it.
     */
    public static StaffMember staffMember(EntityManager em, String username) {
        List<StaffMember> found = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled() || found.get(0).team() == null) {
            throw new BusinessRuleViolation("Your sign-in \"" + username + "\" is not set up as a member of staff in a council"
                    + " team, so no case can be allocated to you. Ask an administrator to add you to your team.");
        }
        return found.get(0);
    }

    /** Whether the caller may change the cases of this family (see the class comment). */
    public static boolean mayEdit(Family family, StaffMember me, SessionContext context) {
        StaffMember worker = family.allocatedWorker();
        if (worker != null && worker.id().equals(me.id())) {
            return true;
        }
        boolean manager = context.isCallerInRole(Role.TEAM_MANAGER_ROLE) || context.isCallerInRole(Role.PRACTICE_MANAGER_ROLE)
                || context.isCallerInRole(Role.CONSULTANT_SOCIAL_WORKER_ROLE);
        return manager && worker != null && worker.team() != null && me.team() != null
                && worker.team().id().equals(me.team().id());
    }

    /**
     * Whether the caller may see the records of this family's children: whoever may change them, and a service
     * manager of the family's council.
     */
    public static boolean mayView(Family family, StaffMember me, SessionContext context) {
        return mayEdit(family, me, context) || context.isCallerInRole(Role.SERVICE_MANAGER_ROLE) && me.team() != null
                && me.team().council().id().equals(family.council().id());
    }

    /** Refuses, with an independently kept audit entry, a caller who may not see this family's children's records. */
    public static void requireMayView(Family family, StaffMember me, SessionContext context, AuditTrail auditTrail,
                                      String recordType, String recordId, Long childId, String attempted) {
        if (!mayView(family, me, context)) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, recordType, recordId, childId,
                    "Tried to " + attempted + " of a case not theirs", AuditOutcome.DENIED);
            throw new BusinessRuleViolation("Only the allocated worker, a manager of their team or a service manager"
                    + " of the council can " + attempted + " in the " + family.name());
        }
    }

    /** Refuses, with an independently kept audit entry, a caller who may not change this family's cases. */
    public static void requireMayEdit(Family family, StaffMember me, SessionContext context, AuditTrail auditTrail,
                                      String recordType, String recordId, Long childId, String attempted) {
        if (!mayEdit(family, me, context)) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, recordType, recordId, childId,
                    "Tried to " + attempted + " on a case not theirs", AuditOutcome.DENIED);
            throw new BusinessRuleViolation("Only the allocated worker or a manager of their team can " + attempted
                    + " for the " + family.name());
        }
    }
}
