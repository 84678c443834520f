package org.cinplan.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The team a case is allocated in, for {@link TeamTallyEviction}. A session bean rather than a query in the observer:
 * an after-commit observer runs once the EJB call that fired the event has ended, where a persistence context
 * injected into a plain CDI bean cannot be found ("Unable to retrieve EntityManagerFactory").
 */
@Stateless
@PermitAll
public class CaseTeams {

    @PersistenceContext
    private EntityManager em;

    public Optional<Long> teamOf(long episodeId) {
        return em.createQuery("select w.team.id from Episode e join e.child c join c.family f join f.allocatedWorker w"
                        + " where e.id = :episode", Long.class)
                .setParameter("episode", episodeId)
                .getResultStream().findFirst();
    }
}
