package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.BreakGlass;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;

/** Break-glass on a case's page: the stated reason that opens the record for a while, and ending that early. */
@Named
@ViewScoped
public class BreakGlassView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private CaseDeadlinesView caseView;

    private String reason;

    /** Opens the record and shows it; a refused reason stays on the form with why. */
    public String open() {
        Long episodeId = caseView.getEpisodeId();
        if (FacesMessages.orShowProblem(() -> breakGlass.open(episodeId, reason)) == null) {
            return null;
        }
        return "/case?faces-redirect=true&episode=" + episodeId;
    }

    /** Gives the access up now and goes back to the caseload. */
    public String end() {
        Long episodeId = caseView.getEpisodeId();
        Boolean ended = FacesMessages.orShowProblem(() -> {
            breakGlass.end(episodeId);
            return Boolean.TRUE;
        });
        if (ended == null) {
            return null;
        }
        return "/caseload?faces-redirect=true";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
