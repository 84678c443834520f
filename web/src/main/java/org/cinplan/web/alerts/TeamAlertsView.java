package org.cinplan.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertView;

import java.io.Serializable;
import java.util.List;

/** A manager's view of their team's overdue and escalated alerts. */
@Named
@ViewScoped
public class TeamAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlertQueries alertQueries;

    private List<AlertView> alerts;

    @PostConstruct
    void load() {
        alerts = alertQueries.teamOverdueAlerts();
    }

    public List<AlertView> getAlerts() {
        return alerts;
    }
}
