package org.cinplan.meetings;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booked CIN meeting as pages and the calendar show it.
 *
 * @param schoolHoursWarning the OUTSIDE_SCHOOL_TIME warning, or null
 */
public record BookingView(long id, long episodeId, String childName, String kind, LocalDateTime startsAt,
                          LocalDateTime endsAt, String venue, boolean childExpected, BookingStatus status,
                          List<InviteeView> invitees, String schoolHoursWarning) implements Serializable {

    public boolean isBooked() {
        return status == BookingStatus.BOOKED;
    }

    public String statusLabel() {
        return status.label();
    }

    /** "Initial CIN meeting: Amelia Ahmed", the calendar entry's title. */
    public String title() {
        return kind + ": " + childName;
    }
}
