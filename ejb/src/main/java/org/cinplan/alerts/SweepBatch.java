package org.cinplan.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.cinplan.deadlines.CaseSummary;
import org.cinplan.deadlines.DeadlineSummaries;
import org.cinplan.platform.AppSetting;
import org.cinplan.schedule.store.CaseHistoryRepository;
import org.cinplan.schedule.store.EpisodeScope;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.store.StoredEpisode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One batch of a sweep, in a transaction of its own: reads the batch's cases in a handful of queries, asks the
 * engine for their deadlines, brings each case's alerts up to date and stores its on-time counts for the dashboard
 * ({@link DeadlineSummaries}). A case that cannot be evaluated is
 * recorded as a failure of the run and the rest of the batch goes on.
 */
@Stateless
public class SweepBatch {

    /** With nothing open, look at a case again within a year even if nothing is recorded. */
    private static final int IDLE_RECHECK_DAYS = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseHistoryRepository assembler;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Event<AlertRaised> alertRaised;

    @Inject
    private DeadlineSummaries summaries;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SweepTally process(long runId, List<Long> episodeIds, LocalDate today, int escalateAfterDays,
                              LocalDateTime now) {
        Map<Long, String> failures = new HashMap<>();
        Map<Long, StoredEpisode> episodes = new HashMap<>();
        Map<Long, CaseHistory> histories = assembler.assembleByIds(episodeIds, episodes,
                (episodeId, problem) -> failures.put(episodeId, describe(problem)));
        Map<Long, Map<RuleId, StoredAlert>> alerts = alertsOf(episodeIds);
        WorkingDayCalendar calendar = catalog.calendar();
        DeadlineEngine engine = new DeadlineEngine(calendar);
        AlertPolicy policy = new AlertPolicy(escalateAfterDays);
        // Each council's profiles are looked up once a batch: a call through the catalog bean costs more than a case.
        Map<CouncilCode, ProfileHistory> profiles = new EnumMap<>(CouncilCode.class);
        Set<String> profileVersions = new TreeSet<>();
        Map<Long, LocalDate> nextChecks = new TreeMap<>(); // in id order: two writers never lock rows in opposite orders
        List<CaseSummary> caseSummaries = new ArrayList<>(histories.size());
        int raised = 0;
        int resolved = 0;
        int escalated = 0;
        for (Map.Entry<Long, CaseHistory> entry : histories.entrySet()) {
            long episodeId = entry.getKey();
            List<Deadline> deadlines;
            try {
                deadlines = engine.evaluate(entry.getValue(),
                        profiles.computeIfAbsent(entry.getValue().council(), catalog::profiles), today);
            } catch (RuntimeException problem) {
                failures.put(episodeId, describe(problem));
                continue;
            }
            caseSummaries.add(CaseSummary.of(episodeId, episodes.get(episodeId).version(), deadlines, today));
            Map<RuleId, List<Deadline>> byRule = deadlines.stream()
                    .collect(Collectors.groupingBy(Deadline::rule, () -> new EnumMap<>(RuleId.class), Collectors.toList()));
            Map<RuleId, StoredAlert> caseAlerts = alerts.getOrDefault(episodeId, Map.of());
            Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
            rules.addAll(byRule.keySet());
            rules.addAll(caseAlerts.keySet());
            for (RuleId rule : rules) {
                List<Deadline> ruleDeadlines = byRule.getOrDefault(rule, List.of());
                StoredAlert stored = caseAlerts.get(rule);
                AlertPolicy.Decision decision = policy.decide(Optional.ofNullable(stored).map(StoredAlert::current),
                        ruleDeadlines, today, entry.getValue().isClosed());
                if (decision instanceof AlertPolicy.Open open) {
                    Alert alert;
                    if (stored == null) {
                        alert = new Alert(episodeId, rule);
                        em.persist(alert);
                    } else {
                        alert = em.find(Alert.class, stored.id());
                    }
                    alert.open(open.state(), open.deadline(), now, runId);
                    raised += open.raised() ? 1 : 0;
                    escalated += open.escalation() ? 1 : 0;
                    if (open.raised() || open.escalation()) {
                        alertRaised.fire(new AlertRaised(episodeId, rule, open.state(), open.deadline().dueDate(),
                                open.deadline().explanation()));
                    }
                    profileVersions.add(open.deadline().council().name() + " v" + open.deadline().profileVersion());
                } else if (decision instanceof AlertPolicy.Resolve resolve) {
                    em.find(Alert.class, stored.id()).resolve(resolve.metOn(), now, runId);
                    resolved++;
                }
            }
            deadlines.stream().filter(d -> d.dueDate() != null)
                    .forEach(d -> profileVersions.add(d.council().name() + " v" + d.profileVersion()));
            LocalDate nextCheck = nextCheck(deadlines, today, escalateAfterDays, engine, profiles);
            if (!nextCheck.equals(episodes.get(episodeId).nextCheckOn())) { // most days most cases' dates stand
                nextChecks.put(episodeId, nextCheck);
            }
        }
        failures.forEach((episodeId, message) -> em.persist(new SweepFailure(runId, episodeId, message)));
        storeNextChecks(nextChecks);
        summaries.store(caseSummaries);
        return new SweepTally(histories.size() + (int) failures.keySet().stream().filter(id -> !histories.containsKey(id)).count(),
                raised, resolved, escalated, failures.size(), profileVersions);
    }

    /**
     * Writes the cases' new next-check dates as one JDBC batch of a single statement: an IN list per date was a new
     * statement for the database to compile each time, and Derby scanned the table for its rows.
     */
    private void storeNextChecks(Map<Long, LocalDate> nextChecks) {
        if (nextChecks.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class); // the transaction's own: not ours to close
        try (PreparedStatement update = connection.prepareStatement("UPDATE episode SET next_check_on = ? WHERE id = ?")) {
            for (Map.Entry<Long, LocalDate> nextCheck : nextChecks.entrySet()) {
                update.setDate(1, java.sql.Date.valueOf(nextCheck.getValue()));
                update.setLong(2, nextCheck.getKey());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the cases' next-check dates", e);
        }
    }

    /** An alert as stored, read without loading the entity: most sweeps change few alerts. */
    private record StoredAlert(long id, AlertState state, LocalDate dueDate) {
        AlertPolicy.Current current() {
            return new AlertPolicy.Current(state, dueDate);
        }
    }

    /** The next page of the slice's case ids after {@code after}, in id order (keyset paging keeps memory flat). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> page(SweepSlice slice, LocalDate today, LocalDateTime changedFrom, LocalDateTime changedBefore,
                           long after) {
        Query query = em.createNativeQuery(slice.query()).setMaxResults(SweepService.BATCH_SIZE);
        return ((List<?>) slice.bind(query, today, changedFrom, changedBefore, after).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** The next page of one council's open case ids after {@code after}, in id order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> councilPage(CouncilCode council, long after) {
        return assembler.openEpisodeIds(council, after, SweepService.BATCH_SIZE);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int escalateAfterDays() {
        AppSetting setting = em.find(AppSetting.class, SweepSchedule.ESCALATE_AFTER_DAYS);
        return setting == null ? 5 : Integer.parseInt(setting.value());
    }

    /**
     * The batch's alerts, by SQL naming the covering index (V13): through JPQL Derby went through far more of it than
     * the batch's range (under V42's benchmark, 30% of a full sweep's CPU time).
     */
    private Map<Long, Map<RuleId, StoredAlert>> alertsOf(List<Long> episodeIds) {
        Map<Long, Map<RuleId, StoredAlert>> alerts = new HashMap<>();
        EpisodeScope scope = EpisodeScope.of(episodeIds);
        for (Object result : scope.bindPositional(em.createNativeQuery("SELECT a.id, a.episode_id, a.rule_id, a.state,"
                + " a.due_date FROM alert a --DERBY-PROPERTIES index=IX_ALERT_SWEEP\n WHERE a.episode_id "
                + scope.sqlCondition())).getResultList()) {
            Object[] row = (Object[]) result;
            alerts.computeIfAbsent(((Number) row[1]).longValue(), id -> new EnumMap<>(RuleId.class))
                    .put(RuleId.valueOf((String) row[2]), new StoredAlert(((Number) row[0]).longValue(),
                            AlertState.valueOf((String) row[3]), ((java.sql.Date) row[4]).toLocalDate()));
        }
        return alerts;
    }

    /**
     * The first day after today on which one of the case's deadlines moves on by itself: becomes due soon, falls
     * due, or escalates. An incremental sweep reads the case again on that day.
     */
    private LocalDate nextCheck(List<Deadline> deadlines, LocalDate today, int escalateAfterDays,
                                DeadlineEngine engine, Map<CouncilCode, ProfileHistory> profiles) {
        LocalDate next = today.plusDays(IDLE_RECHECK_DAYS);
        for (Deadline deadline : deadlines) {
            if (deadline.dueDate() == null || !(deadline.isOpen() || deadline.status() == DeadlineStatus.BREACHED)) {
                continue;
            }
            for (LocalDate candidate : List.of(dueSoonFrom(deadline, engine, profiles), deadline.dueDate().plusDays(1),
                    deadline.dueDate().plusDays(escalateAfterDays))) {
                if (candidate.isAfter(today) && candidate.isBefore(next)) {
                    next = candidate;
                }
            }
        }
        return next;
    }

    private LocalDate dueSoonFrom(Deadline deadline, DeadlineEngine engine, Map<CouncilCode, ProfileHistory> profiles) {
        // A day early is harmless (a sweep is idempotent); a day late would miss the change.
        return engine.dueSoonFrom(deadline, profiles.computeIfAbsent(deadline.council(), catalog::profiles)).minusDays(1);
    }

    private static String describe(RuntimeException problem) {
        return problem.getClass().getSimpleName() + ": " + problem.getMessage();
    }
}
