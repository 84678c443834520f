package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.AssessmentCompletion;
import org.cinplan.casework.AssessmentFactor;
import org.cinplan.casework.AssessmentOutcome;
import org.cinplan.casework.AssessmentReason;
import org.cinplan.casework.AssessmentRecording;
import org.cinplan.casework.AssessmentsPage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A case's assessments page ({@code assessments.xhtml?episode=ID}): start one, record its internal review, complete it
 * with the DfE factors and its outcome, and (team and practice managers) authorise it. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class AssessmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentRecording assessments;

    private Long episodeId;
    private AssessmentsPage page;

    private AssessmentReason reason;
    private LocalDate startedOn;
    private Long chosen;
    private LocalDate reviewedOn;
    private LocalDate completedOn;
    private List<String> factors = new ArrayList<>();
    private AssessmentOutcome outcome;
    private Long toAuthorise;
    private LocalDate authorisedOn;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        page = FacesMessages.loadOrRefuse(() -> assessments.pageOf(episodeId));
    }

    public void start() {
        if (FacesMessages.done(() -> assessments.start(episodeId, reason, startedOn), "Assessment started.")) {
            reason = null;
            startedOn = null;
            reload();
        }
    }

    public void recordReview() {
        AssessmentsPage.Row row = row(chosen);
        if (FacesMessages.done(() -> assessments.recordInternalReview(idOf(row), versionOf(row), reviewedOn),
                "Internal review recorded.")) {
            reviewedOn = null;
            reload();
        }
    }

    public void complete() {
        AssessmentsPage.Row row = row(chosen);
        if (FacesMessages.done(() -> assessments.complete(idOf(row), versionOf(row),
                new AssessmentCompletion(completedOn, List.copyOf(factors), outcome)),
                "Assessment completed: a team or practice manager authorises it.")) {
            chosen = null;
            completedOn = null;
            factors = new ArrayList<>();
            outcome = null;
            reload();
        }
    }

    public void authorise() {
        AssessmentsPage.Row row = row(toAuthorise);
        if (FacesMessages.done(() -> assessments.authorise(idOf(row), versionOf(row), authorisedOn),
                "Assessment authorised: it meets its deadlines.")) {
            toAuthorise = null;
            authorisedOn = null;
            reload();
        }
    }

    private void reload() {
        page = assessments.pageOf(episodeId);
    }

    private AssessmentsPage.Row row(Long id) {
        return page == null || id == null ? null
                : page.assessments().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    private static Long idOf(AssessmentsPage.Row row) {
        return row == null ? null : row.id();
    }

    private static int versionOf(AssessmentsPage.Row row) {
        return row == null ? 0 : row.version();
    }

    /** The open assessments (to review or complete). */
    public List<AssessmentsPage.Row> getOpen() {
        return rows(AssessmentsPage.Row::isOpen);
    }

    /** The completed assessments waiting for a manager's authorisation. */
    public List<AssessmentsPage.Row> getAwaitingAuthorisation() {
        return rows(AssessmentsPage.Row::isAwaitingAuthorisation);
    }

    private List<AssessmentsPage.Row> rows(Predicate<AssessmentsPage.Row> which) {
        return page == null ? List.of() : page.assessments().stream().filter(which).toList();
    }

    public AssessmentReason[] getReasons() {
        return AssessmentReason.values();
    }

    public AssessmentOutcome[] getOutcomes() {
        return AssessmentOutcome.values();
    }

    public AssessmentFactor[] getFactorChoices() {
        return AssessmentFactor.values();
    }

    public AssessmentsPage getPage() {
        return page;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public AssessmentReason getReason() {
        return reason;
    }

    public void setReason(AssessmentReason reason) {
        this.reason = reason;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public List<String> getFactors() {
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors == null ? new ArrayList<>() : new ArrayList<>(factors);
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public Long getToAuthorise() {
        return toAuthorise;
    }

    public void setToAuthorise(Long toAuthorise) {
        this.toAuthorise = toAuthorise;
    }

    public LocalDate getAuthorisedOn() {
        return authorisedOn;
    }

    public void setAuthorisedOn(LocalDate authorisedOn) {
        this.authorisedOn = authorisedOn;
    }
}
