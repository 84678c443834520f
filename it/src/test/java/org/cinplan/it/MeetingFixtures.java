package org.cinplan.it;

import org.cinplan.meetings.Attendance;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.ExclusionForm;
import org.cinplan.meetings.InviteeAttendance;
import org.cinplan.meetings.MeetingForm;
import org.cinplan.meetings.MinutesForm;
import org.cinplan.meetings.ReviewOutcome;
import org.cinplan.schedule.MeetingKind;

import java.time.LocalDate;
import java.util.List;

/** The forms of a held meeting that the meeting tests (MeetingsIT, MailIT) fill in: a Reading meeting's, valid. */
final class MeetingFixtures {

    private MeetingFixtures() {
    }

    static MeetingForm readingForm(MeetingKind kind, LocalDate held, LocalDate next) {
        return new MeetingForm(kind, held, null, next, held.plusWeeks(6), null, "Tom Hughes", "Pat Minutes", true, null,
                null, true, null);
    }

    static MinutesForm minutes(List<InviteeAttendance> attendance, List<ExclusionForm> exclusions,
                               ReviewOutcome outcome, String amendments, String leadProfessional) {
        return minutes(attendance, exclusions, outcome, amendments, leadProfessional, true);
    }

    static MinutesForm minutes(List<InviteeAttendance> attendance, List<ExclusionForm> exclusions,
                               ReviewOutcome outcome, String amendments, String leadProfessional,
                               Boolean planProgressed) {
        return new MinutesForm("Review of the plan", "Moved to a new school", "Most actions done", planProgressed,
                "School attendance",
                "Attends 95% by July", "Mother: GP appointment this week", "Grandmother looks after the children",
                "The plan is working", "Wants to stay at home", attendance, exclusions, null, null, outcome, amendments,
                leadProfessional, leadProfessional == null ? null : "Early help hub", false);
    }

    /** Everyone invited was present. */
    static List<InviteeAttendance> attendance(BookingView booking) {
        return booking.invitees().stream().map(i -> new InviteeAttendance(i.id(), Attendance.PRESENT, false)).toList();
    }
}
