package org.cinplan.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.store.EpisodeScope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each case's on-time counts per rule ({@link CaseSummary}) in the database, written by whatever computed the
 * case's deadlines anyway: the sweep (every open case, daily), the recompute after each change, and a dashboard view
 * for a case that had none. The team dashboard adds them up with one aggregate query. A summary stands while the
 * case's episode version is the one it was computed from (every change to a case moves it on); the counts move with
 * the date too, and the daily full sweep puts every open case's right (a closed case's stands for the day it was
 * written: no sweep reads it again).
 *
 * <p>Only summaries that differ from the stored ones are written (most days most cases' counts stand, and writing
 * every case's would cost a full sweep more than reading them), with JDBC batches in the caller's connection, in
 * episode id order (two writers never lock rows in opposite orders).
 */
@Stateless
@PermitAll
public class DeadlineSummaries {

    @PersistenceContext
    private EntityManager em;

    /** Replaces the cases' summaries in the caller's transaction (a sweep batch's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void store(Collection<CaseSummary> summaries) {
        write(summaries, false);
    }

    /**
     * Replaces the cases' summaries in a transaction of their own, for a view that computed them because they did not
     * stand (committed before the view adds them up); each is written with its day, even when its counts are the same.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeApart(Collection<CaseSummary> summaries) {
        write(summaries, true);
    }

    private void write(Collection<CaseSummary> summaries, boolean renewDay) {
        if (summaries.isEmpty()) {
            return;
        }
        Map<Long, Stored> stored = stored(summaries.stream().map(CaseSummary::episodeId).toList());
        List<CaseSummary> inIdOrder = summaries.stream()
                .filter(summary -> !stands(stored.get(summary.episodeId()), summary, renewDay))
                .sorted(Comparator.comparingLong(CaseSummary::episodeId)).toList();
        if (inIdOrder.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class); // the transaction's own: not ours to close
        try (PreparedStatement deleteRules = connection.prepareStatement(
                     "DELETE FROM deadline_summary_rule WHERE episode_id = ?");
             PreparedStatement deleteCase = connection.prepareStatement(
                     "DELETE FROM deadline_summary WHERE episode_id = ?");
             PreparedStatement insertCase = connection.prepareStatement(
                     "INSERT INTO deadline_summary (episode_id, episode_version, as_of) VALUES (?, ?, ?)");
             PreparedStatement insertRule = connection.prepareStatement("INSERT INTO deadline_summary_rule"
                     + " (episode_id, rule_id, fell_due_3m, on_time_3m, fell_due_12m, on_time_12m)"
                     + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CaseSummary summary : inIdOrder) {
                deleteCase.setLong(1, summary.episodeId());
                deleteCase.addBatch();
                deleteRules.setLong(1, summary.episodeId());
                deleteRules.addBatch();
                insertCase.setLong(1, summary.episodeId());
                insertCase.setInt(2, summary.episodeVersion());
                insertCase.setDate(3, Date.valueOf(summary.asOf()));
                insertCase.addBatch();
                for (RuleCounts counts : summary.counts()) {
                    insertRule.setLong(1, summary.episodeId());
                    insertRule.setString(2, counts.rule().name());
                    insertRule.setInt(3, counts.fellDueThree());
                    insertRule.setInt(4, counts.onTimeThree());
                    insertRule.setInt(5, counts.fellDueTwelve());
                    insertRule.setInt(6, counts.onTimeTwelve());
                    insertRule.addBatch();
                }
            }
            deleteCase.executeBatch();
            deleteRules.executeBatch();
            insertCase.executeBatch();
            insertRule.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the cases' deadline summaries", e);
        }
    }

    /** A summary as stored: the version it was computed from, the day it was written, and its counts. */
    private record Stored(int episodeVersion, LocalDate asOf, Set<RuleCounts> counts) {
    }

    private static boolean stands(Stored stored, CaseSummary computed, boolean renewDay) {
        return stored != null && stored.episodeVersion() == computed.episodeVersion()
                && stored.counts().equals(Set.copyOf(computed.counts()))
                && !(renewDay && stored.asOf().isBefore(computed.asOf()));
    }

    /**
     * The stored summaries of the cases, in two queries that name their keys' indexes to Derby (a join of the two
     * tables read the whole rule table for every batch).
     */
    private Map<Long, Stored> stored(List<Long> episodeIds) {
        EpisodeScope scope = EpisodeScope.of(episodeIds);
        Map<Long, Set<RuleCounts>> counts = new HashMap<>();
        for (Object result : scope.bindPositional(em.createNativeQuery("SELECT r.episode_id, r.rule_id, r.fell_due_3m,"
                + " r.on_time_3m, r.fell_due_12m, r.on_time_12m"
                + " FROM deadline_summary_rule r --DERBY-PROPERTIES constraint=PK_DEADLINE_SUMMARY_RULE\n"
                + " WHERE r.episode_id " + scope.sqlCondition())).getResultList()) {
            Object[] row = (Object[]) result;
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add(new RuleCounts(
                    RuleId.valueOf((String) row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5])));
        }
        Map<Long, Stored> stored = new HashMap<>();
        for (Object result : scope.bindPositional(em.createNativeQuery("SELECT s.episode_id, s.episode_version, s.as_of"
                + " FROM deadline_summary s --DERBY-PROPERTIES constraint=PK_DEADLINE_SUMMARY\n"
                + " WHERE s.episode_id " + scope.sqlCondition())).getResultList()) {
            Object[] row = (Object[]) result;
            long episodeId = ((Number) row[0]).longValue();
            stored.put(episodeId, new Stored(number(row[1]), ((Date) row[2]).toLocalDate(),
                    counts.getOrDefault(episodeId, Set.of())));
        }
        return stored;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
