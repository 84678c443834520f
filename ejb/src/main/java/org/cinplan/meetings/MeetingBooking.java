package org.cinplan.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.Dates;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CIN meeting booked on the calendar: when and where, whether the child is expected, and who is invited. Holding it
 * records each invitee's attendance and links the {@link Meeting} whose minutes were taken.
 */
@Entity
@Table(name = "meeting_booking")
class MeetingBooking {

    static final int SHORTEST_MINUTES = 15;
    static final int LONGEST_MINUTES = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 200)
    private String venue;

    @Column(name = "child_expected", nullable = false)
    private boolean childExpected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "held_meeting_id")
    private Meeting heldMeeting;

    @Column(name = "booked_by", nullable = false, length = 60)
    private String bookedBy;

    /** The iCalendar SEQUENCE of its invitations: moves on when the meeting moves or is cancelled. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @OneToMany(mappedBy = "booking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingInvitee> invitees = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private int version;

    protected MeetingBooking() {
    }

    public MeetingBooking(Episode episode, MeetingKind kind, LocalDateTime startsAt, int durationMinutes, String venue,
                          boolean childExpected, String bookedBy) {
        this.episode = Objects.requireNonNull(episode, "a meeting is booked on a case");
        this.kind = Objects.requireNonNull(kind, "initial or review?");
        this.bookedBy = Objects.requireNonNull(bookedBy, "booked by whom?");
        this.status = BookingStatus.BOOKED;
        setTimeAndPlace(startsAt, durationMinutes, venue, childExpected);
    }

    /** Moves the meeting to another time or place (and says again whether the child is expected). */
    public void reschedule(LocalDateTime startsAt, int durationMinutes, String venue, boolean childExpected) {
        requireBooked("moved");
        setTimeAndPlace(startsAt, durationMinutes, venue, childExpected);
        calendarSequence++;
    }

    private void setTimeAndPlace(LocalDateTime startsAt, int durationMinutes, String venue, boolean childExpected) {
        Objects.requireNonNull(startsAt, "Enter the date and time of the meeting");
        if (startsAt.toLocalDate().isBefore(episode.decisionDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "A CIN meeting cannot be held before the decision that a plan is needed ("
                    + Dates.full(episode.decisionDate()) + ")");
        }
        if (durationMinutes < SHORTEST_MINUTES || durationMinutes > LONGEST_MINUTES) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "A meeting lasts between " + SHORTEST_MINUTES + " minutes and "
                    + LONGEST_MINUTES / 60 + " hours");
        }
        if (venue == null || venue.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say where the meeting is (a venue, or \"online\")");
        }
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.venue = venue.strip();
        this.childExpected = childExpected;
    }


    /** Invites someone; a person is invited once. */
    public MeetingInvitee invite(String name, String roleOrAgency, String email) {
        requireBooked("changed");
        MeetingInvitee invitee = new MeetingInvitee(this, name, roleOrAgency, email);
        if (invitees.stream().anyMatch(i -> Meeting.samePerson(i.name(), invitee.name()))) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    invitee.name() + " is already invited to this meeting");
        }
        invitees.add(invitee);
        return invitee;
    }

    /** Withdraws someone's invitation; returns them, so their calendar entry can be cancelled. */
    public MeetingInvitee uninvite(long inviteeId) {
        requireBooked("changed");
        MeetingInvitee withdrawn = invitees.stream().filter(i -> i.id() != null && i.id() == inviteeId).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND, "That person is not invited to this meeting"));
        invitees.remove(withdrawn);
        calendarSequence++;
        return withdrawn;
    }

    public void cancel() {
        requireBooked("cancelled");
        this.status = BookingStatus.CANCELLED;
        calendarSequence++;
    }

    /**
     * The meeting was held and these are its minutes: every invitee's attendance is recorded (present, apologies or
     * absent, and whether they sent a written update). Returns who did not come and sent no written update
     * (ABSENT_PROFESSIONAL_UPDATE), for the minutes to note.
     */
    public List<String> held(Meeting meeting, Map<Long, InviteeAttendance> attendance) {
        requireBooked("held again");
        Objects.requireNonNull(meeting, "which meeting?");
        if (invitees.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Invite the people who attend before recording the meeting: the minutes"
                    + " list who was present, who sent apologies and who sent a written update");
        }
        List<String> missing = invitees.stream().filter(i -> attendance.get(i.id()) == null
                || attendance.get(i.id()).getAttendance() == null).map(MeetingInvitee::name).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Record whether each person invited attended: " + String.join(", ", missing));
        }
        List<Long> unknown = attendance.keySet().stream()
                .filter(id -> invitees.stream().noneMatch(i -> id.equals(i.id()))).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation(Validity.STALE, "The list of people invited has changed: reload the page");
        }
        invitees.forEach(i -> i.recordAttendance(attendance.get(i.id()).getAttendance(),
                attendance.get(i.id()).isWrittenUpdate()));
        this.heldMeeting = meeting;
        this.status = BookingStatus.HELD;
        return invitees.stream().filter(MeetingInvitee::absentWithoutUpdate)
                .map(i -> i.name() + " (" + i.roleOrAgency() + ") did not attend and sent no written update"
                        + " (ABSENT_PROFESSIONAL_UPDATE)").toList();
    }

    private void requireBooked(String action) {
        if (status != BookingStatus.BOOKED) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "This meeting is " + status.label().toLowerCase(java.util.Locale.UK)
                    + " and cannot be " + action);
        }
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public MeetingKind kind() {
        return kind;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String venue() {
        return venue;
    }

    public boolean childExpected() {
        return childExpected;
    }

    public BookingStatus status() {
        return status;
    }

    public Meeting heldMeeting() {
        return heldMeeting;
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public List<MeetingInvitee> invitees() {
        return List.copyOf(invitees);
    }

    /** The optimistic-locking version a change quotes, so one based on an out-of-date page is refused. */
    public int version() {
        return version;
    }
}
