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
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanView;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.FieldProblems;
import org.cinplan.web.deadlines.CaseDeadlinesView;
import org.cinplan.web.planning.StartFromThePlan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Inject
    private CinPlanning planning;

    private List<ChairChoice> chairs;
    private List<ChairChoice> endorsers;
    private String reviewHint;

    private Long bookingId;
    private MeetingForm meeting = new MeetingForm();
    private MinutesForm minutes = newMinutes();

    public void save() {
        BookingView booking = getBooking();
        if (booking == null) {
            FacesMessages.error("Choose the booked meeting you are recording; book it above first if it is not listed");
            return;
        }
        if (!attendanceOfEachInviteeChosen()) {
            return;
        }
        meeting.setKind(booking.kind());
        MeetingHeld held = FacesMessages.orShowProblem(() -> meetings.hold(booking.id(), booking.version(), meeting, minutes));
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

    /**
     * Beside each invitee whose attendance is not chosen, asks for it by name; true when all are chosen. Brings the
     * minutes' attendance in step with the invitees (see {@link #getAttendance()}).
     */
    private boolean attendanceOfEachInviteeChosen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<InviteeView> invitees = getInvitees();
        List<InviteeAttendance> attendance = getAttendance();
        boolean allChosen = true;
        for (int row = 0; row < invitees.size(); row++) {
            InviteeView invitee = invitees.get(row);
            if (attendance.get(row).getAttendance() == null) {
                allChosen = false;
                FieldProblems.showAt(faces, "meeting:invitees:" + row + ":attendance",
                        "Record whether " + invitee.name() + " attended");
            }
        }
        return allChosen;
    }

    /** Another row for a further exclusion: a meeting may exclude several people (EXCLUSION_ENDORSED). */
    public void addExclusion() {
        minutes.getExclusions().add(new ExclusionForm());
    }

    /** A new form: the minutes start with one spare exclusion row. */
    private static MinutesForm newMinutes() {
        MinutesForm fresh = new MinutesForm();
        fresh.getExclusions().add(new ExclusionForm());
        return fresh;
    }

    private void clear() {
        bookingId = null;
        meeting = new MeetingForm();
        minutes = newMinutes();
        reviewHint = null;
    }

    /** A booking was chosen: the meeting was most likely held on the day it was booked for. */
    public void bookingChanged() {
        BookingView booking = getBooking();
        if (booking != null && meeting.getHeldOn() == null && !booking.startsAt().toLocalDate().isAfter(LocalDate.now())) {
            meeting.setHeldOn(booking.startsAt().toLocalDate());
        }
        startFromThePlanInForce();
        heldOnChanged();
    }

    /**
     * Minutes not yet written start from the plan in force (its needs, outcomes, actions and contingency), for the
     * minute-taker to edit; nothing is recorded until the meeting is saved.
     */
    private void startFromThePlanInForce() {
        Long episodeId = caseView.getEpisodeId();
        if (episodeId == null || !StartFromThePlan.untouched(minutes)) {
            return;
        }
        PlanView plan = FacesMessages.orShowProblem(() -> planning.plan(episodeId));
        if (plan != null && plan.inForce() != null) {
            StartFromThePlan.fill(minutes, plan.inForce().contents());
        }
    }

    /** Shows when the next review should be, once the date held is known. */
    public void heldOnChanged() {
        Long episodeId = caseView.getEpisodeId();
        LocalDate heldOn = meeting.getHeldOn();
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

    /**
     * The minutes' attendance, one row per invitee of the chosen booking in the same order; kept in step with the
     * invitees, who may be invited or withdrawn above meanwhile, keeping what was chosen for each.
     */
    public List<InviteeAttendance> getAttendance() {
        Map<Long, InviteeAttendance> chosen = minutes.getAttendance().stream()
                .collect(Collectors.toMap(InviteeAttendance::getInviteeId, a -> a, (first, second) -> first));
        List<InviteeAttendance> rows = getInvitees().stream()
                .map(i -> chosen.getOrDefault(i.id(), new InviteeAttendance(i.id())))
                .collect(Collectors.toCollection(ArrayList::new));
        minutes.setAttendance(rows);
        return rows;
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

    /** What the form binds to: the meeting as held. */
    public MeetingForm getMeeting() {
        return meeting;
    }

    /** What the form binds to: the minutes, attendance and outcome. */
    public MinutesForm getMinutes() {
        return minutes;
    }
}
