package org.cinplan.web.planning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanAwaitingApproval;
import org.cinplan.web.DatabasePage;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The plans a consultant social worker or practice manager has to agree: their team's submitted plans. */
@Named
@ViewScoped
public class PlansToAgreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CinPlanning planning;

    /** The plans, a page at a time from the database. */
    private DatabasePage<PlanAwaitingApproval> plans;

    @PostConstruct
    void load() {
        plans = new DatabasePage<>(planning::awaitingApproval, planning::awaitingApprovalCount);
    }

    /** A UTC time as UK local time, "3 Feb 2027, 14:05". */
    public String when(LocalDateTime utc) {
        return UkTime.of(utc);
    }

    public DatabasePage<PlanAwaitingApproval> getPlans() {
        return plans;
    }
}
