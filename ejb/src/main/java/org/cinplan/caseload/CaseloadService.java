package org.cinplan.caseload;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;

import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/** The children allocated to the signed-in worker, and those of their team. */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class CaseloadService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DeadlineService deadlineService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /**
     * Whether the caller holds no caseload but keeps the run log: an administrator or auditor who is not also a social
     * worker (their landing page is the run log).
     */
    @PermitAll
    public boolean callerKeepsTheRunLogNotACaseload() {
        return !context.isCallerInRole(Role.SOCIAL_WORKER.name())
                && (context.isCallerInRole(Role.ADMINISTRATOR.name()) || context.isCallerInRole(Role.AUDITOR.name()));
    }

    /** The signed-in worker's children, open episodes first, each with their latest episode. */
    public List<CaseloadEntry> myCaseload() {
        String username = context.getCallerPrincipal().getName();
        return entries(em.createQuery(
                        "select c from Child c join fetch c.family f where f.allocatedWorker.username = :username",
                        Child.class)
                .setParameter("username", username)
                .getResultList());
    }

    /** The most rows a page of the team caseload holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final String TEAM_CHILDREN = " c.family f where f.allocatedWorker.team = :team" + CaseAccess.OPEN_TO_ME;

    /**
     * A page of the children allocated to anyone in the signed-in worker's team which the worker may read (restricted
     * records only for those on their access list), by family and child's name; paged in the database.
     */
    public List<CaseloadEntry> teamCaseload(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        List<Child> page = teamChildren(Child.class, "select c from Child c join fetch",
                " order by f.name, c.familyName, c.givenName, c.id")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        return entries(page, false);
    }

    /** How many children {@link #teamCaseload} pages through. */
    public long teamCaseloadCount() {
        return teamChildren(Long.class, "select count(c) from Child c join", "").getSingleResult();
    }

    /** {@code selectFromJoin} ends with the join (or join fetch) of the child's family. */
    private <T> TypedQuery<T> teamChildren(Class<T> type, String selectFromJoin, String order) {
        StaffMember me = CaseAccess.forCaller(em, context, auditTrail).me();
        return em.createQuery(selectFromJoin + TEAM_CHILDREN + order, type)
                .setParameter("team", me.team())
                .setParameter("me", context.getCallerPrincipal().getName());
    }

    private List<CaseloadEntry> entries(List<Child> children) {
        return entries(children, true);
    }

    /** The children's entries, open episodes first when {@code openFirst}, else in the order given. */
    private List<CaseloadEntry> entries(List<Child> children, boolean openFirst) {
        if (children.isEmpty()) {
            return List.of();
        }
        Map<Long, Episode> latestEpisode = em.createQuery(
                        "select e from Episode e where e.child in :children order by e.decisionDate", Episode.class)
                .setParameter("children", children)
                .getResultList().stream()
                .collect(Collectors.toMap(e -> e.child().id(), Function.identity(), (older, newer) -> newer));
        List<Long> openEpisodes = latestEpisode.values().stream().filter(e -> !e.isClosed()).map(Episode::id).toList();
        Map<Long, DeadlineView> nextDeadlines = deadlineService.nextDeadlines(openEpisodes);
        LocalDate today = LocalDate.now(clock);
        var inOrder = children.stream().map(child -> toEntry(child, latestEpisode.get(child.id()), nextDeadlines, today));
        if (!openFirst) {
            return inOrder.toList();
        }
        return inOrder.sorted(Comparator.comparing(CaseloadEntry::urgencyOrder)
                        .thenComparing(CaseloadEntry::familyName)
                        .thenComparing(CaseloadEntry::childName))
                .toList();
    }

    private static CaseloadEntry toEntry(Child child, Episode episode, Map<Long, DeadlineView> nextDeadlines,
                                         LocalDate today) {
        if (episode == null) {
            return new CaseloadEntry(child.id(), null, child.laChildId(), child.fullName(), child.dateOfBirth(),
                    child.family().name(), null, null, null, null, WhatIsDue.inWords(null, today),
                    WhatIsDue.Urgency.CLOSED.name());
        }
        DeadlineView next = nextDeadlines.get(episode.id());
        return new CaseloadEntry(child.id(), episode.id(), child.laChildId(), child.fullName(), child.dateOfBirth(),
                child.family().name(), episode.type().label(), episode.decisionDate(), episode.closureDate(),
                next, WhatIsDue.inWords(next, today), WhatIsDue.urgency(next, !episode.isClosed(), today).name());
    }
}
