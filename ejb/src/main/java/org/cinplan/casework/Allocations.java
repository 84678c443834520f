package org.cinplan.casework;

import jakarta.interceptor.Interceptors;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cinplan.platform.Validity;

/**
 * Who holds each family's cases. A family is allocated as a whole (ONE_FAMILY_ONE_WORKER): a team manager moves
 * their team's families between the workers of their team; an administrator moves any family to any worker of
 * its council. Every move is audited; the cases, their alerts and their access follow the new worker at once,
 * since all of them read the allocation from the family, and the access list of each restricted record of the family
 * moves with it (the previous worker off, the new one on; audited).
 */
@Stateless
@Interceptors(AccessChange.class)
@RolesAllowed({Role.TEAM_MANAGER_ROLE, Role.ADMINISTRATOR_ROLE})
public class Allocations {

    /** The roles that hold a caseload. */
    private static final Set<Role> CASEHOLDING = EnumSet.of(Role.SOCIAL_WORKER, Role.CONSULTANT_SOCIAL_WORKER,
            Role.PRACTICE_MANAGER, Role.TEAM_MANAGER, Role.FAMILY_SUPPORT_PRACTITIONER);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    /** The most families a page holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    /** A page of the families the caller may reallocate, by council, family name (paged in the database). */
    public List<FamilyAllocation> families(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return mine(Object[].class, "select f, (select count(c) from Child c where c.family = f)",
                " order by f.council.name, f.name, f.id")
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(row -> view((Family) row[0], ((Number) row[1]).intValue())).toList();
    }

    /** How many families {@link #families} pages through. */
    public long familyCount() {
        return mine(Long.class, "select count(f)", "").getSingleResult();
    }

    /** The families the caller may reallocate: every one for an administrator, their team's for a team manager. */
    private <T> TypedQuery<T> mine(Class<T> type, String select, String order) {
        String from = " from Family f left join f.allocatedWorker w left join w.team t";
        return isAdministrator()
                ? em.createQuery(select + from + order, type)
                : em.createQuery(select + from + " where t = :team" + order, type).setParameter("team", me().team());
    }

    /**
     * The staff a family may be allocated to: enabled, holding a caseload, of its council (the caller's team for a team
     * manager); in Suffolk no family support practitioner (FSP_NOT_CASE_RESPONSIBLE).
     */
    public List<AllocatableWorker> workersFor(@NotNull(message = "Choose a family") Long familyId) {
        Family family = family(familyId);
        Long myTeam = isAdministrator() ? null : me().team().id();
        return em.createQuery("select distinct s from StaffMember s join s.team t left join fetch s.roles"
                        + " where t.council = :council and s.enabled = true order by s.fullName", StaffMember.class)
                .setParameter("council", family.council()).getResultStream()
                .filter(s -> myTeam == null || s.team().id().equals(myTeam))
                .filter(s -> s.roles().stream().anyMatch(CASEHOLDING::contains))
                .filter(s -> Family.mayBeCaseResponsible(family.council(), s))
                .map(s -> new AllocatableWorker(s.id(), s.fullName(), s.team().name()))
                .toList();
    }

    /**
     * Moves every child of the family to the worker, for the reason given (kept in the audit trail). {@code version} is
     * the family's version as the caller read it: a change made since is refused with a message, never overwritten.
     */
    public FamilyAllocation reallocate(@NotNull(message = "Choose a family") Long familyId,
                                       @NotNull(message = "Reload the page and try again") Integer version,
                                       @NotNull(message = "Choose the worker") Long workerId,
                                       @NotBlank(message = "Say why the family is reallocated")
                                       @Size(max = 500, message = "Say why in at most 500 characters") String reason) {
        Family family = family(familyId);
        if (family.version() != version) {
            throw new BusinessRuleViolation(Validity.STALE,
                    "Someone else changed the allocation of the " + family.name()
                    + " since you opened the page: reload to see it, then decide again");
        }
        StaffMember worker = em.find(StaffMember.class, workerId);
        if (worker == null || !worker.isEnabled() || worker.team() == null
                || !worker.team().council().id().equals(family.council().id())
                || worker.roles().stream().noneMatch(CASEHOLDING::contains)) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose a member of staff of " + family.council().name()
                    + " who holds a caseload");
        }
        if (!mayReceive(worker)) {
            throw new BusinessRuleViolation("ALLOCATE_OWN_TEAM",
                    "A team manager allocates within their own team: ask an administrator to move"
                    + " the " + family.name() + " to another team");
        }
        StaffMember previous = family.allocatedWorker();
        if (previous != null && previous.id().equals(worker.id())) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "The " + family.name() + " is already allocated to " + worker.fullName());
        }
        family.allocateTo(worker);
        em.flush();
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.CHANGE_RECORD, "Family",
                family.id().toString(), null, "Allocation of the " + family.name() + ": "
                        + (previous == null ? "nobody" : previous.username()) + " -> " + worker.username()
                        + ". Why: " + reason.strip(),
                AuditOutcome.SUCCESS);
        moveAccessLists(family, previous, worker);
        return view(family, childrenOf(family));
    }

    /** Each restricted record of the family: the previous worker off its access list, the new one on; audited per child. */
    private void moveAccessLists(Family family, StaffMember previous, StaffMember worker) {
        List<RecordRestriction> restricted = em.createQuery("select r from RecordRestriction r where r.child.family = :f",
                RecordRestriction.class).setParameter("f", family).getResultList();
        for (RecordRestriction restriction : restricted) {
            if (restriction.followAllocation(previous, worker)) {
                Child child = restriction.child();
                auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.ADMIN_CHANGE, "Child",
                        child.id().toString(), child.id(), "The access list follows the allocation from "
                                + (previous == null ? "nobody" : previous.username()) + " to " + worker.username()
                                + "; access list: " + restriction.accessListInWords(), AuditOutcome.SUCCESS);
            }
        }
        em.flush();
    }

    private Family family(Long familyId) {
        Family family = em.find(Family.class, familyId);
        if (family == null || !mayManage(family)) {
            auditTrail.recordIndependently(context.getCallerPrincipal().getName(), AuditAction.ACCESS_DENIED, "Family",
                    String.valueOf(familyId), null, "Tried to see or change a family's allocation", AuditOutcome.DENIED);
            throw new BusinessRuleViolation(Validity.NOT_FOUND,
                    "There is no family with the id " + familyId + " among those you allocate");
        }
        return family;
    }

    private boolean mayManage(Family family) {
        if (isAdministrator()) {
            return true;
        }
        StaffMember worker = family.allocatedWorker();
        StaffMember me = me();
        return worker != null && worker.team() != null && me.team() != null && worker.team().id().equals(me.team().id());
    }

    private boolean mayReceive(StaffMember worker) {
        return isAdministrator() || (me().team() != null && worker.team().id().equals(me().team().id()));
    }

    private boolean isAdministrator() {
        return context.isCallerInRole(Role.ADMINISTRATOR_ROLE);
    }

    private StaffMember me() {
        return CaseAccess.staffMember(em, context.getCallerPrincipal().getName());
    }

    private int childrenOf(Family family) {
        return em.createQuery("select count(c) from Child c where c.family = :f", Long.class)
                .setParameter("f", family).getSingleResult().intValue();
    }

    private static FamilyAllocation view(Family family, int children) {
        StaffMember worker = family.allocatedWorker();
        return new FamilyAllocation(family.id(), family.name(), family.council().name(), children,
                worker == null ? null : worker.id(), worker == null ? null : worker.fullName(),
                worker == null || worker.team() == null ? null : worker.team().name(), family.version());
    }
}
