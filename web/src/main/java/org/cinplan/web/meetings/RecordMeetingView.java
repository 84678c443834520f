package org.cinplan.web.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.meetings.Attendance;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.ChairChoice;
import org.cinplan.meetings.ChildViewsForm;
import org.cinplan.meetings.ExclusionForm;
import org.cinplan.meetings.ExclusionScope;
import org.cinplan.meetings.InviteeAttendance;
import org.cinplan.meetings.InviteeView;
import org.cinplan.meetings.MeetingForm;
import org.cinplan.meetings.MeetingHeld;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.meetings.MinutesForm;
import org.cinplan.meetings.ReviewOutcome;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.FieldProblems;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "record a held meeting" form on a case's page: the booked meeting it was, who came, the minutes, and the outcome.
 * What was typed stays on the form until it is saved.
 */
@Named
@ViewScoped
public class RecordMeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private CaseDeadlinesView caseView;

    @Inject
    private MeetingBookingsView bookingsView;

    @Inject
    private HeldMeetingsView heldMeetingsView;

    private List<ChairChoice> chairs;
    private List<ChairChoice> endorsers;
    private String reviewHint;

    private Long bookingId;
    private LocalDate heldOn;
    private LocalDate nextReviewDate;
    private LocalDate planUpdateDate;
    private Long chairStaffId;
    private String chairName;
    private String minuteTakerName;
    private boolean childAttended;
    private ChildViewsForm childViewsForm;
    private String childAbsenceReason;
    private String childViews;
    private boolean equalityDiversityConsidered;
    private String outsideWindowRationale;

    /** Attendance by invitee id, as the names of {@link Attendance} (a map's values get no converter in Faces). */
    private final Map<Long, String> attendance = new HashMap<>();
    private final Map<Long, Boolean> writtenUpdates = new HashMap<>();

    private String reasonForMeeting;
    private String updatesSinceLast;
    private String planProgress;
    private Boolean planProgressed;
    private String needs;
    private String outcomesAndTimescales;
    private String actions;
    private String contingency;
    private String summary;

    /** The exclusions typed so far, one row each; the form starts with one empty row. */
    private final List<ExclusionRow> exclusionRows = new ArrayList<>(List.of(new ExclusionRow()));

    private String disagreement;
    private String disagreementAction;

    private ReviewOutcome outcome;
    private String planAmendments;
    private String leadProfessionalName;
    private String leadProfessionalAgency;
    private boolean universalServicesOnly;

    public void save() {
        BookingView booking = getBooking();
        if (booking == null) {
            FacesMessages.error("Choose the booked meeting you are recording; book it above first if it is not listed");
            return;
        }
        if (!attendanceOfEachInviteeChosen(booking)) {
            return;
        }
        MeetingForm form = new MeetingForm(booking.kind(), heldOn, null, nextReviewDate, planUpdateDate, chairStaffId,
                chairName, minuteTakerName, childAttended, childViewsForm, childAbsenceReason, equalityDiversityConsidered,
                outsideWindowRationale);
        MinutesForm minutes = new MinutesForm(reasonForMeeting, updatesSinceLast, planProgress, planProgressed, needs,
                outcomesAndTimescales, actions, contingency, summary, childViews, booking.invitees().stream()
                .map(i -> new InviteeAttendance(i.id(), attendanceOf(i.id()), Boolean.TRUE.equals(writtenUpdates.get(i.id()))))
                .toList(), exclusions(), disagreement, disagreementAction, outcome, planAmendments, leadProfessionalName,
                leadProfessionalAgency, universalServicesOnly);
        MeetingHeld held = FacesMessages.orShowProblem(() -> meetings.hold(booking.id(), booking.version(), form, minutes));
        if (held != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Meeting recorded; the case's deadlines and alerts are up to date.", null));
            held.notices().forEach(n -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, n, null)));
            clear();
            caseView.load();
            bookingsView.refresh();
            heldMeetingsView.refresh();
        }
    }

    /** Beside each invitee whose attendance is not chosen, asks for it by name; true when all are chosen. */
    private boolean attendanceOfEachInviteeChosen(BookingView booking) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<InviteeView> invitees = booking.invitees();
        boolean allChosen = true;
        for (int row = 0; row < invitees.size(); row++) {
            InviteeView invitee = invitees.get(row);
            if (attendanceOf(invitee.id()) == null) {
                allChosen = false;
                FieldProblems.showAt(faces, "meeting:invitees:" + row + ":attendance",
                        "Record whether " + invitee.name() + " attended");
            }
        }
        return allChosen;
    }

    private Attendance attendanceOf(long inviteeId) {
        String chosen = attendance.get(inviteeId);
        return chosen == null || chosen.isBlank() ? null : Attendance.valueOf(chosen);
    }

    /** The exclusions typed on the form: each row with any of it filled; a half-filled one is refused with what is missing. */
    private List<ExclusionForm> exclusions() {
        return exclusionRows.stream().filter(ExclusionRow::isTyped).map(ExclusionRow::form).toList();
    }

    /** Another row for a further exclusion: a meeting may exclude several people (EXCLUSION_ENDORSED). */
    public void addExclusion() {
        exclusionRows.add(new ExclusionRow());
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private void clear() {
        bookingId = null;
        heldOn = null;
        nextReviewDate = null;
        planUpdateDate = null;
        childAttended = false;
        childViewsForm = null;
        childAbsenceReason = null;
        childViews = null;
        equalityDiversityConsidered = false;
        outsideWindowRationale = null;
        attendance.clear();
        writtenUpdates.clear();
        reasonForMeeting = null;
        updatesSinceLast = null;
        planProgress = null;
        planProgressed = null;
        needs = null;
        outcomesAndTimescales = null;
        actions = null;
        contingency = null;
        summary = null;
        exclusionRows.clear();
        exclusionRows.add(new ExclusionRow());
        disagreement = null;
        disagreementAction = null;
        outcome = null;
        planAmendments = null;
        leadProfessionalName = null;
        leadProfessionalAgency = null;
        universalServicesOnly = false;
        reviewHint = null;
    }

    /** A booking was chosen: the meeting was most likely held on the day it was booked for. */
    public void bookingChanged() {
        BookingView booking = getBooking();
        if (booking != null && heldOn == null && !booking.startsAt().toLocalDate().isAfter(LocalDate.now())) {
            heldOn = booking.startsAt().toLocalDate();
        }
        heldOnChanged();
    }

    /** Shows when the next review should be, once the date held is known. */
    public void heldOnChanged() {
        Long episodeId = caseView.getEpisodeId();
        reviewHint = heldOn == null || episodeId == null ? null
                : FacesMessages.orShowProblem(() -> meetings.nextReviewHint(episodeId, heldOn));
    }

    /** The booked meeting chosen on the form, or null. */
    public BookingView getBooking() {
        return bookingId == null ? null : bookingsView.getOpenBookings().stream()
                .filter(b -> b.id() == bookingId).findFirst().orElse(null);
    }

    public List<InviteeView> getInvitees() {
        BookingView booking = getBooking();
        return booking == null ? List.of() : booking.invitees();
    }

    public boolean isReview() {
        BookingView booking = getBooking();
        return booking != null && booking.kind() == MeetingKind.REVIEW;
    }

    public List<ChairChoice> getChairs() {
        if (chairs == null && caseView.getEpisodeId() != null) {
            chairs = FacesMessages.orShowProblem(() -> meetings.possibleChairs(caseView.getEpisodeId()));
        }
        return chairs == null ? List.of() : chairs;
    }

    public List<ChairChoice> getEndorsers() {
        if (endorsers == null && caseView.getEpisodeId() != null) {
            endorsers = FacesMessages.orShowProblem(() -> meetings.possibleEndorsers(caseView.getEpisodeId()));
        }
        return endorsers == null ? List.of() : endorsers;
    }

    public ChildViewsForm[] getViewsForms() {
        return ChildViewsForm.values();
    }

    public Attendance[] getAttendanceChoices() {
        return Attendance.values();
    }

    public ExclusionScope[] getExclusionScopes() {
        return ExclusionScope.values();
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public String getReviewHint() {
        return reviewHint;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public void setBookingId(Long bookingId) {
        this.bookingId = bookingId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
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

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
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

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public Map<Long, Boolean> getWrittenUpdates() {
        return writtenUpdates;
    }

    public String getReasonForMeeting() {
        return reasonForMeeting;
    }

    public void setReasonForMeeting(String reasonForMeeting) {
        this.reasonForMeeting = reasonForMeeting;
    }

    public String getUpdatesSinceLast() {
        return updatesSinceLast;
    }

    public void setUpdatesSinceLast(String updatesSinceLast) {
        this.updatesSinceLast = updatesSinceLast;
    }

    public String getPlanProgress() {
        return planProgress;
    }

    public void setPlanProgress(String planProgress) {
        this.planProgress = planProgress;
    }

    public Boolean getPlanProgressed() {
        return planProgressed;
    }

    public void setPlanProgressed(Boolean planProgressed) {
        this.planProgressed = planProgressed;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getOutcomesAndTimescales() {
        return outcomesAndTimescales;
    }

    public void setOutcomesAndTimescales(String outcomesAndTimescales) {
        this.outcomesAndTimescales = outcomesAndTimescales;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getContingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<ExclusionRow> getExclusionRows() {
        return exclusionRows;
    }

    public String getDisagreement() {
        return disagreement;
    }

    public void setDisagreement(String disagreement) {
        this.disagreement = disagreement;
    }

    public String getDisagreementAction() {
        return disagreementAction;
    }

    public void setDisagreementAction(String disagreementAction) {
        this.disagreementAction = disagreementAction;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public String getPlanAmendments() {
        return planAmendments;
    }

    public void setPlanAmendments(String planAmendments) {
        this.planAmendments = planAmendments;
    }

    public String getLeadProfessionalName() {
        return leadProfessionalName;
    }

    public void setLeadProfessionalName(String leadProfessionalName) {
        this.leadProfessionalName = leadProfessionalName;
    }

    public String getLeadProfessionalAgency() {
        return leadProfessionalAgency;
    }

    public void setLeadProfessionalAgency(String leadProfessionalAgency) {
        this.leadProfessionalAgency = leadProfessionalAgency;
    }

    /** One exclusion as it is being typed. */
    public static class ExclusionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String person;
        private ExclusionScope scope;
        private String reason;
        private Long endorsedBy;
        private String personViews;

        boolean isTyped() {
            return given(person) || scope != null || given(reason) || endorsedBy != null || given(personViews);
        }

        ExclusionForm form() {
            return new ExclusionForm(person, scope, reason, endorsedBy, personViews);
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        public ExclusionScope getScope() {
            return scope;
        }

        public void setScope(ExclusionScope scope) {
            this.scope = scope;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Long getEndorsedBy() {
            return endorsedBy;
        }

        public void setEndorsedBy(Long endorsedBy) {
            this.endorsedBy = endorsedBy;
        }

        public String getPersonViews() {
            return personViews;
        }

        public void setPersonViews(String personViews) {
            this.personViews = personViews;
        }
    }

    public boolean isUniversalServicesOnly() {
        return universalServicesOnly;
    }

    public void setUniversalServicesOnly(boolean universalServicesOnly) {
        this.universalServicesOnly = universalServicesOnly;
    }
}
