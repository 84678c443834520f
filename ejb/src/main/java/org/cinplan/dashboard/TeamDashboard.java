package org.cinplan.dashboard;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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
import org.cinplan.schedule.RuleId;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * The managers' dashboard over the cases of their team (a service manager: every team of their council). Lists page
 * in the database: each page is one query with a first row and a row limit, with a count query beside it.
 *
 * <p>Met-on-time shares are added up from each case's on-time counts, which the deadline engine works out from the
 * case's history whenever the sweep or a change computes its deadlines (see {@link #onTimeByRule}), not read from the alert
 * table: an alert row keeps only a rule's latest occurrence per case (a new occurrence overwrites it), and a deadline
 * met before it was ever due soon has no alert at all, so alerts would undercount both what fell due and what was met.
 */
@Stateless
@RolesAllowed({TEAM_MANAGER_ROLE, PRACTICE_MANAGER_ROLE, SERVICE_MANAGER_ROLE})
public class TeamDashboard {

    /** Cases whose deadlines are computed together when they have no summary: one query per kind of event. */
    static final int BATCH_SIZE = 500;
    static final int MAX_PAGE_SIZE = 200;
    private static final List<AlertState> OVERDUE = List.of(AlertState.OVERDUE, AlertState.ESCALATED);
    /**
     * As {@link #TEAM_CASES_FROM} in SQL, from the teams' staff down to their cases' episodes {@code e}, each joined by
     * key: Derby, left to itself, joined every episode of the database first (a second for a council's thousands).
     */
    private static final String TEAM_CASES_SQL = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n staff_member w"
            + " JOIN family f --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON f.allocated_worker_id = w.id"
            + " JOIN child c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON c.family_id = f.id"
            + " JOIN episode e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON e.child_id = c.id";
    private static final String TEAM_CASES_FROM = " from Episode e join e.child c join c.family f"
            + " join f.allocatedWorker w where e.closureDate is null and w.team.id in :teams";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DeadlineService deadlineService;

    @Inject
    private TeamTallies tallies;

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
     * the last 12 months, added up from the counts stored per case ({@code deadlines.DeadlineSummaries}), which the
     * sweep and the recompute after each change keep: per team, one aggregate query, kept for a minute
     * ({@link TeamTallies}). Only cases with no summary that still stands (never summarised, changed since, or closed
     * and summarised before yesterday: the daily sweep keeps open cases' right) are computed first, a batch at a time.
     */
    public List<RuleOnTime> onTimeByRule() {
        LocalDate today = LocalDate.now(clock);
        return tallies.tally(scope().teamIds(), today, clock.instant(), teams -> addUp(teams, today)).byRule();
    }

    /** Each team's counts per rule, from its cases' stored summaries (computed first where they do not stand). */
    private Map<Long, TeamTallies.Counts> addUp(List<Long> teams, LocalDate today) {
        summariseStale(teams, today);
        Query totals = em.createNativeQuery("SELECT w.team_id, r.rule_id, SUM(r.fell_due_3m), SUM(r.on_time_3m),"
                + " SUM(r.fell_due_12m), SUM(r.on_time_12m)" + TEAM_CASES_SQL
                + " JOIN deadline_summary_rule r --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON r.episode_id = e.id"
                + " WHERE w.team_id IN " + inList(teams.size())
                + " AND (e.closure_date IS NULL OR e.closure_date > ?) GROUP BY w.team_id, r.rule_id");
        bindTeams(totals, teams).setParameter(teams.size() + 1, Date.valueOf(today.minusMonths(12)));
        Map<Long, Map<RuleId, int[]>> byTeam = new HashMap<>();
        for (Object result : totals.getResultList()) {
            Object[] row = (Object[]) result;
            byTeam.computeIfAbsent(((Number) row[0]).longValue(), team -> new EnumMap<>(RuleId.class))
                    .put(RuleId.valueOf((String) row[1]), new int[] {sum(row[2]), sum(row[3]), sum(row[4]), sum(row[5])});
        }
        Map<Long, TeamTallies.Counts> counts = new HashMap<>();
        byTeam.forEach((team, rules) -> counts.put(team, new TeamTallies.Counts(rules)));
        return counts;
    }

    /** Computes and stores the summaries of the teams' cases that have none that stands, a batch at a time. */
    private void summariseStale(List<Long> teams, LocalDate today) {
        Query stale = em.createNativeQuery("SELECT e.id" + TEAM_CASES_SQL + " WHERE w.team_id IN " + inList(teams.size())
                        + " AND (e.closure_date IS NULL OR e.closure_date > ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM deadline_summary s WHERE s.episode_id = e.id"
                        + " AND s.episode_version = e.row_version AND (e.closure_date IS NULL OR s.as_of >= ?))"
                        + " AND e.id > ? ORDER BY e.id")
                .setMaxResults(BATCH_SIZE);
        bindTeams(stale, teams)
                .setParameter(teams.size() + 1, Date.valueOf(today.minusMonths(12)))
                .setParameter(teams.size() + 2, Date.valueOf(today.minusDays(1)));
        long after = 0;
        List<Long> batch;
        do {
            batch = ((List<?>) stale.setParameter(teams.size() + 3, after).getResultList()).stream()
                    .map(id -> ((Number) id).longValue()).toList();
            if (!batch.isEmpty()) {
                deadlineService.summarise(batch);
                after = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH_SIZE);
    }

    private static String inList(int size) {
        return "(" + String.join(", ", Collections.nCopies(size, "?")) + ")";
    }

    private static Query bindTeams(Query query, List<Long> teams) {
        for (int i = 0; i < teams.size(); i++) {
            query.setParameter(i + 1, teams.get(i));
        }
        return query;
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

    /**
     * A page of the team's staff, by name, each with their open cases and overdue alerts: the page first, then both
     * counts for its people in one grouped query each (counts in the page query's select list were worked out person by
     * person over all the council's alerts: a third of the server's time under ten managers of the big council).
     */
    public List<WorkerLoad> workerLoads(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        List<Object[]> staff = em.createQuery("select s.id, s.fullName, t.name from StaffMember s join s.team t"
                        + " where t.id in :teams and s.enabled = true order by s.fullName, s.id", Object[].class)
                .setParameter("teams", scope().teamIds())
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        if (staff.isEmpty()) {
            return List.of();
        }
        List<Long> ids = staff.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Long> openCases = countsByWorker(em.createQuery("select w.id, count(e) from Episode e join e.child c"
                + " join c.family f join f.allocatedWorker w where w.id in :staff and e.closureDate is null"
                + " group by w.id", Object[].class).setParameter("staff", ids).getResultList());
        Map<Long, Long> overdue = countsByWorker(em.createQuery("select w.id, count(a) from Alert a, Episode e"
                        + " join e.child c join c.family f join f.allocatedWorker w where a.episodeId = e.id"
                        + " and w.id in :staff and a.state in :states group by w.id", Object[].class)
                .setParameter("staff", ids).setParameter("states", OVERDUE).getResultList());
        return staff.stream()
                .map(row -> new WorkerLoad((Long) row[0], (String) row[1], (String) row[2],
                        openCases.getOrDefault((Long) row[0], 0L), overdue.getOrDefault((Long) row[0], 0L)))
                .toList();
    }

    private static Map<Long, Long> countsByWorker(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], count(row[1])));
        return counts;
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
                        + " w.fullName, e.type, e.decisionDate"
                        + TEAM_CASES_FROM + forWorker(workerId) + CaseAccess.OPEN_TO_ME
                        + " order by c.familyName, c.givenName, e.id", Object[].class)
                .setParameter("teams", scope().teamIds())
                .setParameter("me", caller())
                .setFirstResult(first)
                .setMaxResults(pageSize);
        if (workerId != null) {
            query.setParameter("worker", workerId);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, Long> overdue = overdueAlertsOf(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream()
                .map(row -> new TeamCase((Long) row[0], (Long) row[1], row[2] + " " + row[3], (String) row[4],
                        (String) row[5], ((EpisodeType) row[6]).label(), (LocalDate) row[7],
                        overdue.getOrDefault((Long) row[0], 0L)))
                .toList();
    }

    /**
     * The page's cases' overdue alerts, counted for the page alone (a count in the page query's select list was
     * worked out for every case of the team before the page was cut: for a council, thousands).
     */
    private Map<Long, Long> overdueAlertsOf(List<Long> episodeIds) {
        if (episodeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select a.episodeId, count(a) from Alert a where a.episodeId in :ids and a.state in :states"
                        + " group by a.episodeId", Object[].class)
                .setParameter("ids", episodeIds)
                .setParameter("states", OVERDUE)
                .getResultStream().forEach(row -> counts.put((Long) row[0], count(row[1])));
        return counts;
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

    /** A SUM over integer columns: an integer on Derby, a bigint on PostgreSQL. */
    private static int sum(Object total) {
        return ((Number) total).intValue();
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
