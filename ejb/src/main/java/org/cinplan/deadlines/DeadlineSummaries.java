package org.cinplan.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps each case's on-time counts per rule ({@link CaseSummary}) in the database, written by whatever computed the
 * case's deadlines anyway: the sweep (every open case, daily), the recompute after each change, and a dashboard view
 * for a case that had none. The team dashboard adds them up with one aggregate query. A summary stands while the
 * case's episode version is the one it was computed from (every change to a case moves it on) and it is at most a
 * day old: the daily sweep renews every open case's.
 *
 * <p>Written with JDBC batches in the caller's connection, in episode id order (two writers never lock rows in
 * opposite orders).
 */
@Stateless
@PermitAll
public class DeadlineSummaries {

    @PersistenceContext
    private EntityManager em;

    /** Replaces the cases' summaries in the caller's transaction (a sweep batch's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void store(Collection<CaseSummary> summaries) {
        write(summaries);
    }

    /**
     * Replaces the cases' summaries in a transaction of their own, for a view that computed them: committed before the
     * view adds them up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeApart(Collection<CaseSummary> summaries) {
        write(summaries);
    }

    private void write(Collection<CaseSummary> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        List<CaseSummary> inIdOrder = summaries.stream().sorted(Comparator.comparingLong(CaseSummary::episodeId)).toList();
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
}
