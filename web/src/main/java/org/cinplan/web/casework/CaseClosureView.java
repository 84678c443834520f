package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ClosureDecisions;
import org.cinplan.casework.ClosureProposalView;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;

/** The case page's word on a review's proposal to close the case: waiting for a manager, agreed, or returned. */
@Named
@ViewScoped
public class CaseClosureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosureDecisions decisions;

    @Inject
    private CaseDeadlinesView caseView;

    private ClosureProposalView latest;
    private boolean loaded;

    /** The case's latest proposal; null when no review proposed closure (read once a view). */
    public ClosureProposalView getLatest() {
        if (!loaded && caseView.getEpisodeId() != null && caseView.getCaseDeadlines() != null) {
            latest = decisions.latestOf(caseView.getEpisodeId()).orElse(null);
            loaded = true;
        }
        return latest;
    }
}
