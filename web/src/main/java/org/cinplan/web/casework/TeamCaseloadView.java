package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.caseload.CaseloadEntry;
import org.cinplan.caseload.CaseloadService;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** "My team's cases": the children of everyone in the worker's team that they may read. */
@Named
@ViewScoped
public class TeamCaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloadService;

    private List<CaseloadEntry> entries;

    @PostConstruct
    void load() {
        List<CaseloadEntry> found = FacesMessages.orShowProblem(() -> caseloadService.teamCaseload());
        entries = found == null ? List.of() : found;
    }

    public List<CaseloadEntry> getEntries() {
        return entries;
    }
}
