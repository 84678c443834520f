package org.cinplan.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.platform.DemoLogins;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo data set once, into an empty database only, and only when asked ({@code cinplan.demo-data=true}, which
 * the run command sets): a database that holds any council or any member of staff is never touched. In production mode
 * ({@code cinplan.mode=production}) it refuses to let the server start while any demo login, whose password is
 * published, can sign in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    static final String PRODUCTION = "production";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoDataSet dataSet;

    @Inject
    @ConfigProperty(name = "cinplan.demo-data", defaultValue = "false")
    private boolean demoDataWanted;

    @Inject
    @ConfigProperty(name = "cinplan.mode", defaultValue = "development")
    private String mode;

    @PostConstruct
    void loadIfWantedAndEmpty() {
        if (PRODUCTION.equalsIgnoreCase(mode.strip())) {
            refuseDemoLoginsInProduction();
            return;
        }
        if (!demoDataWanted) {
            LOG.info("cinplan: no demo data (cinplan.demo-data is not true)");
            return;
        }
        long existingRows = em.createQuery("select count(c) from Council c", Long.class).getSingleResult()
                + em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
        if (existingRows > 0) {
            LOG.info("cinplan: database already holds data; demo data not loaded");
            return;
        }
        DemoDataSet.Summary summary = dataSet.loadInto(em, Clock.systemDefaultZone());
        LOG.info(() -> "cinplan: demo data loaded: " + summary);
    }

    private void refuseDemoLoginsInProduction() {
        if (demoDataWanted) {
            throw new IllegalStateException("cinplan: refusing to start: demo data was asked for (cinplan.demo-data=true)"
                    + " in production mode (cinplan.mode=production)");
        }
        List<String> demoLogins = em.createQuery("select s.username from StaffMember s where s.enabled = true"
                        + " and s.username in :demo order by s.username", String.class)
                .setParameter("demo", DemoLogins.USERNAMES).getResultList();
        if (!demoLogins.isEmpty()) {
            throw new IllegalStateException("cinplan: refusing to start in production mode (cinplan.mode=production):"
                    + " the database holds demo logins whose password is published (" + String.join(", ", demoLogins)
                    + "). Use a database without demo data, or disable those users first.");
        }
    }
}
