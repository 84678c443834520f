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
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cinplan.platform.Validity;

/**
 * Restricting a child's record to the people named on its access list, and keeping that list: team managers for
 * their team's children, administrators for any. Every change is written to the audit trail.
 */
@Stateless
@Interceptors(AccessChange.class)
@RolesAllowed({Role.TEAM_MANAGER_ROLE, Role.ADMINISTRATOR_ROLE})
public class RecordRestrictions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    /** The most records a page holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The restricted records the caller manages, a page at a time by child id (paged in the database). */
    public List<RestrictedRecordView> restrictedRecords(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        List<RecordRestriction> page = managed(RecordRestriction.class, "select r", " join fetch ",
                " order by c.laChildId, r.id").setFirstResult(first).setMaxResults(pageSize).getResultList();
        Set<Long> readable = readable(page.stream().map(r -> r.child().id()).toList());
        return page.stream().map(r -> view(r, readable)).toList();
    }

    /** How many restricted records the caller manages. */
    public long restrictedRecordCount() {
        return managed(Long.class, "select count(r)", " join ", "").getSingleResult();
    }

    /** The restrictions of the records {@link #manages} lets the caller manage, as one query. */
    private <T> TypedQuery<T> managed(Class<T> type, String select, String join, String order) {
        String from = " from RecordRestriction r" + join + "r.child c" + join + "c.family f left join f.allocatedWorker w"
                + " left join w.team t";
        if (context.isCallerInRole(Role.ADMINISTRATOR_ROLE)) {
            return em.createQuery(select + from + order, type);
        }
        StaffMember me = CaseAccess.staffMember(em, caller());
        return em.createQuery(select + from + " where (w.id is null and f.council.id = :council) or t.id = :team"
                        + order, type)
                .setParameter("council", me.team().council().id())
                .setParameter("team", me.team().id());
    }

    /** Restricts the child's record; their allocated worker and the caller's named people may still open it. */
    public RestrictedRecordView restrict(@NotBlank(message = "Enter the child's ID") String laChildId,
                                         @NotNull(message = "Choose why the record is restricted") RestrictionReason reason) {
        Child child = managedChild(laChildId, "restrict the record");
        if (CaseAccess.restrictionOf(em, child) != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "The record of " + child.laChildId() + " is already restricted: change its"
                    + " access list");
        }
        RecordRestriction restriction = new RecordRestriction(child, reason, caller(), now());
        em.persist(restriction);
        em.flush();
        audit(child, "Restricted the record (" + reason.label() + "); access list: " + restriction.accessListInWords());
        return view(restriction);
    }

    /** Adds a member of staff of the child's council to the access list. */
    public RestrictedRecordView name(@NotBlank(message = "Enter the child's ID") String laChildId,
                                     @NotBlank(message = "Enter the username to add") String username) {
        RecordRestriction restriction = restrictionToChange(laChildId);
        StaffMember person = staffOfCouncil(username.strip(), restriction.child());
        restriction.name(person);
        audit(restriction.child(), "Added " + person.username() + " to the access list");
        return view(restriction);
    }

    /** Takes someone off the access list (never the allocated worker). */
    public RestrictedRecordView removeName(@NotBlank(message = "Enter the child's ID") String laChildId,
                                           @NotBlank(message = "Enter the username to remove") String username) {
        RecordRestriction restriction = restrictionToChange(laChildId);
        StaffMember person = staffOfCouncil(username.strip(), restriction.child());
        restriction.removeName(person);
        audit(restriction.child(), "Removed " + person.username() + " from the access list");
        return view(restriction);
    }

    /** Lifts the restriction: the record is open to the child's team again. */
    public void lift(@NotBlank(message = "Enter the child's ID") String laChildId) {
        RecordRestriction restriction = restrictionToChange(laChildId);
        Child child = restriction.child();
        String was = restriction.reason().label() + "; access list: " + restriction.accessListInWords();
        em.remove(restriction);
        audit(child, "Lifted the restriction (" + was + ")");
    }

    private RecordRestriction restrictionToChange(String laChildId) {
        Child child = managedChild(laChildId, "change a record's access list");
        RecordRestriction restriction = CaseAccess.restrictionOf(em, child);
        if (restriction == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND,
                    "The record of " + child.laChildId() + " is not restricted");
        }
        return restriction;
    }

    /** The child, if the caller manages their record; refused and audited otherwise, as if there were none. */
    private Child managedChild(String laChildId, String attempted) {
        Child child = em.createQuery("select c from Child c where c.laChildId = :id", Child.class)
                .setParameter("id", laChildId.strip()).getResultList().stream().findFirst().orElse(null);
        if (child == null || !manages(child)) {
            auditTrail.recordIndependently(caller(), AuditAction.ACCESS_DENIED, "Child", laChildId,
                    child == null ? null : child.id(), "Tried to " + attempted + ": not a record they manage",
                    AuditOutcome.DENIED);
            throw new RecordAccessDenied("There is no child with the ID " + laChildId.strip() + " among the records you manage",
                    false);
        }
        return child;
    }

    /**
     * Administrators manage every record; a team manager those of their team (or unallocated ones of their council).
     * {@link #managed} asks the same in its query.
     */
    private boolean manages(Child child) {
        if (context.isCallerInRole(Role.ADMINISTRATOR_ROLE)) {
            return true;
        }
        StaffMember me = CaseAccess.staffMember(em, caller());
        StaffMember worker = child.family().allocatedWorker();
        if (worker == null) {
            return child.family().council().id().equals(me.team().council().id());
        }
        return worker.team() != null && worker.team().id().equals(me.team().id());
    }

    private StaffMember staffOfCouncil(String username, Child child) {
        return em.createQuery("select s from StaffMember s where s.username = :u and s.enabled = true"
                        + " and s.team.council = :council", StaffMember.class)
                .setParameter("u", username).setParameter("council", child.family().council())
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND,
                        "There is no member of staff \"" + username + "\" in "
                        + child.family().council().name() + " who could be named on this record"));
    }

    private void audit(Child child, String detail) {
        auditTrail.record(caller(), AuditAction.ADMIN_CHANGE, "Child", child.id().toString(), child.id(), detail,
                AuditOutcome.SUCCESS);
    }

    /** The record as its list shows it; the child's name only to those who may open the record (never to administrators). */
    private RestrictedRecordView view(RecordRestriction r) {
        return view(r, readable(List.of(r.child().id())));
    }

    private Set<Long> readable(List<Long> childIds) {
        return CaseAccess.forCaller(em, context, auditTrail).readableChildIds(childIds);
    }

    private static RestrictedRecordView view(RecordRestriction r, Set<Long> readable) {
        Child child = r.child();
        boolean named = readable.contains(child.id());
        return new RestrictedRecordView(child.id(), child.laChildId(),
                named ? child.fullName() : CaseAccess.RESTRICTED_RECORD, named ? child.family().name() : null,
                r.reason().label(), r.named().stream().map(s -> s.fullName() + " (" + s.username() + ")").sorted().toList(),
                r.restrictedBy(), r.restrictedAt());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
