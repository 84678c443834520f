package org.cinplan.web.deadlines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import org.cinplan.deadlines.TimescaleService;
import org.cinplan.deadlines.TimescaleView;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.RuleId;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The timescale calculator page: a council, a rule and a start date give a due date and its reason. */
@Named
@ViewScoped
public class TimescaleCalculatorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TimescaleService timescales;

    @NotNull(message = "Choose a council")
    private CouncilCode council;

    @NotNull(message = "Choose a rule")
    private RuleId rule;

    @NotNull(message = "Enter the start date, as dd/mm/yyyy")
    private LocalDate start;

    private TimescaleView result;

    public void calculate() {
        result = FacesMessages.orShowProblem(() -> timescales.calculate(council, rule, start));
    }

    public List<CouncilCode> getCouncils() {
        return List.of(CouncilCode.values());
    }

    public List<RuleId> getRules() {
        return List.of(RuleId.values());
    }

    public CouncilCode getCouncil() {
        return council;
    }

    public void setCouncil(CouncilCode council) {
        this.council = council;
    }

    public RuleId getRule() {
        return rule;
    }

    public void setRule(RuleId rule) {
        this.rule = rule;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public TimescaleView getResult() {
        return result;
    }
}
