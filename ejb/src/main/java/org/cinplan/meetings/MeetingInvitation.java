package org.cinplan.meetings;

import java.time.LocalDateTime;
import java.util.List;

/**
 * People invited to a booked meeting are to be told of it: invited, or told it moved (their calendar entry is made or
 * updated), or told it is off for them (it is cancelled, or their invitation withdrawn). Fired
 * inside the transaction that changed the booking, with the booking as it then stands; observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so a change that rolls back tells nobody. Carries no child's name.
 *
 * @param bookingId       the booking: one calendar entry (one iCalendar UID) for its whole life
 * @param episodeId       the case, named only by its reference in anything sent
 * @param title           what the meeting is, e.g. "Initial CIN meeting"
 * @param sequence        the iCalendar SEQUENCE: moves on with every move, cancellation or withdrawal
 * @param change          what happened, for these people
 * @param invitees        who is to be told (only those with an email address can be)
 */
public record MeetingInvitation(long bookingId, long episodeId, String title, LocalDateTime startsAt,
                                int durationMinutes, String venue, int sequence, Change change,
                                List<Invitee> invitees) {

    /** What the people told are told. */
    public enum Change {
        INVITED, MOVED, CANCELLED, WITHDRAWN;

        /** Whether their calendar entry is cancelled. */
        public boolean cancels() {
            return this == CANCELLED || this == WITHDRAWN;
        }
    }

    /** Someone invited, and where their invitation goes (null: nowhere). */
    public record Invitee(String name, String email) {
    }

    static MeetingInvitation of(MeetingBooking booking, List<MeetingInvitee> told, Change change) {
        return new MeetingInvitation(booking.id(), booking.episode().id(), booking.kind().label(), booking.startsAt(),
                booking.durationMinutes(), booking.venue(), booking.calendarSequence(), change,
                told.stream().map(i -> new Invitee(i.name(), i.email())).toList());
    }
}
