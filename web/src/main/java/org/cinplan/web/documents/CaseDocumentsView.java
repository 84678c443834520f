package org.cinplan.web.documents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.documents.CaseDocuments;
import org.cinplan.documents.Documents;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;

/** The case page's list of PDFs to download: the plan in force and each version, the family plan, each meeting's minutes. */
@Named
@ViewScoped
public class CaseDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Documents documents;

    @Inject
    private CaseDeadlinesView caseView;

    private CaseDocuments available;
    private boolean loaded;

    /** Read once per view, when the page first asks; null when the case cannot be read. */
    public CaseDocuments getAvailable() {
        if (!loaded && caseView.getEpisodeId() != null) {
            long episodeId = caseView.getEpisodeId();
            available = FacesMessages.orShowProblem(() -> documents.available(episodeId));
            loaded = true;
        }
        return available;
    }
}
