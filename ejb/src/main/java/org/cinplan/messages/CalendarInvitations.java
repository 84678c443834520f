package org.cinplan.messages;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cinplan.casework.CaseAccess;
import org.cinplan.meetings.MeetingInvitation;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The iCalendar object (RFC 5545, iTIP RFC 5546) of a meeting invitation: METHOD:REQUEST to make or update the
 * invitee's calendar entry, METHOD:CANCEL to cancel it, always with the booking's one UID and its SEQUENCE, so a
 * calendar applies the newest. Times are sent in UTC (meetings are booked in UK time). Names the case only by its
 * reference.
 */
final class CalendarInvitations {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);

    private CalendarInvitations() {
    }

    /** The UID of a booking's calendar entry: the same for its invitation, every update and its cancellation. */
    static String uid(long bookingId, String senderAddress) {
        return "cinplan-meeting-" + bookingId + "@" + senderAddress.substring(senderAddress.indexOf('@') + 1);
    }

    /** The calendar object sent to one invitee. */
    static String calendar(MeetingInvitation meeting, MeetingInvitation.Invitee invitee, String senderAddress,
                           Instant stamp) {
        Instant start = meeting.startsAt().atZone(UK).toInstant();
        VEvent event = new VEvent(start, start.plusSeconds(meeting.durationMinutes() * 60L), summary(meeting));
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid(meeting.bookingId(), senderAddress)));
        event.add(new Sequence(meeting.sequence()));
        event.add(new Location(meeting.venue()));
        event.add(new Organizer(URI.create("mailto:" + senderAddress)));
        event.add(new Attendee(URI.create("mailto:" + invitee.email()))
                .add(new Cn(invitee.name())).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE));
        event.add(meeting.change().cancels() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//cinplan//CIN meetings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(meeting.change().cancels() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }

    /** The entry's title: what the meeting is and the case reference, never the child's name. */
    static String summary(MeetingInvitation meeting) {
        return meeting.title() + " (" + CaseAccess.caseReference(meeting.episodeId()) + ")";
    }

    static String subject(MeetingInvitation meeting) {
        String when = WHEN.format(meeting.startsAt());
        String prefix = switch (meeting.change()) {
            case INVITED -> "Invitation: ";
            case MOVED -> "Moved: ";
            case CANCELLED, WITHDRAWN -> "Cancelled: ";
        };
        return prefix + summary(meeting) + ", " + when;
    }

    static String body(MeetingInvitation meeting, MeetingInvitation.Invitee invitee) {
        String when = WHEN.format(meeting.startsAt());
        String what = meeting.title() + " (" + CaseAccess.caseReference(meeting.episodeId()) + ")";
        if (meeting.change().cancels()) {
            return "Dear " + invitee.name() + ",\n\nThe " + what + " on " + when + " at " + meeting.venue()
                    + " is cancelled for you. Your calendar entry for it is cancelled by the attached update.\n";
        }
        return "Dear " + invitee.name() + ",\n\nYou are invited to the " + what + " on " + when + " ("
                + meeting.durationMinutes() + " minutes) at " + meeting.venue() + ".\n"
                + (meeting.change() == MeetingInvitation.Change.MOVED ? "The meeting has moved: this replaces the"
                        + " invitation you had before.\n" : "")
                + "The calendar entry is attached. If you cannot come, please tell the allocated worker and send"
                + " them a written update before the meeting.\n";
    }
}
