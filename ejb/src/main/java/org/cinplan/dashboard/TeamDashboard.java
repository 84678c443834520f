package org.cinplan.dashboard;

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
import jakarta.validation.constraints.NotNull;
import org.cinplan.admin.StaffMember;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.AlertView;
import org.cinplan.casework.CaseAccess;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.EpisodeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * The managers' dashboard over the cases of their team (a service manager: every team of their council). Lists page
 * in the database: each page is one query with a first row and a row limit, with a count query beside it.
 *
 * <p>Met-on-time shares are computed from the cases' histories by the deadline engine (each case recomputed only when it
 * changed, or on a new day: see {@code DeadlineService.outcomes}), not read from the alert
 * table: an alert row keeps only a rule's latest occurrence per case (a new occurrence overwrites it), and a deadline
 * met before it was ever due soon has no alert at all, so alerts would undercount both what fell due and what was met.
 */
@Stateless
@RolesAllowed({TEAM_MANAGER_ROLE, PRACTICE_MANAGER_ROLE, SERVICE_MANAGER_ROLE})
public class TeamDashboard {

    /** Cases whose deadlines are computed together: one query per kind of event for the batch. */
    static final int BATCH_SIZE = 500;
    static final int MAX_PAGE_SIZE = 200;
    private static final List<AlertState> OVERDUE = List.of(AlertState.OVERDUE, AlertState.ESCALATED);
    private static final String TEAM_CASES_FROM = " from Episode e join e.child c join c.family f"
            + " join f.allocatedWorker w where e.closureDate is null and w.team.id in :teams";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DeadlineService deadlineService;

    @Inject
    private Clock clock;

    /** The caller's team; for a service manager, every team of their council. */
    public DashboardScope scope() {
        StaffMember me = CaseAccess.staffMember(em, context.getCallerPrincipal().getName());
        if (context.isCallerInRole(SERVICE_MANAGER_ROLE)) {
            List<Long> teams = em.createQuery("select t.id from Team t where t.council = :council order by t.id", Long.class)
                    .setParameter("council", me.team().council()).getResultList();
            return new DashboardScope("All teams in " + me.team().council().name(), teams);
        }
        return new DashboardScope(me.team().name(), List.of(me.team().id()));
    }

    /**
     * Per rule, the share of deadlines met on time over the last 3 and 12 months, for the cases open at any time in
     * the last 12 months. Cases are read and computed a batch at a time.
     */
    public List<RuleOnTime> onTimeByRule() {
        LocalDate today = LocalDate.now(clock);
        List<Long> teams = scope().teamIds();
        OnTimeTally tally = new OnTimeTally(today);
        long after = 0;
        List<Long> batch;
        do {
            batch = em.createQuery("select e.id from Episode e join e.child c join c.family f join f.allocatedWorker w"
                            + " where w.team.id in :teams and e.id > :after"
                            + " and (e.closureDate is null or e.closureDate > :yearAgo) order by e.id", Long.class)
                    .setParameter("teams", teams)
                    .setParameter("after", after)
                    .setParameter("yearAgo", today.minusMonths(12))
                    .setMaxResults(BATCH_SIZE)
                    .getResultList();
            if (!batch.isEmpty()) {
                deadlineService.outcomes(batch).values().forEach(deadlines -> deadlines.forEach(
                        d -> tally.add(d.ruleId(), d.ruleTitle(), d.status(), d.dueDate())));
                after = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH_SIZE);
        return tally.byRule();
    }

    /** A page of the team's overdue and escalated alerts, longest overdue first (restricted records: named people only). */
    public List<AlertView> overdueAlerts(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return em.createQuery(AlertQueries.SELECT_VIEW + " and w.team.id in :teams and a.state in :states"
                        + CaseAccess.OPEN_TO_ME + " order by a.dueDate, a.id", Object[].class)
                .setParameter("teams", scope().teamIds())
                .setParameter("me", caller())
                .setParameter("states", OVERDUE)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream().map(AlertQueries::view).toList();
    }

    public long overdueAlertCount() {
        return em.createQuery("select count(a) from Alert a, Episode e join e.child c join c.family f"
                        + " join f.allocatedWorker w where a.episodeId = e.id and w.team.id in :teams and a.state in :states"
                        + CaseAccess.OPEN_TO_ME, Long.class)
                .setParameter("teams", scope().teamIds())
                .setParameter("me", caller())
                .setParameter("states", OVERDUE)
                .getSingleResult();
    }

    /** A page of the team's staff, by name, each with their open cases and overdue alerts. */
    public List<WorkerLoad> workerLoads(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return em.createQuery("select s.id, s.fullName, t.name,"
                        + " (select count(e) from Episode e where e.child.family.allocatedWorker = s and e.closureDate is null),"
                        + " (select count(a) from Alert a, Episode ae where a.episodeId = ae.id"
                        + "  and ae.child.family.allocatedWorker = s and a.state in :states)"
                        + " from StaffMember s join s.team t where t.id in :teams and s.enabled = true"
                        + " order by s.fullName, s.id", Object[].class)
                .setParameter("teams", scope().teamIds())
                .setParameter("states", OVERDUE)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(row -> new WorkerLoad((Long) row[0], (String) row[1], (String) row[2], count(row[3]), count(row[4])))
                .toList();
    }

    public long workerCount() {
        return em.createQuery("select count(s) from StaffMember s where s.team.id in :teams and s.enabled = true", Long.class)
                .setParameter("teams", scope().teamIds())
                .getSingleResult();
    }

    /**
     * A page of the team's open cases by child's name, each with its number of overdue alerts; only one worker's
     * when {@code workerId} is given. A restricted record shows only to the people on its access list.
     */
    public List<TeamCase> openCases(Long workerId, @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select e.id, c.id, c.givenName, c.familyName, c.laChildId,"
                        + " w.fullName, e.type, e.decisionDate,"
                        + " (select count(a) from Alert a where a.episodeId = e.id and a.state in :states)"
                        + TEAM_CASES_FROM + forWorker(workerId) + CaseAccess.OPEN_TO_ME
                        + " order by c.familyName, c.givenName, e.id", Object[].class)
                .setParameter("teams", scope().teamIds())
                .setParameter("me", caller())
                .setParameter("states", OVERDUE)
                .setFirstResult(first)
                .setMaxResults(pageSize);
        if (workerId != null) {
            query.setParameter("worker", workerId);
        }
        return query.getResultStream()
                .map(row -> new TeamCase((Long) row[0], (Long) row[1], row[2] + " " + row[3], (String) row[4],
                        (String) row[5], ((EpisodeType) row[6]).label(), (LocalDate) row[7], count(row[8])))
                .toList();
    }

    public long openCaseCount(Long workerId) {
        TypedQuery<Long> query = em.createQuery("select count(e)" + TEAM_CASES_FROM + forWorker(workerId)
                        + CaseAccess.OPEN_TO_ME, Long.class)
                .setParameter("teams", scope().teamIds())
                .setParameter("me", caller());
        if (workerId != null) {
            query.setParameter("worker", workerId);
        }
        return query.getSingleResult();
    }

    /** A count from a subquery in the select list, which comes back as the database's integer type. */
    private static long count(Object subqueryCount) {
        return ((Number) subqueryCount).longValue();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String forWorker(Long workerId) {
        return workerId == null ? "" : " and w.id = :worker";
    }

    /** The worker's name, to say whose cases a filtered list shows; refused for staff outside the caller's scope. */
    public String workerName(@NotNull Long workerId) {
        return em.createQuery("select s.fullName from StaffMember s where s.id = :id and s.team.id in :teams", String.class)
                .setParameter("id", workerId)
                .setParameter("teams", scope().teamIds())
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND, 
                        "There is no member of staff with the id " + workerId + " in your team"));
    }
}
