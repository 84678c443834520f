package org.cinplan.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Writes the run log: each change in a transaction of its own, so the log survives whatever the sweep meets. */
@Stateless
public class SweepRunLog {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start(SweepTrigger trigger, SweepScope scope, String instance, String requestedBy, LocalDateTime at,
                      LocalDate windowFrom, LocalDate windowTo) {
        SweepRun run = new SweepRun(trigger, scope, instance, requestedBy, at, windowFrom, windowTo);
        em.persist(run);
        em.flush();
        return run.id();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long runId, long episodeId, String message) {
        em.persist(new SweepFailure(runId, episodeId, message));
    }

    /** Closes the run with what its batches did, all together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, LocalDateTime at, boolean failed, SweepTally total) {
        SweepRun run = em.find(SweepRun.class, runId);
        run.add(total);
        run.finish(at, failed);
    }

    /** The last day covered by a finished scheduled, catch-up or manual full sweep: where the next window starts. */
    public Optional<LocalDate> lastWindowEnd() {
        return em.createQuery("select max(r.windowTo) from SweepRun r where r.scope = :full and r.outcome in :done",
                        LocalDate.class)
                .setParameter("full", SweepScope.FULL)
                .setParameter("done", java.util.List.of(SweepOutcome.COMPLETED, SweepOutcome.COMPLETED_WITH_FAILURES))
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** When the last finished full or incremental sweep started: cases changed since then need reading again. */
    public Optional<LocalDateTime> lastSweepStart() {
        return em.createQuery("select max(r.startedAt) from SweepRun r where r.scope in :everyCase and r.outcome in :done",
                        LocalDateTime.class)
                .setParameter("everyCase", java.util.List.of(SweepScope.FULL, SweepScope.INCREMENTAL))
                .setParameter("done", java.util.List.of(SweepOutcome.COMPLETED, SweepOutcome.COMPLETED_WITH_FAILURES))
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
