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
 * runs, as the schema's owner ({@code jdbc/cinplan-owner}); then grants the application's database user (system
 * property {@value #APP_USER_PROPERTY}, when it is another user) what it needs (see {@link DatabaseGrants}).
 * Bean-managed transactions, because Flyway commits its own work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    static final String APP_USER_PROPERTY = "cinplan.database.app-user";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/cinplan-owner")
    private DataSource ownerDataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "cinplan schema: " + result.migrationsExecuted + " migration(s) applied now, schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion));
        String appUser = System.getProperty(APP_USER_PROPERTY, "");
        try (Connection connection = ownerDataSource.getConnection()) {
            if (appUser.isBlank() || appUser.equalsIgnoreCase(connection.getMetaData().getUserName())) {
                LOG.warning(() -> "cinplan: the application's database user owns the schema, so nothing in the"
                        + " database stops it changing the audit trail; configure an owner and an application user"
                        + " (README, \"Database users\")");
                return;
            }
            int tables = DatabaseGrants.grant(connection, appUser);
            LOG.info(() -> "cinplan: database user " + appUser + " may use " + tables + " tables; the audit trail"
                    + " only to read and add");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the application's database user its rights", e);
        }
    }

    /** The folder of migrations for what this database does its own way (the audit trail's append-only guard). */
    private String vendor() {
        try (Connection connection = ownerDataSource.getConnection()) {
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
