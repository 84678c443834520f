package org.cinplan.web.planning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanReturned;
import org.cinplan.web.DatabasePage;

import java.io.Serializable;
import java.time.LocalDateTime;

/** "Plans returned to you": every plan on the worker's cases returned for changes, paged in the database. */
@Named
@ViewScoped
public class ReturnedPlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CinPlanning planning;

    private DatabasePage<PlanReturned> plans;

    @PostConstruct
    void load() {
        plans = new DatabasePage<>(planning::returnedToMe, planning::returnedToMeCount);
    }

    /** A UTC time as UK local time, "3 Feb 2027, 14:05". */
    public String when(LocalDateTime utc) {
        return UkTime.of(utc);
    }

    public DatabasePage<PlanReturned> getPlans() {
        return plans;
    }
}
