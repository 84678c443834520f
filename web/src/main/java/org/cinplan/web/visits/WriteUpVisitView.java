package org.cinplan.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanView;
import org.cinplan.visits.VisitAwaitingWriteUp;
import org.cinplan.visits.VisitRecording;
import org.cinplan.visits.VisitWriteUp;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;
import org.cinplan.web.planning.StartFromThePlan;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The "write up a visit" form on a case's page: a visit recorded earlier gets its observations and write-up date. */
@Named
@ViewScoped
public class WriteUpVisitView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private VisitRecording visits;

    @Inject
    private CaseDeadlinesView caseView;

    @Inject
    private CinPlanning planning;

    private List<VisitAwaitingWriteUp> awaiting;
    private Long visitId;
    private LocalDate writtenUpOn;
    private String observations;

    /** The visits still to write up, read once per view and again after each write-up or new visit. */
    public List<VisitAwaitingWriteUp> getAwaiting() {
        if (awaiting == null) {
            awaiting = FacesMessages.orShowProblem(() -> visits.awaitingWriteUp(caseView.getEpisodeId()));
            if (awaiting == null) {
                awaiting = List.of();
            }
        }
        return awaiting;
    }

    /** How the form names a visit: "03/11/2026: Review the plan with the family". */
    public String label(VisitAwaitingWriteUp visit) {
        return UK_DATE.format(visit.visitDate()) + ": "
                + (visit.purpose() == null ? "purpose not recorded" : visit.purpose());
    }

    /**
     * A visit was chosen: a write-up not yet begun starts with the plan in force's outcomes as headings to write
     * against; nothing is recorded until it is saved.
     */
    public void visitChosen() {
        Long episodeId = caseView.getEpisodeId();
        if (visitId == null || episodeId == null || (observations != null && !observations.isBlank())) {
            return;
        }
        PlanView plan = FacesMessages.orShowProblem(() -> planning.plan(episodeId));
        if (plan != null && plan.inForce() != null) {
            observations = StartFromThePlan.outcomeHeadings(plan.inForce().contents());
        }
    }

    public void save() {
        if (FacesMessages.done(() -> visits.writeUp(new VisitWriteUp(visitId, writtenUpOn, observations)),
                "Visit written up; the case's deadlines and alerts are up to date.")) {
            visitId = null;
            writtenUpOn = null;
            observations = null;
            refresh();
            caseView.load();
        }
    }

    /** Forget the list so it is read again (a visit was recorded or written up). */
    public void refresh() {
        awaiting = null;
    }

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
    }

    public LocalDate getWrittenUpOn() {
        return writtenUpOn;
    }

    public void setWrittenUpOn(LocalDate writtenUpOn) {
        this.writtenUpOn = writtenUpOn;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }
}
