package org.cinplan.it;

import jakarta.persistence.EntityManager;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;

/** Councils for in-container tests: the demo data's, or made when a test database has none. */
final class TestCouncils {

    private TestCouncils() {
    }

    /** Reading (Berkshire West policy), found or made; call inside a transaction. */
    static Council reading(EntityManager em) {
        return em.createQuery("select c from Council c where c.code = 'READING'", Council.class)
                .getResultList().stream().findFirst().orElseGet(() -> {
                    Council council = new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST);
                    em.persist(council);
                    return council;
                });
    }
}
