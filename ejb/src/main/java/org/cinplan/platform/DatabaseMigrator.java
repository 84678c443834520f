package org.cinplan.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} (and
 * {@code db/vendor/<database>} for the little that each database does its own way) before anything else
 * runs. Bean-managed transactions, because Flyway commits its own work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "cinplan schema: " + result.migrationsExecuted + " migration(s) applied now, schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion));
    }

    /** The folder of migrations for what this database does its own way (the audit trail's append-only guard). */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.contains("Derby")) {
                return "derby";
            }
            if (product.contains("PostgreSQL")) {
                return "postgresql";
            }
            throw new IllegalStateException("cinplan runs on Apache Derby or PostgreSQL, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the cinplan database to migrate it", e);
        }
    }
}
