package org.cinplan.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditCsv;
import org.cinplan.platform.BusinessRuleViolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cinplan.platform.Validity;

/** The run log for auditors (and administrators): runs by date, trigger and outcome; one run in detail; CSV. */
@Stateless
@RolesAllowed({Role.AUDITOR_ROLE, Role.ADMINISTRATOR_ROLE})
public class RunLogQueries {

    /** The most runs, alerts or failures a page holds: a request cannot ask for more. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    /** Newest first, at most {@code max} (up to 500). */
    public List<SweepRunView> runs(RunLogFilter filter, int first, int max) {
        return query(filter, "order by r.startedAt desc, r.id desc")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultStream().map(SweepRunView::of).toList();
    }

    /** The run's facts and counts; its alerts and failures are read a page at a time. */
    public SweepRunView run(long runId) {
        return SweepRunView.of(existing(runId));
    }

    /** A page of the alerts the run changed, by due date (named by case reference, never the child). */
    public List<AlertView> runAlerts(long runId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int pageSize) {
        existing(runId);
        return AlertQueries.views(em.createQuery(AlertQueries.SELECT_VIEW
                                + " and a.lastRunId = :run order by a.dueDate, a.id", Object[].class)
                        .setParameter("run", runId).setFirstResult(first).setMaxResults(pageSize))
                .stream().map(AlertView::byCaseReference).toList();
    }

    public long runAlertCount(long runId) {
        return em.createQuery("select count(a)" + AlertQueries.VIEW_FROM + " and a.lastRunId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /** A page of the cases the run could not evaluate, by case. */
    public List<RunFailure> runFailures(long runId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int pageSize) {
        existing(runId);
        return em.createQuery("select f from SweepFailure f where f.runId = :run order by f.episodeId, f.id",
                        SweepFailure.class)
                .setParameter("run", runId).setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(f -> new RunFailure(f.episodeId(), f.message())).toList();
    }

    public long runFailureCount(long runId) {
        return em.createQuery("select count(f) from SweepFailure f where f.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    private SweepRun existing(long runId) {
        SweepRun run = em.find(SweepRun.class, runId);
        if (run == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no run " + runId);
        }
        return run;
    }

    /** The runs the filter selects as CSV (RFC 4180, formula-safe cells), oldest first, written a page at a time. */
    public void exportCsv(RunLogFilter filter, Appendable out) {
        try {
            out.append("run_id,trigger,scope,server_instance,requested_by,started_at,finished_at,window_from,window_to,"
                    + "profile_versions,cases_examined,alerts_raised,alerts_resolved,alerts_escalated,failures,outcome\r\n");
            int first = 0;
            List<SweepRun> page;
            do {
                page = query(filter, "order by r.startedAt, r.id").setFirstResult(first).setMaxResults(MAX_PAGE)
                        .getResultList();
                for (SweepRun r : page) {
                    List<Object> cells = new ArrayList<>(List.of(r.id(), r.trigger(), r.scope(), r.serverInstance(),
                            nullToEmpty(r.requestedBy()), r.startedAt(), nullToEmpty(r.finishedAt()), r.windowFrom(),
                            r.windowTo(), nullToEmpty(r.profileVersions()), r.casesExamined(), r.alertsRaised(),
                            r.alertsResolved(), r.alertsEscalated(), r.failureCount(), r.outcome()));
                    out.append(AuditCsv.row(cells.stream().map(String::valueOf).toList()));
                }
                first += page.size();
                em.clear();
            } while (page.size() == MAX_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many runs the filter selects. */
    public long runCount(RunLogFilter filter) {
        return query(filter, "select count(r)", "", Long.class).getSingleResult();
    }

    private TypedQuery<SweepRun> query(RunLogFilter filter, String order) {
        return query(filter, "select r", order, SweepRun.class);
    }

    private <T> TypedQuery<T> query(RunLogFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select + " from SweepRun r where 1 = 1");
        if (filter.from() != null) {
            jpql.append(" and r.startedAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and r.startedAt < :to");
        }
        if (filter.trigger() != null) {
            jpql.append(" and r.trigger = :trigger");
        }
        if (filter.outcome() != null) {
            jpql.append(" and r.outcome = :outcome");
        }
        TypedQuery<T> query = em.createQuery(jpql + " " + order, type);
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.trigger() != null) {
            query.setParameter("trigger", filter.trigger());
        }
        if (filter.outcome() != null) {
            query.setParameter("outcome", filter.outcome());
        }
        return query;
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }
}
