package org.cinplan.demo.bigcouncil;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A small synthetic council written into a migrated in-memory Derby: the shape asked for, histories by age. */
class SyntheticCouncilTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final CouncilShape SHAPE = new CouncilShape("SUFFOLK", "Suffolk", "SUFFOLK", "t", 4, 30, 400, 130,
            1_000L);

    private static EmbeddedDataSource database;
    private static SyntheticCouncil.Loaded loaded;

    @BeforeAll
    static void writeACouncil() throws SQLException {
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:synthetic-council");
        database.setCreateDatabase("create");
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/derby")
                .load().migrate();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            loaded = SyntheticCouncil.write(connection, SHAPE, "hash", TODAY);
        }
    }

    @Test
    void writesTheTeamsStaffAndOpenCasesAsked() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM team")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM staff_member")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM episode WHERE closure_date IS NULL")).isEqualTo(400).isEqualTo(loaded.cases());
        assertThat(count("SELECT COUNT(*) FROM staff_role WHERE role = 'SERVICE_MANAGER'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM staff_role WHERE role = 'TEAM_MANAGER'")).isEqualTo(4);
    }

    @Test
    void theFirstTeamHoldsItsCasesAndTheTeamManagerLeadsIt() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM episode e JOIN child c ON c.id = e.child_id JOIN family f ON f.id = c.family_id"
                + " JOIN staff_member w ON w.id = f.allocated_worker_id JOIN staff_member m ON m.team_id = w.team_id"
                + " WHERE m.username = 'tm.t'")).isEqualTo(130);
    }

    @Test
    void aCaseAYearOldHasAboutAYearsMeetingsVisitsAndPlanVersions() throws SQLException {
        String yearOld = " WHERE episode_id IN (SELECT id FROM episode WHERE decision_date BETWEEN '2025-11-03' AND '2026-01-03')";
        double cases = count("SELECT COUNT(*) FROM episode WHERE decision_date BETWEEN '2025-11-03' AND '2026-01-03'");
        assertThat(cases).isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM meeting" + yearOld) / cases).isBetween(7.0, 9.5);
        assertThat(count("SELECT COUNT(*) FROM visit" + yearOld) / cases).isBetween(14.0, 19.0);
        assertThat(count("SELECT COUNT(*) FROM plan_approval" + yearOld) / cases).isBetween(3.0, 5.0);
    }

    @Test
    void historiesAreNeverInTheFuture() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE held_on >= '2026-12-03'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM visit WHERE visit_date >= '2026-12-03' OR recorded_on > '2026-12-03'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM plan_approval WHERE approved_on > '2026-12-03'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM episode WHERE decision_date < '2024-12-03'")).isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
