package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.alerts.AlertRaised;
import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.RunFailure;
import org.cinplan.alerts.RunLogFilter;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepGuard;
import org.cinplan.alerts.SweepOutcome;
import org.cinplan.alerts.SweepRunView;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepSchedule;
import org.cinplan.alerts.SweepScope;
import org.cinplan.alerts.SweepService;
import org.cinplan.alerts.SweepTrigger;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.RuleId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The timer sweeps on a real Payara and its database: firing, idempotence, catch-up, isolation and the guard. */
@ExtendWith(ArquillianExtension.class)
class SweepIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(SweepIT.class, RaisedAlerts.class);
    }

    @Inject
    private SweepService sweeps;

    @Inject
    private SweepSchedule schedule;

    @Inject
    private SweepGuard guard;

    @Inject
    private RunLogQueries runLog;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private RaisedAlerts raisedAlerts;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theTimerFiresAndWritesARunRow() throws InterruptedException {
        long lastRunBefore = count("select coalesce(max(r.id), 0) from SweepRun r");
        asAdministrator.call(() -> {
            schedule.fireOnceIn(Duration.ofSeconds(1));
            return null;
        });

        SweepRunView run = null;
        for (int i = 0; i < 120 && run == null; i++) {
            Thread.sleep(500);
            run = asAdministrator.call(() -> runLog.runs(RunLogFilter.everything(), 0, 5)).stream()
                    .filter(r -> r.id() > lastRunBefore)
                    .filter(r -> r.trigger() == SweepTrigger.SCHEDULED || r.trigger() == SweepTrigger.CATCH_UP)
                    .filter(r -> r.outcome() != SweepOutcome.RUNNING)
                    .findFirst().orElse(null);
        }
        assertThat(run).as("a run row written by the timer").isNotNull();
        assertThat(run.casesExamined()).isPositive();
        assertThat(run.windowTo()).isEqualTo(today);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.requestedBy()).isNull();
    }

    @Test
    void aSecondSweepMakesNoDuplicateAlertsAndRaisesNothingNew() {
        SweepResult first = asAdministrator.call(() -> sweeps.manual(SweepScope.FULL));
        long alerts = count("select count(a) from Alert a");
        SweepResult second = asAdministrator.call(() -> sweeps.manual(SweepScope.FULL));

        assertThat(first.refused()).isFalse();
        assertThat(second.refused()).isFalse();
        assertThat(alerts).as("the demo cases have overdue and due-soon deadlines").isPositive();
        assertThat(count("select count(a) from Alert a")).isEqualTo(alerts);
        SweepRunView again = asAdministrator.call(() -> runLog.run(second.runId()));
        assertThat(again.alertsRaised()).isZero();
        assertThat(again.alertsEscalated()).isZero();
        assertThat(again.requestedBy()).isEqualTo("it-administrator");
        assertThat(again.trigger()).isEqualTo(SweepTrigger.MANUAL);
        assertThat(Paging.everyPage((from, size) -> asAdministrator.call(() -> runLog.runAlerts(first.runId(), from, size)), 7))
                .as("a run's alerts read 7 at a time").hasSize(Math.toIntExact(asAdministrator.call(() -> runLog.runAlertCount(first.runId()))))
                .doesNotHaveDuplicates();
        assertThat(em.createNativeQuery("SELECT episode_id, rule_id FROM alert GROUP BY episode_id, rule_id HAVING COUNT(*) > 1")
                .getResultList()).isEmpty();
    }

    @Test
    void aSweepAfterDowntimeCoversEveryMissedDayAndSaysSo() throws Exception {
        transaction.begin();
        em.createQuery("update SweepRun r set r.outcome = :failed").setParameter("failed", SweepOutcome.FAILED).executeUpdate();
        em.createNativeQuery("INSERT INTO sweep_run (run_trigger, scope, server_instance, started_at, finished_at,"
                        + " window_from, window_to, cases_examined, alerts_raised, alerts_resolved, alerts_escalated,"
                        + " failure_count, outcome, row_version) VALUES ('SCHEDULED', 'FULL', 'test', ?, ?, ?, ?, 0, 0, 0, 0, 0, 'COMPLETED', 1)")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(5))
                .setParameter(2, LocalDateTime.now(ZoneOffset.UTC).minusDays(5))
                .setParameter(3, today.minusDays(5))
                .setParameter(4, today.minusDays(5))
                .executeUpdate();
        transaction.commit();

        SweepResult result = sweeps.scheduled();

        SweepRunView run = asAdministrator.call(() -> runLog.run(result.runId()));
        assertThat(run.trigger()).isEqualTo(SweepTrigger.CATCH_UP);
        assertThat(run.windowFrom()).isEqualTo(today.minusDays(4));
        assertThat(run.windowTo()).isEqualTo(today);
        assertThat(run.outcome()).isIn(SweepOutcome.COMPLETED, SweepOutcome.COMPLETED_WITH_FAILURES);
    }

    @Test
    void aCaseThatCannotBeEvaluatedIsRecordedAndTheSweepGoesOn() throws Exception {
        long badEpisode = createCase(null);
        try {
            SweepResult result = asAdministrator.call(() -> sweeps.manual(SweepScope.FULL));

            SweepRunView run = asAdministrator.call(() -> runLog.run(result.runId()));
            List<RunFailure> failures = asAdministrator.call(() -> runLog.runFailures(result.runId(), 0, 10));
            assertThat(run.outcome()).isEqualTo(SweepOutcome.COMPLETED_WITH_FAILURES);
            assertThat(failures).extracting(RunFailure::episodeId).containsExactly(badEpisode);
            assertThat(failures.get(0).message()).contains("date of birth");
            assertThat(asAdministrator.call(() -> runLog.runFailureCount(result.runId()))).isEqualTo(1);
            assertThat(asAdministrator.call(() -> runLog.runFailures(result.runId(), 1, 10))).isEmpty();
            RunLogFilter withFailures = new RunLogFilter(null, null, SweepTrigger.MANUAL, SweepOutcome.COMPLETED_WITH_FAILURES);
            assertThat(asAdministrator.call(() -> runLog.runCount(withFailures)))
                    .isEqualTo(asAdministrator.call(() -> runLog.runs(withFailures, 0, 500)).size()).isPositive();
            Paging.assertRefused(() -> asAdministrator.call(() -> runLog.runFailures(result.runId(), 0, Paging.HUGE_PAGE)));
            assertThat(run.casesExamined()).isGreaterThan(1);
        } finally {
            transaction.begin();
            em.createQuery("delete from Episode e where e.id = :id").setParameter("id", badEpisode).executeUpdate();
            transaction.commit();
        }
    }

    @Test
    void aSweepIsRefusedWhileAnotherHoldsTheGuard() {
        long holder = 42L;
        assertThat(guard.acquire(holder, "another-server", LocalDateTime.now(ZoneOffset.UTC))).isTrue();
        try {
            long runsBefore = countRuns();
            SweepResult refused = asAdministrator.call(() -> sweeps.manual(SweepScope.FULL));
            assertThat(refused.refused()).isTrue();
            assertThat(refused.message()).contains("Another sweep is running");
            assertThat(countRuns()).as("no run row for a refused sweep").isEqualTo(runsBefore);
            assertThat(guard.acquire(7L, "a-third-server", LocalDateTime.now(ZoneOffset.UTC))).isFalse();
        } finally {
            guard.release(holder);
        }
        assertThat(asAdministrator.call(() -> sweeps.manual(SweepScope.INCREMENTAL)).refused()).isFalse();
    }

    @Test
    void aLongSweepKeepingItsHeartbeatIsNeverTakenOverButOneWhoseHeartbeatStoppedIs() {
        long longSweep = 4242L;
        long nextSweep = 4343L;
        LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(guard.acquire(longSweep, "server-a", started)).isTrue();
        try {
            LocalDateTime lastBeat = started;
            for (int minute = 1; minute <= 180; minute++) {
                lastBeat = started.plusMinutes(minute);
                assertThat(guard.renew(longSweep, lastBeat)).as("beat after %d minutes", minute).isTrue();
                if (minute % 30 == 0) {
                    assertThat(guard.acquire(nextSweep, "server-b", lastBeat.plusSeconds(59)))
                            .as("taken over after %d minutes of a live sweep", minute).isFalse();
                }
            }

            // server-a dies: no more beats
            assertThat(guard.acquire(nextSweep, "server-b", lastBeat.plus(SweepGuard.TAKEOVER_AFTER))).isFalse();
            assertThat(guard.acquire(nextSweep, "server-b", lastBeat.plus(SweepGuard.TAKEOVER_AFTER).plusSeconds(1)))
                    .isTrue();
            assertThat(guard.renew(longSweep, lastBeat.plusMinutes(12))).as("the dead holder has lost the guard").isFalse();
            guard.release(longSweep);
            assertThat(guard.acquire(7L, "server-c", lastBeat.plusMinutes(12)))
                    .as("the old holder's release leaves the new holder's guard").isFalse();
        } finally {
            guard.release(longSweep);
            guard.release(nextSweep);
        }
    }

    @Test
    void anIncrementalSweepReadsJustTheChangedTheDueAndTheNewlyClosedCases() throws Exception {
        long changed = createCase(today.minusYears(5));
        long due = createCase(today.minusYears(6));
        long closed = createCase(today.minusYears(7));
        asAdministrator.call(() -> sweeps.manual(SweepScope.FULL));
        assertThat(openAlertsOf(closed)).as("the first meeting is overdue").isPositive();
        transaction.begin();
        em.find(Episode.class, changed).markChanged(LocalDateTime.now(ZoneOffset.UTC));
        em.createQuery("update Episode e set e.nextCheckOn = :today where e.id = :id")
                .setParameter("today", today).setParameter("id", due).executeUpdate();
        // Closed the day after the decision, before anything fell due, and without its own recompute (as if that
        // failed): its alerts are about deadlines that no longer apply.
        em.find(Episode.class, closed).close(today.minusDays(29), "RC8", LocalDateTime.now(ZoneOffset.UTC));
        transaction.commit();
        assertThat(nextCheckOf(changed)).as("a change makes the case due for a check").isNull();

        SweepResult result = asAdministrator.call(() -> sweeps.manual(SweepScope.INCREMENTAL));

        SweepRunView run = asAdministrator.call(() -> runLog.run(result.runId()));
        assertThat(run.casesExamined() - run.failureCount()).as("every other case's next check is still to come")
                .isEqualTo(3);
        assertThat(nextCheckOf(changed)).isAfter(today);
        assertThat(nextCheckOf(due)).isAfter(today);
        assertThat(openAlertsOf(closed)).as("a closed case's alerts are resolved").isZero();
    }

    private long openAlertsOf(long episodeId) {
        return em.createQuery("select count(a) from Alert a where a.episodeId = :id"
                        + " and a.state <> org.cinplan.alerts.AlertState.RESOLVED", Long.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    private LocalDate nextCheckOf(long episodeId) {
        return em.createQuery("select e.nextCheckOn from Episode e where e.id = :id", LocalDate.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    @Test
    void aChangedCaseIsRecomputedAtOnce() {
        long episodeId = em.createQuery("select e.id from Episode e where e.closureDate is null order by e.id", Long.class)
                .setMaxResults(1).getSingleResult();
        long runId = sweeps.caseChanged(episodeId);
        SweepRunView run = asAdministrator.call(() -> runLog.run(runId));
        assertThat(run.trigger()).isEqualTo(SweepTrigger.ON_CHANGE);
        assertThat(run.scope()).isEqualTo(SweepScope.CASE);
        assertThat(run.casesExamined()).isEqualTo(1);
    }

    @Test
    void raisingAnAlertAnnouncesItOnce() throws Exception {
        long episodeId = createCase(today.minusYears(6));

        sweeps.caseChanged(episodeId);

        List<AlertRaised> announced = raisedAlerts.of(episodeId);
        assertThat(announced).as("the initial meeting, 10 working days after a decision 30 days ago, is overdue")
                .anySatisfy(alert -> {
                    assertThat(alert.rule()).isEqualTo(RuleId.INITIAL_MEETING);
                    assertThat(alert.state()).isIn(AlertState.OVERDUE, AlertState.ESCALATED);
                    assertThat(alert.dueDate()).isBefore(today);
                });
        assertThat(openAlertsOf(episodeId)).isEqualTo(announced.size());

        sweeps.caseChanged(episodeId);
        assertThat(raisedAlerts.of(episodeId)).as("recomputing the same day raises nothing new").isEqualTo(announced);
    }

    /** A Reading case decided 30 days ago with nothing recorded since; without a date of birth it cannot be evaluated. */
    private long createCase(LocalDate dateOfBirth) throws Exception {
        transaction.begin();
        Council reading = em.createQuery("select c from Council c where c.code = 'READING'", Council.class).getSingleResult();
        Family family = new Family(reading, "Sweep test family");
        em.persist(family);
        Child child = new Child(family, "SWP" + UUID.randomUUID().toString().substring(0, 8), "Sweep", "Child",
                dateOfBirth, Sex.U, null, false);
        em.persist(child);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, today.minusDays(40), today.minusDays(30), "N1",
                false);
        em.persist(episode);
        em.flush();
        long id = episode.id();
        transaction.commit();
        return id;
    }

    private long countRuns() {
        return count("select count(r) from SweepRun r");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
