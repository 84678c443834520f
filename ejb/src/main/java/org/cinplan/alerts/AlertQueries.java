package org.cinplan.alerts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cinplan.admin.Role;
import org.cinplan.casework.CaseAccess;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Alerts for the people who must act on them: a worker's inbox, and a manager's team. */
@Stateless
public class AlertQueries {

    /** Alert, child and allocated worker in one row; {@link #view(Object[])} reads it. */
    public static final String SELECT_VIEW = "select a.id, a.episodeId, c.givenName, c.familyName, w.fullName, a.rule,"
            + " a.state, a.dueDate, a.explanation, a.councilCode, a.profileVersion, a.raisedAt, a.escalatedAt, a.metOn"
            + " from Alert a, Episode e join e.child c join c.family f left join f.allocatedWorker w"
            + " where a.episodeId = e.id";

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

    /** Overdue and escalated alerts of the cases of the signed-in manager's team. */
    @RolesAllowed({Role.TEAM_MANAGER_ROLE, Role.PRACTICE_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE})
    public List<AlertView> teamOverdueAlerts() {
        List<Long> myTeam = em.createQuery("select t.id from StaffMember m join m.team t where m.username = :me", Long.class)
                .setParameter("me", context.getCallerPrincipal().getName())
                .getResultList();
        if (myTeam.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery(SELECT_VIEW + " and w.team.id = :team and a.state in :states" + CaseAccess.OPEN_TO_ME
                                + " order by a.dueDate", Object[].class)
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
