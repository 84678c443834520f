package org.cinplan.web.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.meetings.BookingForm;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.InviteeForm;
import org.cinplan.meetings.MeetingScheduling;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The meetings booked on a case: booking one, moving it, inviting people to it, cancelling it. What was typed stays on
 * the form until it is saved; the invite fields are kept per booking. Each change quotes the booking's version as the
 * page showed it, so a change based on a booking someone else changed meanwhile is refused.
 */
@Named
@ViewScoped
public class MeetingBookingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private CaseDeadlinesView caseView;

    private List<BookingView> bookings;
    private Boolean canRecord;

    private Long movedBookingId;
    private LocalDateTime startsAt;
    private Integer durationMinutes = 60;
    private String venue;
    private boolean childExpected;
    /** This rendering of the booking form; sent with it, so the same form sent twice books one meeting. */
    private String submissionId = UUID.randomUUID().toString();

    private final Map<Long, String> inviteeNames = new HashMap<>();
    private final Map<Long, String> inviteeRoles = new HashMap<>();
    private final Map<Long, String> inviteeEmails = new HashMap<>();

    /** Whether the caller books and records meetings, as the service says (the case page shows its forms only then). */
    public boolean isCanRecord() {
        if (canRecord == null) {
            canRecord = scheduling.canRecord();
        }
        return canRecord;
    }

    /** Books a new meeting, or moves the one chosen. */
    public void book() {
        BookingForm form = new BookingForm(startsAt == null ? null : startsAt.toLocalDate(),
                startsAt == null ? null : startsAt.toLocalTime(), durationMinutes == null ? 0 : durationMinutes, venue,
                childExpected);
        Long moved = movedBookingId;
        String submission = submissionId;
        submissionId = UUID.randomUUID().toString();
        BookingView booked = FacesMessages.orShowProblem(() -> moved == null
                ? scheduling.book(caseView.getEpisodeId(), form, submission)
                : scheduling.reschedule(moved, versionOf(moved), form));
        if (booked != null) {
            info(moved == null ? "Meeting booked: now invite the people who should come." : "Meeting moved.");
            if (booked.schoolHoursWarning() != null) {
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_WARN, booked.schoolHoursWarning(), null));
            }
            movedBookingId = null;
            startsAt = null;
            durationMinutes = 60;
            venue = null;
            childExpected = false;
            bookings = null;
        }
    }

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public void invite(long bookingId) {
        InviteeForm form = new InviteeForm(inviteeNames.get(bookingId), inviteeRoles.get(bookingId),
                inviteeEmails.get(bookingId));
        if (FacesMessages.orShowProblem(() -> scheduling.invite(bookingId, versionOf(bookingId), form)) != null) {
            info(form.name() + " is invited" + (form.email() == null || form.email().isBlank() ? "."
                    : "; their calendar invitation is emailed to " + form.email().strip() + "."));
            inviteeNames.remove(bookingId);
            inviteeRoles.remove(bookingId);
            inviteeEmails.remove(bookingId);
            bookings = null;
        }
    }

    public void uninvite(long bookingId, long inviteeId) {
        if (FacesMessages.orShowProblem(() -> scheduling.uninvite(bookingId, versionOf(bookingId), inviteeId)) != null) {
            info("The invitation was withdrawn.");
            bookings = null;
        }
    }

    public void cancel(long bookingId) {
        if (FacesMessages.orShowProblem(() -> scheduling.cancel(bookingId, versionOf(bookingId))) != null) {
            info("The meeting was cancelled.");
            bookings = null;
        }
    }

    /**
     * The version of the booking as this page showed it, which a change quotes: a change someone else made since is
     * refused and what was typed stays. Null for a booking the page did not show.
     */
    private Integer versionOf(long bookingId) {
        return getBookings().stream().filter(b -> b.id() == bookingId).map(BookingView::version).findFirst().orElse(null);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public List<BookingView> getBookings() {
        if (bookings == null && caseView.getEpisodeId() != null) {
            bookings = FacesMessages.orShowProblem(() -> scheduling.bookingsOf(caseView.getEpisodeId()));
        }
        return bookings == null ? List.of() : bookings;
    }

    /** The meetings still to be held, for the form that records a held meeting. */
    public List<BookingView> getOpenBookings() {
        return getBookings().stream().filter(BookingView::isBooked).toList();
    }

    /** Drops what was read, so the next look sees another form's change (a meeting held). */
    public void refresh() {
        bookings = null;
    }

    public Long getMovedBookingId() {
        return movedBookingId;
    }

    public void setMovedBookingId(Long movedBookingId) {
        this.movedBookingId = movedBookingId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public boolean isChildExpected() {
        return childExpected;
    }

    public void setChildExpected(boolean childExpected) {
        this.childExpected = childExpected;
    }

    public Map<Long, String> getInviteeNames() {
        return inviteeNames;
    }

    public Map<Long, String> getInviteeRoles() {
        return inviteeRoles;
    }

    public Map<Long, String> getInviteeEmails() {
        return inviteeEmails;
    }
}
