package org.cinplan.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.cinplan.alerts.AlertView;
import org.cinplan.dashboard.DashboardScope;
import org.cinplan.dashboard.OnTimeShare;
import org.cinplan.dashboard.RuleOnTime;
import org.cinplan.dashboard.TeamCase;
import org.cinplan.dashboard.TeamDashboard;
import org.cinplan.dashboard.WorkerLoad;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** A manager's team dashboard: met-on-time shares by rule (table and chart), overdue alerts, workers' loads, cases. */
@Named
@ViewScoped
public class TeamDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TeamDashboard dashboard;

    /** Shows only this worker's cases, when chosen from the workers' table. */
    private Long workerId;

    private String workerName;

    private DashboardScope scope;

    private List<RuleOnTime> onTime;

    private DatabasePage<AlertView> overdue;

    private DatabasePage<WorkerLoad> workers;

    private DatabasePage<TeamCase> cases;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        scope = FacesMessages.orShowProblem(dashboard::scope);
        if (scope == null) {
            return;
        }
        if (workerId != null) {
            workerName = FacesMessages.orShowProblem(() -> dashboard.workerName(workerId));
            if (workerName == null) {
                workerId = null;
            }
        }
        onTime = dashboard.onTimeByRule();
        overdue = new DatabasePage<>(dashboard::overdueAlerts, dashboard::overdueAlertCount);
        workers = new DatabasePage<>(dashboard::workerLoads, dashboard::workerCount);
        Long worker = workerId;
        cases = new DatabasePage<>((first, size) -> dashboard.openCases(worker, first, size),
                () -> dashboard.openCaseCount(worker));
    }

    /** Chart.js configuration for p:chart: a bar per rule for each period, as a percentage met on time. */
    public String getChartJson() {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", strings(onTime, RuleOnTime::ruleTitle))
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("Last 3 months", "#1d70b8", RuleOnTime::lastThreeMonths))
                                .add(dataset("Last 12 months", "#505a5f", RuleOnTime::lastTwelveMonths))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", "% met on time")))))
                .build().toString();
    }

    private JsonArrayBuilder strings(List<RuleOnTime> rules, Function<RuleOnTime, String> text) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rules.forEach(rule -> array.add(text.apply(rule)));
        return array;
    }

    private JsonObjectBuilder dataset(String label, String colour, Function<RuleOnTime, OnTimeShare> period) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        onTime.forEach(rule -> {
            Integer percent = period.apply(rule).percent();
            if (percent == null) {
                values.addNull();
            } else {
                values.add(percent);
            }
        });
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", values);
    }

    /** "62% (5 of 8)", or "None fell due". */
    public String share(OnTimeShare share) {
        return share.percent() == null ? "None fell due"
                : share.percent() + "% (" + share.onTime() + " of " + share.fellDue() + ")";
    }

    public DashboardScope getScope() {
        return scope;
    }

    public List<RuleOnTime> getOnTime() {
        return onTime;
    }

    public DatabasePage<AlertView> getOverdue() {
        return overdue;
    }

    public DatabasePage<WorkerLoad> getWorkers() {
        return workers;
    }

    public DatabasePage<TeamCase> getCases() {
        return cases;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getWorkerName() {
        return workerName;
    }
}
