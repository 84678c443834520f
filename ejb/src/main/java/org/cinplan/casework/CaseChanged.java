package org.cinplan.casework;

/**
 * Something recorded on a case changed what its deadlines count from (a visit, a meeting, a plan approval, the child's
 * details, a new episode). Fired inside the transaction that records the change; whoever keeps something computed
 * from a case (the alerts) observes it after that transaction commits, so a rolled-back change is never acted on.
 *
 * @param episodeId the changed case
 */
public record CaseChanged(long episodeId) {
}
