package org.cinplan.alerts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.cinplan.casework.CaseChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes a changed case's deadlines and alerts as soon as the change has committed, before the request that made
 * it returns (a synchronous observer), in transactions of the sweep's own. A recompute that fails leaves the saved
 * change as it is: it is logged, and the next incremental sweep reads the case again (the change cleared the case's
 * next-check date).
 */
@Dependent
class CaseChangeRecompute {

    private static final Logger LOG = Logger.getLogger(CaseChangeRecompute.class.getName());

    @EJB
    private SweepService sweeps;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseChanged change) {
        try {
            sweeps.caseChanged(change.episodeId());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: case " + change.episodeId()
                    + " was saved but its deadlines and alerts were not recomputed; the next sweep will");
        }
    }
}
