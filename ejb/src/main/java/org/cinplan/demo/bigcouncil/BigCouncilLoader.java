package org.cinplan.demo.bigcouncil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.cinplan.admin.PasswordHasher;
import org.cinplan.demo.DemoDataSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Loads the big council ({@link CouncilShape#bigCouncil()}) at start-up when {@code cinplan.big-council} is true
 * ({@code CINPLAN_BIG_COUNCIL=true server-config/run.sh}), once: a database that already has its team manager is left
 * alone. Never in production mode: its logins have the published demo password. Bean-managed, so the rows are
 * committed a batch at a time rather than in one transaction of some 150,000 rows.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class BigCouncilLoader {

    private static final Logger LOG = Logger.getLogger(BigCouncilLoader.class.getName());

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "cinplan.big-council", defaultValue = "false")
    private boolean wanted;

    @Inject
    @ConfigProperty(name = "cinplan.mode", defaultValue = "development")
    private String mode;

    @PostConstruct
    void loadIfWanted() {
        if (!wanted) {
            return;
        }
        if ("production".equalsIgnoreCase(mode.strip())) {
            throw new IllegalStateException("cinplan: refusing to start: the big council was asked for"
                    + " (cinplan.big-council=true) in production mode (cinplan.mode=production)");
        }
        CouncilShape shape = CouncilShape.bigCouncil();
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection, shape.teamManagerUsername())) {
                LOG.info("cinplan: the big council is already loaded");
                return;
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            SyntheticCouncil.Loaded loaded;
            try {
                loaded = SyntheticCouncil.write(connection, shape,
                        passwordHasher.hash(DemoDataSet.DEMO_PASSWORD.toCharArray()), LocalDate.now(clock));
            } finally {
                connection.setAutoCommit(true); // the pooled connection goes back as it came
            }
            LOG.info(() -> "cinplan: big council loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + loaded
                    + "; sign in as " + shape.teamManagerUsername() + " or " + shape.serviceManagerUsername());
        } catch (SQLException e) {
            throw new IllegalStateException("cinplan: the big council could not be loaded: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String username) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT 1 FROM staff_member WHERE username = ?")) {
            find.setString(1, username);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next();
            }
        }
    }
}
