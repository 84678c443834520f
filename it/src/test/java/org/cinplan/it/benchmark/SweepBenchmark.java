package org.cinplan.it.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepScope;
import org.cinplan.alerts.SweepService;
import org.cinplan.it.AsAdministrator;
import org.cinplan.it.Deployments;
import org.cinplan.demo.bigcouncil.CouncilShape;
import org.cinplan.demo.bigcouncil.SyntheticCouncil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sweep benchmark (its own command, never part of the test suite; see README): fills the real database with
 * synthetic open cases of realistic history (the big council's generator, {@link SyntheticCouncil}: up to two years of
 * meetings, visits and plan versions per case), 1,000 then 10,000 (and more when {@code -Dbenchmark.sizes} asks, e.g.
 * {@code 1000,10000,100000}), and at each size takes the median of 3 runs of: a full sweep; the baseline, the cheapest
 * honest read of the same data (each table the sweep reads, read once for the open cases, no cross product); and an
 * incremental sweep after 1% of the cases change. Figures go to {@code logs/cinplan-benchmark.txt} in the domain, which
 * the build prints. Its database is made afresh for each run (the benchmark profile deletes it before the server
 * starts).
 */
@ExtendWith(ArquillianExtension.class)
class SweepBenchmark {

    /** The first ids of the first load; each later load starts {@link #ID_STRIDE} further on. */
    private static final long FIRST_ID = 50_000_000L;
    private static final long ID_STRIDE = 10_000_000L;
    private static final int RUNS = 3;
    private static final String SIZES = "benchmark-sizes.txt";

    /** Every table a full sweep reads, each read once for the open cases. */
    private static final List<String> BASELINE = List.of(
            "SELECT e.id, e.episode_type, e.decision_date, e.cp_plan_end_date, e.closure_date,"
                    + " e.disabled_childrens_team, e.exceptional_circumstances, e.exceptional_recorded_on,"
                    + " c.date_of_birth, c.disabled, co.code, e.next_check_on FROM episode e JOIN child c ON c.id = e.child_id"
                    + " JOIN family f ON f.id = c.family_id JOIN council co ON co.id = f.council_id WHERE e.closure_date IS NULL",
            "SELECT m.episode_id, m.kind, m.held_on, m.minutes_distributed_on, m.next_review_date, m.plan_update_date,"
                    + " m.outside_window_rationale FROM meeting m JOIN episode e ON e.id = m.episode_id"
                    + " WHERE e.closure_date IS NULL",
            "SELECT v.episode_id, v.visit_date, v.child_seen, v.seen_alone, v.not_alone_reason, v.recorded_on"
                    + " FROM visit v JOIN episode e ON e.id = v.episode_id WHERE e.closure_date IS NULL",
            "SELECT a.episode_id, a.started_on, a.authorised_on FROM assessment a JOIN episode e ON e.id = a.episode_id"
                    + " WHERE e.closure_date IS NULL",
            "SELECT p.episode_id, p.approved_on FROM plan_approval p JOIN episode e ON e.id = p.episode_id"
                    + " WHERE e.closure_date IS NULL",
            "SELECT k.episode_id, k.kind, k.met_on FROM case_checkpoint k JOIN episode e ON e.id = k.episode_id"
                    + " WHERE k.met_on IS NOT NULL AND e.closure_date IS NULL",
            "SELECT s.episode_id, s.occurred_on FROM significant_change s JOIN episode e ON e.id = s.episode_id"
                    + " WHERE e.closure_date IS NULL",
            "SELECT a.episode_id, a.rule_id, a.state, a.occurrence, a.due_date FROM alert a"
                    + " JOIN episode e ON e.id = a.episode_id WHERE e.closure_date IS NULL");

    @Deployment
    static WebArchive deployment() {
        // the sizes are chosen on the Maven command line, read here, and travel to the server inside the archive
        return Deployments.ejbModuleWith(SweepBenchmark.class)
                .addAsResource(new StringAsset(System.getProperty("benchmark.sizes", "1000,10000")), SIZES);
    }

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @Inject
    private SweepService sweeps;

    @Inject
    private AsAdministrator asAdministrator;

    private final List<String> report = new ArrayList<>();

    /** The server's CPU time of the last {@link #median}'s runs (their median): the machine is shared. */
    private long lastCpuMillis;

    @Test
    void sweepTimesAgainstAnHonestReadOfTheSameRows() throws Exception {
        line("cinplan sweep benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; median of " + RUNS
                + " runs");
        List<String> table = new ArrayList<>();
        table.add(String.format("%9s %12s %12s %7s %15s %11s %14s %22s %20s", "cases", "full sweep", "baseline", "ratio",
                "incremental", "incr/full", "heap after", "full, all summaries", "CPU full / baseline"));
        int made = 0;
        int load = 0;
        for (int size : sizes()) {
            insertCases(load++, size - made);
            made = size;
            sweep(SweepScope.FULL); // settle: the first sweep of new cases raises their alerts
            long baselineMillis = median(this::baseline);
            long baselineCpu = lastCpuMillis;
            long fullMillis = median(() -> sweep(SweepScope.FULL));
            long fullCpu = lastCpuMillis;
            long incrementalMillis = median(() -> {
                markChanged(size / 100);
                return sweep(SweepScope.INCREMENTAL);
            });
            long heap = usedHeapMiB();
            long rewritingMillis = median(() -> {
                forgetSummaries();
                return sweep(SweepScope.FULL);
            });
            table.add(String.format("%9d %10d ms %10d ms %7.2f %12d ms %10.1f%% %10d MiB %19d ms %10d / %d ms", size,
                    fullMillis, baselineMillis, (double) fullMillis / Math.max(1, baselineMillis), incrementalMillis,
                    100.0 * incrementalMillis / Math.max(1, fullMillis), heap, rewritingMillis, fullCpu, baselineCpu));
        }
        for (String row : table) {
            line(row);
        }
        line("Targets: full sweep at most 2x the baseline at 100,000 cases; incremental at most 5% of full; heap flat.");
        line("A full sweep writes a case's on-time summary only when it differs from the stored one; the last column is a"
                + " full sweep that writes every case's (the most a new day can ask; usually a day moves some counts of"
                + " some cases).");
    }

    private List<Integer> sizes() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream(SIZES)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split(","))
                    .map(String::strip).map(Integer::valueOf).sorted().toList();
        }
    }

    private interface Timed {
        long millis() throws Exception;
    }

    /** The median wall-clock time of {@link #RUNS} runs; their server CPU time (all threads) goes to {@link #lastCpuMillis}. */
    private long median(Timed timed) throws Exception {
        long[] runs = new long[RUNS];
        long[] cpuRuns = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long cpuBefore = processCpuNanos();
            runs[run] = timed.millis();
            cpuRuns[run] = (processCpuNanos() - cpuBefore) / 1_000_000;
        }
        Arrays.sort(runs);
        Arrays.sort(cpuRuns);
        lastCpuMillis = cpuRuns[RUNS / 2];
        return runs[RUNS / 2];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private long sweep(SweepScope scope) {
        long start = System.nanoTime();
        SweepResult result = asAdministrator.call(() -> sweeps.manual(scope));
        if (result.refused()) {
            throw new IllegalStateException(result.message());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads every column a full sweep reads, each table once, and touches every value. */
    private long baseline() throws SQLException {
        long start = System.nanoTime();
        long checksum = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : BASELINE) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        checksum += rows.getLong(1);
                        for (int column = 2; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("The baseline read found no cases");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One more synthetic council's worth of cases in Reading: teams of about 250 cases, a worker per 20 cases. */
    private void insertCases(int load, int count) throws SQLException, IOException {
        int teams = Math.max(1, count / 250);
        CouncilShape shape = new CouncilShape("READING", "Reading", "BERKSHIRE_WEST", "b" + load, teams,
                Math.max(teams * 3 + 1, count / 20), count, count / teams, FIRST_ID + load * ID_STRIDE);
        long start = System.nanoTime();
        SyntheticCouncil.Loaded loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = SyntheticCouncil.write(connection, shape, "not a password hash: nobody signs in", LocalDate.now());
        }
        line(String.format("loaded %,d cases in %,d ms: %,d meetings, %,d visits, %,d plan versions", loaded.cases(),
                (System.nanoTime() - start) / 1_000_000, loaded.meetings(), loaded.visits(), loaded.planVersions()));
    }

    /**
     * 1% of the cases change as a worker's recording changes them ({@code Episode.markChanged}), so an incremental
     * sweep must read them: the first cases of the first load (up to 1,000, which 1% of 100,000 needs).
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

    /** As if every case's on-time counts had moved: the next full sweep writes them all. */
    private void forgetSummaries() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM deadline_summary_rule");
            statement.executeUpdate("DELETE FROM deadline_summary");
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
