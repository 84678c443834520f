package org.cinplan.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.EarlyClosureDecisionForm;
import org.cinplan.casework.EarlyClosureDecisions;
import org.cinplan.casework.EarlyClosureStatus;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * On a case's page: until when the plan stays open (MIN_DURATION_AFTER_CP, MIN_DURATION_FROM_START), and the form on
 * which a team or practice manager records the decision that it may close earlier. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class EarlyClosureDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EarlyClosureDecisions decisions;

    @Inject
    private CaseDeadlinesView caseView;

    private EarlyClosureStatus status;
    private boolean loaded;

    private LocalDate decidedOn;
    private String reason;

    public void record() {
        Long episodeId = caseView.getEpisodeId();
        EarlyClosureStatus recorded = FacesMessages.orShowProblem(
                () -> decisions.record(episodeId, new EarlyClosureDecisionForm(decidedOn, reason)));
        if (recorded != null) {
            status = recorded;
            decidedOn = null;
            reason = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The decision is recorded: a review may now close the plan early.", null));
        }
    }

    /** The rule on this case, or null when it does not apply (read once per view). */
    public EarlyClosureStatus getStatus() {
        if (!loaded && caseView.getEpisodeId() != null && caseView.getCaseDeadlines() != null) {
            status = FacesMessages.orShowProblem(() -> decisions.statusOf(caseView.getEpisodeId()));
            loaded = true;
        }
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
