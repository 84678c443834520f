package org.cinplan.meetings;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Booking a meeting, inviting people, and recording who came when it is held (ABSENT_PROFESSIONAL_UPDATE). */
class MeetingBookingTest {

    private static final LocalDate DECISION = LocalDate.of(2027, 2, 1);
    private static final LocalDateTime TEN_AM = LocalDateTime.of(2027, 2, 10, 10, 0);

    private static Episode episode() {
        Family family = new Family(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Test family");
        Child child = new Child(family, "SUF999999", "Ben", "Test", LocalDate.of(2016, 1, 1), Sex.M, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, DECISION.minusDays(10), DECISION, "N1", false);
    }

    private static MeetingBooking booking() {
        return new MeetingBooking(episode(), MeetingKind.INITIAL, TEN_AM, 60, "Family home", true, "sw.demo");
    }

    /** Invitees get their ids when saved; here the test numbers them as the database would. */
    private static void number(MeetingBooking booking) throws Exception {
        Field id = MeetingInvitee.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        for (MeetingInvitee invitee : booking.invitees()) {
            id.set(invitee, next++);
        }
    }

    @Test
    void aBookingHasAPlaceASensibleLengthAndComesAfterTheDecision() {
        assertThatThrownBy(() -> new MeetingBooking(episode(), MeetingKind.INITIAL, DECISION.minusDays(1).atTime(10, 0), 60,
                "Office", false, "sw.demo")).hasMessageContaining("before the decision");
        assertThatThrownBy(() -> new MeetingBooking(episode(), MeetingKind.INITIAL, TEN_AM, 10, "Office", false, "sw.demo"))
                .hasMessageContaining("between 15 minutes and 8 hours");
        assertThatThrownBy(() -> new MeetingBooking(episode(), MeetingKind.INITIAL, TEN_AM, 60, " ", false, "sw.demo"))
                .hasMessageContaining("Say where the meeting is");
        assertThat(booking().status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void aBookedMeetingCanBeMovedButNotBeforeTheDecision() {
        MeetingBooking booking = booking();
        booking.reschedule(TEN_AM.plusDays(1).withHour(16), 90, " School ", false);
        assertThat(booking.startsAt()).isEqualTo(TEN_AM.plusDays(1).withHour(16));
        assertThat(booking.durationMinutes()).isEqualTo(90);
        assertThat(booking.venue()).isEqualTo("School");
        assertThat(booking.childExpected()).isFalse();
        assertThatThrownBy(() -> booking.reschedule(DECISION.minusDays(1).atTime(10, 0), 60, "Office", false))
                .hasMessageContaining("before the decision");
    }

    @Test
    void eachPersonIsInvitedOnceWithTheirRoleOrAgency() {
        MeetingBooking booking = booking();
        booking.invite("Kim Test", "Mother", null);
        assertThatThrownBy(() -> booking.invite(" kim  test ", "Mum", null)).hasMessageContaining("already invited");
        assertThatThrownBy(() -> booking.invite("Dr Shah", " ", null)).hasMessageContaining("role or agency");
        assertThat(booking.invitees()).extracting(MeetingInvitee::roleOrAgency).containsExactly("Mother");
    }

    @Test
    void holdingRecordsEveryInviteesAttendanceAndNamesAbsenteesWithoutAWrittenUpdate() throws Exception {
        MeetingBooking booking = booking();
        booking.invite("Kim Test", "Mother", null);
        booking.invite("Dr Shah", "GP", null);
        booking.invite("Mrs Lowe", "School", null);
        number(booking);
        Meeting meeting = new Meeting(booking.episode(), MeetingKind.INITIAL, TEN_AM.toLocalDate());

        assertThatThrownBy(() -> booking.held(meeting, Map.of(1L, new InviteeAttendance(1L, Attendance.PRESENT, false))))
                .hasMessageContaining("Record whether each person invited attended: Dr Shah, Mrs Lowe");
        assertThatThrownBy(() -> booking.held(meeting, Map.of(
                1L, new InviteeAttendance(1L, Attendance.PRESENT, false),
                2L, new InviteeAttendance(2L, Attendance.APOLOGIES, true),
                3L, new InviteeAttendance(3L, Attendance.PRESENT, false),
                9L, new InviteeAttendance(9L, Attendance.PRESENT, false)))).hasMessageContaining("reload");

        var notices = booking.held(meeting, Map.of(
                1L, new InviteeAttendance(1L, Attendance.PRESENT, false),
                2L, new InviteeAttendance(2L, Attendance.APOLOGIES, true),
                3L, new InviteeAttendance(3L, Attendance.DID_NOT_ATTEND, false)));

        assertThat(notices).containsExactly("Mrs Lowe (School) did not attend and sent no written update"
                + " (ABSENT_PROFESSIONAL_UPDATE)");
        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
        assertThat(booking.heldMeeting()).isSameAs(meeting);
        assertThat(booking.invitees()).extracting(MeetingInvitee::attendance)
                .containsExactly(Attendance.PRESENT, Attendance.APOLOGIES, Attendance.DID_NOT_ATTEND);
        assertThatThrownBy(() -> booking.invite("Late Comer", "Uncle", null)).hasMessageContaining("is held and cannot be changed");
        assertThatThrownBy(booking::cancel).hasMessageContaining("cannot be cancelled");
    }

    @Test
    void aMeetingWithNobodyInvitedCannotBeHeld() {
        MeetingBooking booking = booking();
        assertThatThrownBy(() -> booking.held(new Meeting(booking.episode(), MeetingKind.INITIAL, TEN_AM.toLocalDate()), Map.of()))
                .hasMessageContaining("Invite the people who attend");
    }

    @Test
    void aCancelledMeetingCannotBeChangedOrHeld() throws Exception {
        MeetingBooking booking = booking();
        booking.invite("Kim Test", "Mother", null);
        number(booking);
        booking.cancel();
        assertThatThrownBy(() -> booking.invite("Dr Shah", "GP", null)).hasMessageContaining("is cancelled and cannot be changed");
        assertThatThrownBy(() -> booking.reschedule(TEN_AM.plusDays(1), 60, "Office", false))
                .hasMessageContaining("cannot be moved");
        assertThatThrownBy(() -> booking.uninvite(1L)).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> booking.held(new Meeting(booking.episode(), MeetingKind.INITIAL, TEN_AM.toLocalDate()),
                Map.of(1L, new InviteeAttendance(1L, Attendance.PRESENT, false)))).hasMessageContaining("cannot be held again");
    }
}
