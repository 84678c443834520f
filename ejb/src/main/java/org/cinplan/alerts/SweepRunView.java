package org.cinplan.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A run of the run log. */
public record SweepRunView(long id, SweepTrigger trigger, SweepScope scope, String serverInstance, String requestedBy,
                           LocalDateTime startedAt, LocalDateTime finishedAt, LocalDate windowFrom, LocalDate windowTo,
                           String profileVersions, int casesExamined, int alertsRaised, int alertsResolved,
                           int alertsEscalated, int failureCount, SweepOutcome outcome) {

    static SweepRunView of(SweepRun run) {
        return new SweepRunView(run.id(), run.trigger(), run.scope(), run.serverInstance(), run.requestedBy(),
                run.startedAt(), run.finishedAt(), run.windowFrom(), run.windowTo(), run.profileVersions(),
                run.casesExamined(), run.alertsRaised(), run.alertsResolved(), run.alertsEscalated(),
                run.failureCount(), run.outcome());
    }
}
