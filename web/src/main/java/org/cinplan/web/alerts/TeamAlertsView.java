package org.cinplan.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertView;
import org.cinplan.web.DatabasePage;

import java.io.Serializable;

/** A manager's view of their team's overdue and escalated alerts. */
@Named
@ViewScoped
public class TeamAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlertQueries alertQueries;

    private DatabasePage<AlertView> alerts;

    @PostConstruct
    void load() {
        alerts = new DatabasePage<>(alertQueries::teamOverdueAlerts, alertQueries::teamOverdueAlertCount);
    }

    public DatabasePage<AlertView> getAlerts() {
        return alerts;
    }
}
