package org.cinplan.web.alerts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepRunDetail;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;

/** One sweep run: its counts, the alerts it changed and the cases it could not evaluate. */
@Named
@ViewScoped
public class RunDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunLogQueries runLog;

    private Long runId;
    private SweepRunDetail detail;

    public void load() {
        if (runId == null) {
            FacesMessages.error("No run was chosen: open one from the run log");
            return;
        }
        detail = FacesMessages.orShowProblem(() -> runLog.run(runId));
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public SweepRunDetail getDetail() {
        return detail;
    }
}
