package org.cinplan.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.VisitFrequency;
import org.cinplan.visits.VisitFrequencies;
import org.cinplan.visits.VisitFrequencyForm;
import org.cinplan.visits.VisitFrequencyView;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The visit frequency agreed on a case (at the initial meeting, or raised for risk) on its page: the agreements so far,
 * and the form that records one. What was typed stays on a refusal.
 */
@Named("visitFrequencyView")
@ViewScoped
public class VisitFrequencyFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitFrequencies frequencies;

    @Inject
    private CaseDeadlinesView caseView;

    private List<VisitFrequencyView> agreed;
    private Integer amount;
    private PeriodUnit unit = PeriodUnit.WEEKS;
    private LocalDate agreedOn;
    private VisitFrequency.Basis basis = VisitFrequency.Basis.INITIAL_MEETING;
    private String reason;

    /** The case's agreements, latest first, read once per view and again after one is recorded. */
    public List<VisitFrequencyView> getAgreed() {
        if (agreed == null) {
            agreed = FacesMessages.orShowProblem(() -> frequencies.of(caseView.getEpisodeId()));
            if (agreed == null) {
                agreed = List.of();
            }
        }
        return agreed;
    }

    public void save() {
        VisitFrequencyForm form = new VisitFrequencyForm(amount, unit, agreedOn, basis, reason);
        List<VisitFrequencyView> saved = FacesMessages.orShowProblem(
                () -> frequencies.agree(caseView.getEpisodeId(), form));
        if (saved != null) {
            agreed = saved;
            amount = null;
            agreedOn = null;
            reason = null;
            FacesMessages.info("Visit frequency recorded; the case's visit deadlines are up to date.");
            caseView.load();
        }
    }

    /** The units a frequency may be stated in. */
    public PeriodUnit[] getUnits() {
        return new PeriodUnit[] {PeriodUnit.WEEKS, PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS};
    }

    public VisitFrequency.Basis[] getBases() {
        return VisitFrequency.Basis.values();
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public PeriodUnit getUnit() {
        return unit;
    }

    public void setUnit(PeriodUnit unit) {
        this.unit = unit;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public VisitFrequency.Basis getBasis() {
        return basis;
    }

    public void setBasis(VisitFrequency.Basis basis) {
        this.basis = basis;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
