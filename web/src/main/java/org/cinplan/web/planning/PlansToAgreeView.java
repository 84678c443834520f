package org.cinplan.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanAwaitingApproval;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The plans a consultant social worker or practice manager has to agree: their team's submitted plans. */
@Named
@ViewScoped
public class PlansToAgreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CinPlanning planning;

    private List<PlanAwaitingApproval> plans = List.of();

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        List<PlanAwaitingApproval> found = FacesMessages.orShowProblem(planning::awaitingApproval);
        plans = found == null ? List.of() : found;
    }

    /** A UTC time as UK local time, "3 Feb 2027, 14:05". */
    public String when(LocalDateTime utc) {
        return UkTime.of(utc);
    }

    public List<PlanAwaitingApproval> getPlans() {
        return plans;
    }
}
