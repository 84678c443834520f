package org.cinplan.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepScope;
import org.cinplan.alerts.SweepService;
import org.cinplan.it.AsAdministrator;
import org.cinplan.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweep benchmark (its own command, never part of the test suite; see README): fills the real database
 * with synthetic open cases, 1,000 then 10,000 then 100,000, and at each size times a full sweep beside one raw
 * SQL query reading the same rows, then an incremental sweep after 1% of the cases change. Figures go to
 * {@code logs/cinplan-benchmark.txt} in the domain, which the build prints. Its database is made afresh for each
 * run (the benchmark profile deletes it before the server starts).
 */
@ExtendWith(ArquillianExtension.class)
class SweepBenchmark {

    private static final long FIRST_ID = 50_000_000L;
    private static final int INSERT_BATCH = 2_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(SweepBenchmark.class);
    }

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @Inject
    private SweepService sweeps;

    @Inject
    private AsAdministrator asAdministrator;

    private final List<String> report = new ArrayList<>();

    @Test
    void sweepTimesAgainstARawReadOfTheSameRows() throws Exception {
        int[] sizes = {1_000, 10_000, 100_000};
        line("cinplan sweep benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        line(String.format("%9s %12s %12s %7s %15s %11s %14s", "cases", "full sweep", "raw read", "ratio",
                "incremental", "incr/full", "heap after"));
        int made = 0;
        for (int size : sizes) {
            insertCases(made, size - made);
            made = size;
            sweep(SweepScope.FULL); // settle: the first sweep of new cases raises their alerts
            long rawMillis = rawRead();
            long fullMillis = sweep(SweepScope.FULL);
            markChanged(size / 100);
            long incrementalMillis = sweep(SweepScope.INCREMENTAL);
            line(String.format("%9d %10d ms %10d ms %7.2f %12d ms %10.1f%% %10d MiB", size, fullMillis, rawMillis,
                    (double) fullMillis / Math.max(1, rawMillis), incrementalMillis,
                    100.0 * incrementalMillis / Math.max(1, fullMillis), usedHeapMiB()));
        }
        line("Targets: full sweep at most 2x the raw read at 100,000 cases; incremental at most 5% of full; heap flat.");
    }

    private long sweep(SweepScope scope) {
        long start = System.nanoTime();
        SweepResult result = asAdministrator.call(() -> sweeps.manual(scope));
        if (result.refused()) {
            throw new IllegalStateException(result.message());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One query reading every row a full sweep reads: the open cases with child, family, council, meetings, visits. */
    private long rawRead() throws SQLException {
        long start = System.nanoTime();
        long checksum = 0;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT e.id, e.episode_type, e.decision_date, e.closure_date,"
                     + " e.cp_plan_end_date, c.date_of_birth, c.disabled, co.code, m.held_on, m.kind,"
                     + " m.minutes_distributed_on, m.next_review_date, v.visit_date, v.child_seen, v.seen_alone,"
                     + " v.recorded_on, a.state, a.due_date"
                     + " FROM episode e JOIN child c ON c.id = e.child_id JOIN family f ON f.id = c.family_id"
                     + " JOIN council co ON co.id = f.council_id LEFT JOIN meeting m ON m.episode_id = e.id"
                     + " LEFT JOIN visit v ON v.episode_id = e.id LEFT JOIN alert a ON a.episode_id = e.id"
                     + " WHERE e.closure_date IS NULL")) {
            while (rows.next()) {
                checksum += rows.getLong(1);
                for (int column = 2; column <= 18; column++) {
                    rows.getObject(column);
                }
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("The raw read found no cases");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void insertCases(int from, int count) throws SQLException {
        LocalDate today = LocalDate.now();
        try (Connection connection = dataSource.getConnection()) {
            long council = single(connection, "SELECT id FROM council WHERE code = 'READING'");
            long worker = single(connection, "SELECT id FROM staff_member WHERE username = 'sw.demo'");
            try (PreparedStatement family = connection.prepareStatement("INSERT INTO family (id, council_id, name,"
                    + " allocated_worker_id, row_version) VALUES (?, ?, ?, ?, 1)");
                 PreparedStatement child = connection.prepareStatement("INSERT INTO child (id, family_id, la_child_id,"
                         + " given_name, family_name, date_of_birth, sex, disabled, row_version)"
                         + " VALUES (?, ?, ?, 'Synthetic', 'Case', ?, 'U', FALSE, 1)");
                 PreparedStatement episode = connection.prepareStatement("INSERT INTO episode (id, child_id,"
                         + " episode_type, referral_date, decision_date, primary_need_code, disabled_childrens_team,"
                         + " row_version) VALUES (?, ?, 'STANDARD', ?, ?, 'N1', FALSE, 1)");
                 PreparedStatement meeting = connection.prepareStatement("INSERT INTO meeting (id, episode_id, kind,"
                         + " held_on, minutes_distributed_on, next_review_date, row_version) VALUES (?, ?, 'INITIAL', ?, ?, ?, 1)");
                 PreparedStatement visit = connection.prepareStatement("INSERT INTO visit (id, episode_id, visit_date,"
                         + " child_seen, seen_alone, recorded_on, row_version) VALUES (?, ?, ?, TRUE, TRUE, ?, 1)")) {
                for (int i = from; i < from + count; i++) {
                    long id = FIRST_ID + i;
                    LocalDate decision = today.minusDays(20 + i % 300);
                    family.setLong(1, id);
                    family.setLong(2, council);
                    family.setString(3, "Synthetic family " + i);
                    family.setLong(4, worker);
                    family.addBatch();
                    child.setLong(1, id);
                    child.setLong(2, id);
                    child.setString(3, "SYN" + id);
                    child.setDate(4, Date.valueOf(today.minusYears(1 + i % 16)));
                    child.addBatch();
                    episode.setLong(1, id);
                    episode.setLong(2, id);
                    episode.setDate(3, Date.valueOf(decision.minusDays(10)));
                    episode.setDate(4, Date.valueOf(decision));
                    episode.addBatch();
                    LocalDate held = decision.plusDays(7);
                    meeting.setLong(1, id);
                    meeting.setLong(2, id);
                    meeting.setDate(3, Date.valueOf(held));
                    meeting.setDate(4, Date.valueOf(held.plusDays(5)));
                    meeting.setDate(5, Date.valueOf(held.plusWeeks(6)));
                    meeting.addBatch();
                    LocalDate visited = today.minusDays(i % 30);
                    visit.setLong(1, id);
                    visit.setLong(2, id);
                    visit.setDate(3, Date.valueOf(visited.isBefore(decision) ? decision : visited));
                    visit.setDate(4, Date.valueOf(visited.isBefore(decision) ? decision : visited));
                    visit.addBatch();
                    if ((i - from + 1) % INSERT_BATCH == 0 || i == from + count - 1) {
                        for (PreparedStatement statement : List.of(family, child, episode, meeting, visit)) {
                            statement.executeBatch();
                        }
                    }
                }
            }
        }
    }

    /**
     * 1% of the cases change as a worker's recording changes them ({@code Episode.markChanged}), so an incremental
     * sweep must read them.
     */
    private void markChanged(int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE episode SET last_changed_at = ?, next_check_on = NULL WHERE id >= ? AND id < ?")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC))); // stored in UTC, as the app does
            update.setLong(2, FIRST_ID);
            update.setLong(3, FIRST_ID + count);
            update.executeUpdate();
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("Nothing for " + sql + ": load the demo data first");
            }
            return rows.getLong(1);
        }
    }

    private static long usedHeapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private void line(String text) throws IOException {
        report.add(text);
        Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs", "cinplan-benchmark.txt");
        Files.write(file, report);
    }
}
