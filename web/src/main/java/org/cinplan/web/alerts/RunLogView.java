package org.cinplan.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.RunLogFilter;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepOutcome;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepRunView;
import org.cinplan.alerts.SweepSchedule;
import org.cinplan.alerts.SweepScope;
import org.cinplan.alerts.SweepService;
import org.cinplan.alerts.SweepSettings;
import org.cinplan.alerts.SweepTrigger;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sweep run log: auditors filter and export it; administrators also start runs and set the schedule. */
@Named
@ViewScoped
public class RunLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunLogQueries runLog;

    @Inject
    private SweepService sweeps;

    @Inject
    private SweepSchedule schedule;

    private Boolean canAdminister;

    private LocalDate from;
    private LocalDate to;
    private SweepTrigger trigger;
    private SweepOutcome outcome;
    private DatabasePage<SweepRunView> runs;

    private Integer hour;
    private Integer minute;
    private Integer escalateAfterDays;

    @PostConstruct
    void load() {
        SweepSettings settings = schedule.settings();
        hour = settings.hour();
        minute = settings.minute();
        escalateAfterDays = settings.escalateAfterDays();
        search();
    }

    /** Whether the caller runs sweeps and changes their schedule, as the service says. */
    public boolean isCanAdminister() {
        if (canAdminister == null) {
            canAdminister = schedule.canAdminister();
        }
        return canAdminister;
    }

    public void search() {
        RunLogFilter filter = FacesMessages.orShowProblem(() -> new RunLogFilter(from, to, trigger, outcome));
        if (filter == null) {
            return;
        }
        runs = new DatabasePage<>((first, size) -> runLog.runs(filter, first, size), () -> runLog.runCount(filter));
    }

    public void runFull() {
        run(SweepScope.FULL);
    }

    public void runIncremental() {
        run(SweepScope.INCREMENTAL);
    }

    private void run(SweepScope scope) {
        SweepResult result = FacesMessages.orShowProblem(() -> sweeps.manual(scope));
        if (result != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    result.refused() ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO, result.message(), null));
        }
        search();
    }

    public void saveSchedule() {
        SweepSettings saved = FacesMessages.orShowProblem(() -> schedule.change(hour, minute, escalateAfterDays));
        if (saved != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    String.format("The sweep now runs daily at %02d:%02d; alerts escalate after %d days overdue",
                            saved.hour(), saved.minute(), saved.escalateAfterDays()), null));
        }
    }

    /** The CSV export of what the filter shows, as a link. */
    public String getCsvLink() {
        List<String> params = new ArrayList<>();
        if (from != null) {
            params.add("from=" + from);
        }
        if (to != null) {
            params.add("to=" + to);
        }
        if (trigger != null) {
            params.add("trigger=" + trigger);
        }
        if (outcome != null) {
            params.add("outcome=" + outcome);
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/api/sweeps.csv" + (params.isEmpty() ? "" : "?" + URLEncoder.encode(
                String.join("&", params), StandardCharsets.UTF_8).replace("%3D", "=").replace("%26", "&"));
    }

    public List<SweepTrigger> getTriggers() {
        return List.of(SweepTrigger.values());
    }

    public List<SweepOutcome> getOutcomes() {
        return List.of(SweepOutcome.values());
    }

    public DatabasePage<SweepRunView> getRuns() {
        return runs;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SweepTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(SweepTrigger trigger) {
        this.trigger = trigger;
    }

    public SweepOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SweepOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getHour() {
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public Integer getMinute() {
        return minute;
    }

    public void setMinute(Integer minute) {
        this.minute = minute;
    }

    public Integer getEscalateAfterDays() {
        return escalateAfterDays;
    }

    public void setEscalateAfterDays(Integer escalateAfterDays) {
        this.escalateAfterDays = escalateAfterDays;
    }
}
