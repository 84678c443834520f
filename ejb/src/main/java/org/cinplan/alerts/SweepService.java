package org.cinplan.alerts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs sweeps. A sweep reads cases a batch at a time (never all at once), each batch in its own transaction,
 * keeps a run row with its window and counts, and refuses to start while another holds the database guard; while it
 * runs it renews the guard's heartbeat, so it is never taken over while alive.
 */
@Stateless
@PermitAll
public class SweepService {

    static final int BATCH_SIZE = 500;
    /** Batches in flight at once: one per core of a small server; never all cases in memory. */
    static final int PARALLEL_BATCHES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final Logger LOG = Logger.getLogger(SweepService.class.getName());

    @EJB
    private SweepGuard guard;

    @EJB
    private SweepBatch batch;

    @EJB
    private SweepRunLog runLog;

    @EJB
    private ScheduleCatalog catalog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private AuditTrail auditTrail;

    /** The scheduled sweep: after downtime its window reaches back to the day after the last one covered. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepResult scheduled() {
        return sweep(SweepTrigger.SCHEDULED, SweepScope.FULL, null);
    }

    /** An administrator's sweep by hand: full, or incremental (changed cases and those whose deadlines move today). */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepResult manual(SweepScope scope) {
        if (scope == SweepScope.CASE) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose a full or an incremental sweep");
        }
        String who = context.getCallerPrincipal().getName();
        SweepResult result = sweep(SweepTrigger.MANUAL, scope, who);
        auditTrail.record(who, AuditAction.MANUAL_TIMER_RUN, "SweepRun",
                result.runId() == null ? null : result.runId().toString(), null, scope + " sweep: " + result.message(),
                result.refused() ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS);
        return result;
    }

    /** A case changed: its deadlines and alerts are recomputed now, not at the next sweep. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long caseChanged(long episodeId) {
        LocalDate today = LocalDate.now(clock);
        String who = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        long runId = runLog.start(SweepTrigger.ON_CHANGE, SweepScope.CASE, instance(), who, nowUtc(), today, today);
        runLog.finish(runId, nowUtc(), false, processIsolating(runId, List.of(episodeId), today, batch.escalateAfterDays()));
        return runId;
    }

    /**
     * A council's policy profile changed: its open cases' deadlines and alerts are recomputed now, not at the next
     * sweep. Like a case change it does not wait for the guard: recomputing a case twice does no harm.
     */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepResult councilChanged(CouncilCode council) {
        LocalDate today = LocalDate.now(clock);
        long runId = runLog.start(SweepTrigger.ON_CHANGE, SweepScope.COUNCIL, instance(),
                context.getCallerPrincipal().getName(), nowUtc(), today, today);
        try {
            int escalateAfterDays = batch.escalateAfterDays();
            runLog.finish(runId, nowUtc(), false, inParallelBatches(runId, today, escalateAfterDays,
                    after -> batch.councilPage(council, after)));
        } catch (RuntimeException e) {
            runLog.finish(runId, nowUtc(), true, SweepTally.NOTHING);
            throw e;
        }
        return SweepResult.ran(runId);
    }

    private SweepResult sweep(SweepTrigger requested, SweepScope scope, String requestedBy) {
        LocalDate today = LocalDate.now(clock);
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        if (!guard.acquire(token, instance(), nowUtc())) {
            LOG.warning(() -> "cinplan: " + requested + " sweep refused: another sweep holds the guard");
            return SweepResult.refusedBecauseRunning();
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ScheduledFuture<?> heartbeat = scheduler.scheduleWithFixedDelay(() -> beat(token, running),
                SweepGuard.HEARTBEAT_EVERY.toMillis(), SweepGuard.HEARTBEAT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        Long runId = null;
        try {
            catalog.refreshIfChanged(); // with the calendar and profiles as stored, whichever server changed them
            LocalDate windowFrom = runLog.lastWindowEnd().map(d -> d.plusDays(1)).filter(d -> !d.isAfter(today))
                    .orElse(today);
            SweepTrigger trigger = requested == SweepTrigger.SCHEDULED && windowFrom.isBefore(today)
                    ? SweepTrigger.CATCH_UP : requested;
            // With no sweep yet, every change counts (a date the databases can hold, unlike LocalDateTime.MIN).
            LocalDateTime since = runLog.lastSweepStart().orElse(LocalDateTime.of(1900, 1, 1, 0, 0));
            LocalDateTime startedAt = nowUtc();
            runId = runLog.start(trigger, scope, instance(), requestedBy, startedAt, windowFrom, today);
            runLog.finish(runId, nowUtc(), false, sweepCases(runId, scope, today, since, startedAt));
            return SweepResult.ran(runId);
        } catch (RuntimeException e) {
            if (runId != null) {
                runLog.finish(runId, nowUtc(), true, SweepTally.NOTHING);
            }
            throw e;
        } finally {
            running.set(false);
            heartbeat.cancel(false);
            guard.release(token);
        }
    }

    /** Renews the running sweep's hold on the guard; a failed renewal is tried again at the next beat. */
    private void beat(long token, AtomicBoolean running) {
        try {
            if (!guard.renew(token, nowUtc()) && running.get()) {
                LOG.warning("cinplan: the running sweep no longer holds the sweep guard: its heartbeat stopped for longer"
                        + " than " + SweepGuard.TAKEOVER_AFTER + " and another sweep took it over");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cinplan: could not renew the sweep guard's heartbeat; trying again in "
                    + SweepGuard.HEARTBEAT_EVERY, e);
        }
    }

    /** Pages through the cases in id order, a few batches in flight at once, and adds up what they did. */
    private SweepTally sweepCases(long runId, SweepScope scope, LocalDate today, LocalDateTime changedSince,
                                  LocalDateTime startedAt) {
        int escalateAfterDays = batch.escalateAfterDays();
        SweepTally total = SweepTally.NOTHING;
        for (SweepSlice slice : SweepSlice.of(scope)) {
            total = total.plus(inParallelBatches(runId, today, escalateAfterDays,
                    after -> batch.page(slice, today, changedSince, startedAt, after)));
        }
        return total;
    }

    /** Processes every page {@code nextPage} gives (called with the last id of the page before), a few at once. */
    private SweepTally inParallelBatches(long runId, LocalDate today, int escalateAfterDays,
                                         LongFunction<List<Long>> nextPage) {
        Deque<Future<SweepTally>> inFlight = new ArrayDeque<>();
        SweepTally total = SweepTally.NOTHING;
        long after = 0;
        List<Long> ids;
        do {
            ids = nextPage.apply(after);
            if (!ids.isEmpty()) {
                List<Long> batchIds = ids;
                if (inFlight.size() == PARALLEL_BATCHES) {
                    total = total.plus(await(inFlight.removeFirst()));
                }
                inFlight.addLast(executor.submit(() -> processIsolating(runId, batchIds, today, escalateAfterDays)));
                after = ids.get(ids.size() - 1);
            }
        } while (ids.size() == BATCH_SIZE);
        while (!inFlight.isEmpty()) {
            total = total.plus(await(inFlight.removeFirst()));
        }
        return total;
    }

    private static SweepTally await(Future<SweepTally> batchResult) {
        try {
            return batchResult.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The sweep was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A sweep batch failed: " + rootMessage(e), e);
        }
    }

    /** A batch that fails as a whole (a database error) is retried case by case, so one bad case stays alone. */
    private SweepTally processIsolating(long runId, List<Long> ids, LocalDate today, int escalateAfterDays) {
        try {
            return batch.process(runId, ids, today, escalateAfterDays, nowUtc());
        } catch (EJBException batchFailed) {
            if (ids.size() == 1) {
                runLog.recordFailure(runId, ids.get(0), rootMessage(batchFailed));
                return SweepTally.oneFailure();
            }
            SweepTally total = SweepTally.NOTHING;
            for (Long id : ids) {
                total = total.plus(processIsolating(runId, List.of(id), today, escalateAfterDays));
            }
            return total;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static String instance() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + instance;
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
