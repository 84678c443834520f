package org.cinplan.web.casework;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.admin.Role;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertView;
import org.cinplan.casework.CaseloadEntry;
import org.cinplan.casework.CaseloadService;

import java.io.Serializable;
import java.util.List;

/** "My caseload": the signed-in worker's children and their alerts inbox. */
@Named
@ViewScoped
public class MyCaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadService caseloadService;

    @Inject
    private AlertQueries alertQueries;

    private List<CaseloadEntry> entries;

    private List<AlertView> alerts;

    @Inject
    private ExternalContext externalContext;

    /** Loads the caseload (f:viewAction); administrators and auditors, who hold no cases, go to the run log. */
    public String open() {
        if (!externalContext.isUserInRole(Role.SOCIAL_WORKER.name())
                && (externalContext.isUserInRole(Role.ADMINISTRATOR.name()) || externalContext.isUserInRole(Role.AUDITOR.name()))) {
            return "/runs?faces-redirect=true";
        }
        entries = caseloadService.myCaseload();
        alerts = alertQueries.myOpenAlerts();
        return null;
    }

    /** The worker's alerts inbox: open alerts on their cases, most urgent first. */
    public List<AlertView> getAlerts() {
        return alerts;
    }

    public List<CaseloadEntry> getEntries() {
        return entries;
    }

    public long getOpenCount() {
        return entries.stream().filter(CaseloadEntry::isOpen).count();
    }
}
