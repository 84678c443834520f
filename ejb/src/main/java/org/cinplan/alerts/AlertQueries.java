package org.cinplan.alerts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cinplan.platform.Role;
import org.cinplan.casework.CaseAccess;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Alerts for the people who must act on them: a worker's inbox, and a manager's team. */
@Stateless
public class AlertQueries {

    /** Alert, child and allocated worker in one row; {@link #view(Object[])} reads it. */
    /** Alerts with their case, child and worker, to select from (aliases a, e, c, f, w). */
    static final String VIEW_FROM = " from Alert a, Episode e join e.child c join c.family f"
            + " left join f.allocatedWorker w where a.episodeId = e.id";
    public static final String SELECT_VIEW = "select a.id, a.episodeId, c.givenName, c.familyName, w.fullName, a.rule,"
            + " a.state, a.dueDate, a.explanation, a.councilCode, a.profileVersion, a.raisedAt, a.escalatedAt, a.metOn"
            + VIEW_FROM;
    /** The most alerts a page holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The signed-in worker's open alerts, most urgent first. */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
    public List<AlertView> myOpenAlerts() {
        return views(em.createQuery(SELECT_VIEW + " and w.username = :me and a.state <> :resolved order by a.dueDate",
                        Object[].class)
                .setParameter("me", context.getCallerPrincipal().getName())
                .setParameter("resolved", AlertState.RESOLVED));
    }

    /** A page of the overdue and escalated alerts of the cases of the signed-in manager's team, by due date. */
    @RolesAllowed({Role.TEAM_MANAGER_ROLE, Role.PRACTICE_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE})
    public List<AlertView> teamOverdueAlerts(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return teamOverdue(Object[].class, SELECT_VIEW, " order by a.dueDate, a.id")
                .map(query -> views(query.setFirstResult(first).setMaxResults(pageSize)))
                .orElse(List.of());
    }

    @RolesAllowed({Role.TEAM_MANAGER_ROLE, Role.PRACTICE_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE})
    public long teamOverdueAlertCount() {
        return teamOverdue(Long.class, "select count(a)" + VIEW_FROM, "").map(TypedQuery::getSingleResult).orElse(0L);
    }

    /** The team's overdue alerts the caller may see, or nothing when the caller has no team. */
    private <T> Optional<TypedQuery<T>> teamOverdue(Class<T> type, String select, String order) {
        List<Long> myTeam = em.createQuery("select t.id from StaffMember m join m.team t where m.username = :me", Long.class)
                .setParameter("me", context.getCallerPrincipal().getName())
                .getResultList();
        if (myTeam.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery(select + " and w.team.id = :team and a.state in :states" + CaseAccess.OPEN_TO_ME
                        + order, type)
                .setParameter("team", myTeam.get(0))
                .setParameter("me", context.getCallerPrincipal().getName())
                .setParameter("states", List.of(AlertState.OVERDUE, AlertState.ESCALATED)));
    }

    static List<AlertView> views(TypedQuery<Object[]> query) {
        return query.getResultStream().map(AlertQueries::view).toList();
    }

    /** Reads a row of {@link #SELECT_VIEW}. */
    public static AlertView view(Object[] row) {
        RuleId rule = (RuleId) row[5];
        return new AlertView((Long) row[0], (Long) row[1], row[2] + " " + row[3], (String) row[4], rule.name(),
                rule.title(), (AlertState) row[6], (LocalDate) row[7], (String) row[8], (String) row[9],
                (Integer) row[10], (LocalDateTime) row[11], (LocalDateTime) row[12], (LocalDate) row[13]);
    }
}
