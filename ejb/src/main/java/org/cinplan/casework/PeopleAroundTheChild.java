package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The people around a child (issue 15 item 3): recorded by whoever may change the child's record (the allocated worker
 * or a manager of their team), read by whoever may read it; every view and addition is audited.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class PeopleAroundTheChild {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    /** Adds the person; returns everyone around the child, in the order recorded. */
    public List<PersonAroundTheChildView> add(@NotNull(message = "Choose a child") Long childId,
                                              @NotNull(message = "Enter the person") @Valid PersonAroundTheChildForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.editableChild(childId, "record a person around the child");
        PersonAroundTheChild person = new PersonAroundTheChild(child, form, access.username(),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(person);
        em.flush();
        auditTrail.record(access.username(), AuditAction.CHANGE_RECORD, "PersonAroundTheChild", person.id().toString(),
                child.id(), "Recorded " + person.toView().label(), AuditOutcome.SUCCESS);
        return people(child);
    }

    /** Everyone recorded around the child, in the order recorded. */
    public List<PersonAroundTheChildView> of(@NotNull(message = "Choose a child") Long childId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.readableChild(childId, "read the people around a child");
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "PersonAroundTheChild", childId.toString(), child.id(),
                "Viewed the people around the child", AuditOutcome.SUCCESS);
        return people(child);
    }

    /**
     * Everyone recorded around the child of a case, to invite to its meetings and send its documents to (each with the
     * email address recorded for them).
     */
    public List<PersonAroundTheChildView> ofCase(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.readableEpisode(episodeId, "read the people around a child").child();
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "PersonAroundTheChild", child.id().toString(),
                child.id(), "Viewed the people around the child to invite or send documents to", AuditOutcome.SUCCESS);
        return people(child);
    }

    private List<PersonAroundTheChildView> people(Child child) {
        return em.createQuery("select p from PersonAroundTheChild p where p.child = :c order by p.id",
                PersonAroundTheChild.class).setParameter("c", child).getResultStream().map(PersonAroundTheChild::toView).toList();
    }
}
