package org.cinplan.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the demo data set once, into an empty database only: a database that holds any council or any
 * member of staff is never touched.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoDataSet dataSet;

    @Inject
    @ConfigProperty(name = "cinplan.demo-data", defaultValue = "true")
    private boolean demoDataWanted;

    @PostConstruct
    void loadIfWantedAndEmpty() {
        if (!demoDataWanted) {
            LOG.info("cinplan: demo data switched off (cinplan.demo-data=false)");
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
}
