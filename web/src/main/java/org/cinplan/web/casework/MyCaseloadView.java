package org.cinplan.web.casework;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.AlertView;
import org.cinplan.caseload.CaseloadEntry;
import org.cinplan.caseload.CaseloadService;
import org.cinplan.casework.ClosureDecisions;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanReturned;
import org.cinplan.platform.Role;
import org.cinplan.web.security.Navigation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * "My caseload", the morning view: what waits on the worker (plans returned to them; for those who agree plans, how
 * many wait), their children by what needs doing, then their alerts inbox.
 */
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

    private String ragFilter;

    private String ruleFilter;


    @Inject
    private CinPlanning planning;

    @Inject
    private Navigation navigation;

    /** How many returned plans the morning view lists; the rest are counted, behind a link to their paged page. */
    static final int RETURNED_SHOWN = 5;

    private List<PlanReturned> returnedPlans;

    private long returnedCount;

    private long plansToAgree;

    @Inject
    private ClosureDecisions closures;

    private long decisionsToMake;

    /**
     * Loads the caseload (f:viewAction); administrators and auditors, who hold no cases, go to the run log, data
     * officers to the statutory returns.
     */
    public String open() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        if (!request.isUserInRole(Role.SOCIAL_WORKER.name()) && request.isUserInRole(Role.DATA_OFFICER.name())) {
            return "/returns?faces-redirect=true";
        }
        if (caseloadService.callerKeepsTheRunLogNotACaseload()) {
            return "/runs?faces-redirect=true";
        }
        entries = caseloadService.myCaseload();
        alerts = alertQueries.myOpenAlerts();
        returnedPlans = planning.returnedToMe(0, RETURNED_SHOWN);
        returnedCount = returnedPlans.size() < RETURNED_SHOWN ? returnedPlans.size() : planning.returnedToMeCount();
        plansToAgree = navigation.mayOpen("plans-to-agree.xhtml") ? planning.awaitingApprovalCount() : 0;
        decisionsToMake = navigation.mayOpen("decisions-to-make.xhtml") ? closures.waitingOnMeCount() : 0;
        return null;
    }

    /** The oldest plans on the worker's cases that a manager returned for changes: waiting on the worker. */
    public List<PlanReturned> getReturnedPlans() {
        return returnedPlans;
    }

    /** How many returned plans wait beyond those listed. */
    public long getMoreReturned() {
        return returnedCount - returnedPlans.size();
    }

    /** How many plans of the team wait for this consultant social worker or practice manager to agree. */
    public long getPlansToAgree() {
        return plansToAgree;
    }

    /** How many proposals to close a case wait for this manager (CLOSURE_APPROVED). */
    public long getDecisionsToMake() {
        return decisionsToMake;
    }

    /** The worker's alerts inbox: open alerts on their cases, most urgent first. */
    public List<AlertView> getAlerts() {
        return alerts;
    }

    public List<CaseloadEntry> getEntries() {
        return entries;
    }

    /** The children the filters let through: by the RAG status and the rule of the next deadline. */
    public List<CaseloadEntry> getShown() {
        return entries.stream()
                .filter(entry -> ragFilter == null || ragFilter.equals(entry.rag()))
                .filter(entry -> ruleFilter == null
                        || entry.nextDeadline() != null && ruleFilter.equals(entry.nextDeadline().ruleId()))
                .toList();
    }

    /** The rules that some child's next deadline is under, for the rule filter: id to title, by title. */
    public Map<String, String> getRules() {
        Map<String, String> rules = new TreeMap<>();
        entries.stream().map(CaseloadEntry::nextDeadline).filter(Objects::nonNull)
                .forEach(deadline -> rules.put(deadline.ruleTitle() + " (" + deadline.ruleId() + ")", deadline.ruleId()));
        return rules;
    }

    public String getRagFilter() {
        return ragFilter;
    }

    public void setRagFilter(String ragFilter) {
        this.ragFilter = ragFilter;
    }

    public String getRuleFilter() {
        return ruleFilter;
    }

    public void setRuleFilter(String ruleFilter) {
        this.ruleFilter = ruleFilter;
    }

    public long getOpenCount() {
        return entries.stream().filter(CaseloadEntry::isOpen).count();
    }
}
