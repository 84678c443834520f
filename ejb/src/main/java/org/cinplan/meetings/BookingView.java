package org.cinplan.meetings;

import org.cinplan.schedule.MeetingKind;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A booked CIN meeting as pages and the calendar show it.
 *
 * @param schoolHoursWarning the OUTSIDE_SCHOOL_TIME warning, or null
 * @param chairPrompt        the CONSULTANT_MAY_CHAIR_3RD prompt, or null
 * @param version            what a change to the booking quotes, so a change made meanwhile by someone else is refused
 */
public record BookingView(long id, long episodeId, String childName, MeetingKind kind, LocalDateTime startsAt,
                          LocalDateTime endsAt, String venue, boolean childExpected, BookingStatus status,
                          List<InviteeView> invitees, String schoolHoursWarning, String chairPrompt, int version)
        implements Serializable {

    public boolean isBooked() {
        return status == BookingStatus.BOOKED;
    }

    public String statusLabel() {
        return status.label();
    }

    /** "CIN review meeting, 03/12/2026 10:00", to choose it from a list. */
    public String choiceLabel() {
        return kind.label() + ", " + startsAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    /** "Initial CIN meeting: Amelia Ahmed", the calendar entry's title. */
    public String title() {
        return kind.label() + ": " + childName;
    }
}
