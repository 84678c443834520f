package org.cinplan.messages;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cinplan.meetings.MeetingInvitation;
import org.cinplan.meetings.MeetingInvitation.Change;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarInvitationsTest {

    private static final String SENDER = "cinplan@council.example.org";
    private static final MeetingInvitation.Invitee GP = new MeetingInvitation.Invitee("Dr Ada Shah", "a.shah@gp.example.org");
    private static final Instant STAMP = Instant.parse("2027-01-04T09:00:00Z");

    private static MeetingInvitation meeting(LocalDateTime startsAt, int sequence, Change change) {
        return new MeetingInvitation(42, 7, "CIN review meeting", startsAt, 90, "Civic Offices, Room 2", sequence, change,
                List.of(GP));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static String eventProperty(Calendar calendar, String name) {
        VEvent event = (VEvent) calendar.getComponents().get(0);
        return event.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void anInvitationIsARequestForTheInviteeInUtcWithTheBookingsUid() throws Exception {
        // 12 January is winter: UK time is UTC.
        Calendar invitation = parse(CalendarInvitations.calendar(meeting(LocalDateTime.of(2027, 1, 12, 10, 0), 0,
                Change.INVITED), GP, SENDER, STAMP));

        assertThat(property(invitation, "METHOD")).isEqualTo("REQUEST");
        assertThat(eventProperty(invitation, "UID")).isEqualTo("cinplan-meeting-42@council.example.org");
        assertThat(eventProperty(invitation, "SEQUENCE")).isEqualTo("0");
        assertThat(eventProperty(invitation, "DTSTART")).isEqualTo("20270112T100000Z");
        assertThat(eventProperty(invitation, "DTEND")).isEqualTo("20270112T113000Z");
        assertThat(eventProperty(invitation, "LOCATION")).isEqualTo("Civic Offices, Room 2");
        assertThat(eventProperty(invitation, "ATTENDEE")).isEqualTo("mailto:a.shah@gp.example.org");
        assertThat(eventProperty(invitation, "ORGANIZER")).isEqualTo("mailto:" + SENDER);
        assertThat(eventProperty(invitation, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(eventProperty(invitation, "SUMMARY")).isEqualTo("CIN review meeting (Case 7)");
    }

    @Test
    void summerTimeIsConvertedToUtc() throws Exception {
        Calendar invitation = parse(CalendarInvitations.calendar(meeting(LocalDateTime.of(2027, 7, 12, 10, 0), 0,
                Change.INVITED), GP, SENDER, STAMP));

        assertThat(eventProperty(invitation, "DTSTART")).isEqualTo("20270712T090000Z");
    }

    @Test
    void aMoveIsARequestWithAHigherSequenceAndACancellationACancelOfTheSameEntry() throws Exception {
        Calendar moved = parse(CalendarInvitations.calendar(meeting(LocalDateTime.of(2027, 1, 14, 14, 0), 1,
                Change.MOVED), GP, SENDER, STAMP));
        Calendar cancelled = parse(CalendarInvitations.calendar(meeting(LocalDateTime.of(2027, 1, 14, 14, 0), 2,
                Change.CANCELLED), GP, SENDER, STAMP));

        assertThat(property(moved, "METHOD")).isEqualTo("REQUEST");
        assertThat(eventProperty(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(property(cancelled, "METHOD")).isEqualTo("CANCEL");
        assertThat(eventProperty(cancelled, "SEQUENCE")).isEqualTo("2");
        assertThat(eventProperty(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(eventProperty(cancelled, "UID")).isEqualTo(eventProperty(moved, "UID"));
    }

    @Test
    void subjectsSayWhatHappenedAndNameOnlyTheCaseReference() {
        LocalDateTime at = LocalDateTime.of(2027, 1, 12, 10, 0);

        assertThat(CalendarInvitations.subject(meeting(at, 0, Change.INVITED)))
                .isEqualTo("Invitation: CIN review meeting (Case 7), Tue 12 Jan 2027 at 10:00");
        assertThat(CalendarInvitations.subject(meeting(at, 1, Change.MOVED))).startsWith("Moved: ");
        assertThat(CalendarInvitations.subject(meeting(at, 2, Change.WITHDRAWN))).startsWith("Cancelled: ");
        assertThat(CalendarInvitations.body(meeting(at, 1, Change.MOVED), GP)).contains("has moved")
                .contains("Dear Dr Ada Shah");
    }
}
