package org.cinplan.web.alerts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertView;
import org.cinplan.alerts.RunFailure;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepRunView;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;

/** One sweep run: its counts, and a page at a time the alerts it changed and the cases it could not evaluate. */
@Named
@ViewScoped
public class RunDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunLogQueries runLog;

    private Long runId;
    private SweepRunView run;
    private DatabasePage<AlertView> alerts;
    private DatabasePage<RunFailure> failures;

    public void load() {
        if (runId == null) {
            FacesMessages.error("No run was chosen: open one from the run log");
            return;
        }
        run = FacesMessages.orShowProblem(() -> runLog.run(runId));
        long id = runId;
        alerts = new DatabasePage<>((first, size) -> runLog.runAlerts(id, first, size), () -> runLog.runAlertCount(id));
        failures = new DatabasePage<>((first, size) -> runLog.runFailures(id, first, size),
                () -> runLog.runFailureCount(id));
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public SweepRunView getRun() {
        return run;
    }

    public DatabasePage<AlertView> getAlerts() {
        return alerts;
    }

    public DatabasePage<RunFailure> getFailures() {
        return failures;
    }
}
