package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.CaseloadEntry;
import org.cinplan.casework.CaseloadService;

import java.io.Serializable;
import java.util.List;

/** "My caseload": the signed-in worker's children. */
@Named
@ViewScoped
public class MyCaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloadService;

    private List<CaseloadEntry> entries;

    @PostConstruct
    void load() {
        entries = caseloadService.myCaseload();
    }

    public List<CaseloadEntry> getEntries() {
        return entries;
    }

    public long getOpenCount() {
        return entries.stream().filter(CaseloadEntry::isOpen).count();
    }
}
