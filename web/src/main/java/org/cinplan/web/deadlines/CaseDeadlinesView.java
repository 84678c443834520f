package org.cinplan.web.deadlines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;

/** A case's deadlines page: each deadline with its rule, status and the "why". */
@Named
@ViewScoped
public class CaseDeadlinesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeadlineService deadlineService;

    private Long episodeId;

    private CaseDeadlines caseDeadlines;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        caseDeadlines = FacesMessages.orShowProblem(() -> deadlineService.deadlinesOf(episodeId));
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public CaseDeadlines getCaseDeadlines() {
        return caseDeadlines;
    }
}
