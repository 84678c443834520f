package org.cinplan.web.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.meetings.ChairChoice;
import org.cinplan.meetings.ChildViewsForm;
import org.cinplan.meetings.MeetingForm;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The "record a CIN meeting" form on a case's page. What was typed stays on the form until it is saved. */
@Named
@ViewScoped
public class RecordMeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private CaseDeadlinesView caseView;

    private List<ChairChoice> chairs;
    private String reviewHint;

    private MeetingKind kind;
    private LocalDate heldOn;
    private LocalDate minutesDistributedOn;
    private LocalDate nextReviewDate;
    private LocalDate planUpdateDate;
    private Long chairStaffId;
    private String chairName;
    private String minuteTakerName;
    private boolean childAttended;
    private ChildViewsForm childViewsForm;
    private String childAbsenceReason;
    private boolean equalityDiversityConsidered;
    private String outsideWindowRationale;

    public void save() {
        MeetingForm form = new MeetingForm(getKind(), heldOn, minutesDistributedOn, nextReviewDate, planUpdateDate,
                chairStaffId, chairName, minuteTakerName, childAttended, childViewsForm, childAbsenceReason,
                equalityDiversityConsidered, outsideWindowRationale);
        Long saved = FacesMessages.orShowProblem(() -> meetings.record(caseView.getEpisodeId(), form));
        if (saved != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Meeting recorded; the case's deadlines and alerts are up to date.", null));
            kind = null;
            heldOn = null;
            minutesDistributedOn = null;
            nextReviewDate = null;
            planUpdateDate = null;
            childAttended = false;
            childViewsForm = null;
            childAbsenceReason = null;
            equalityDiversityConsidered = false;
            outsideWindowRationale = null;
            reviewHint = null;
            caseView.load();
        }
    }

    /** Shows when the next review should be, once the date held is known. */
    public void heldOnChanged() {
        Long episodeId = caseView.getEpisodeId();
        reviewHint = heldOn == null || episodeId == null ? null
                : FacesMessages.orShowProblem(() -> meetings.nextReviewHint(episodeId, heldOn));
    }

    public List<ChairChoice> getChairs() {
        if (chairs == null && caseView.getEpisodeId() != null) {
            chairs = FacesMessages.orShowProblem(() -> meetings.possibleChairs(caseView.getEpisodeId()));
        }
        return chairs == null ? List.of() : chairs;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public ChildViewsForm[] getViewsForms() {
        return ChildViewsForm.values();
    }

    public String getReviewHint() {
        return reviewHint;
    }

    /** Initial for a case with no meeting yet, else review (as recorded meetings must be). */
    public MeetingKind getKind() {
        if (kind == null && caseView.getEpisodeId() != null) {
            kind = FacesMessages.orShowProblem(() -> meetings.nextKind(caseView.getEpisodeId()));
        }
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getMinutesDistributedOn() {
        return minutesDistributedOn;
    }

    public void setMinutesDistributedOn(LocalDate minutesDistributedOn) {
        this.minutesDistributedOn = minutesDistributedOn;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public LocalDate getPlanUpdateDate() {
        return planUpdateDate;
    }

    public void setPlanUpdateDate(LocalDate planUpdateDate) {
        this.planUpdateDate = planUpdateDate;
    }

    public Long getChairStaffId() {
        return chairStaffId;
    }

    public void setChairStaffId(Long chairStaffId) {
        this.chairStaffId = chairStaffId;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public String getMinuteTakerName() {
        return minuteTakerName;
    }

    public void setMinuteTakerName(String minuteTakerName) {
        this.minuteTakerName = minuteTakerName;
    }

    public boolean isChildAttended() {
        return childAttended;
    }

    public void setChildAttended(boolean childAttended) {
        this.childAttended = childAttended;
    }

    public ChildViewsForm getChildViewsForm() {
        return childViewsForm;
    }

    public void setChildViewsForm(ChildViewsForm childViewsForm) {
        this.childViewsForm = childViewsForm;
    }

    public String getChildAbsenceReason() {
        return childAbsenceReason;
    }

    public void setChildAbsenceReason(String childAbsenceReason) {
        this.childAbsenceReason = childAbsenceReason;
    }

    public boolean isEqualityDiversityConsidered() {
        return equalityDiversityConsidered;
    }

    public void setEqualityDiversityConsidered(boolean equalityDiversityConsidered) {
        this.equalityDiversityConsidered = equalityDiversityConsidered;
    }

    public String getOutsideWindowRationale() {
        return outsideWindowRationale;
    }

    public void setOutsideWindowRationale(String outsideWindowRationale) {
        this.outsideWindowRationale = outsideWindowRationale;
    }
}
