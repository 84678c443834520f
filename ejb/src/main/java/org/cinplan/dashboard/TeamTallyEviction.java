package org.cinplan.dashboard;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.cinplan.casework.CaseChanged;

/** A changed case's team has its kept on-time counts forgotten once the change has committed ({@link TeamTallies}). */
@Dependent
class TeamTallyEviction {

    @Inject
    private TeamTallies tallies;

    @Inject
    private CaseTeams caseTeams;

    /** After the case's recompute (which observes the same event at the default priority) has stored its summary. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 900)
                     CaseChanged change) {
        caseTeams.teamOf(change.episodeId()).ifPresent(tallies::forget);
    }
}
