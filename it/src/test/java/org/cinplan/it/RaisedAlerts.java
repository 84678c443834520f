package org.cinplan.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.cinplan.alerts.AlertRaised;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every {@link AlertRaised} announced after its sweep batch committed, as an email reminder would see it. */
@ApplicationScoped
public class RaisedAlerts {

    private final List<AlertRaised> raised = new CopyOnWriteArrayList<>();

    void announced(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        raised.add(alert);
    }

    /** The alerts announced so far for one case, oldest first. */
    public List<AlertRaised> of(long episodeId) {
        return raised.stream().filter(alert -> alert.episodeId() == episodeId).toList();
    }
}
