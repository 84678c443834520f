package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.caseload.CaseloadEntry;
import org.cinplan.caseload.CaseloadService;
import org.cinplan.web.DatabasePage;

import java.io.Serializable;

/** "My team's cases": the children of everyone in the worker's team that they may read. */
@Named
@ViewScoped
public class TeamCaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloadService;

    private DatabasePage<CaseloadEntry> entries;

    @PostConstruct
    void load() {
        entries = new DatabasePage<>(caseloadService::teamCaseload, caseloadService::teamCaseloadCount);
    }

    public DatabasePage<CaseloadEntry> getEntries() {
        return entries;
    }
}
