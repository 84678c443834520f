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
        return meetingForm(kind, held, next, held.plusWeeks(6), "Tom Hughes");
    }

    /** A meeting the child attended, equality and diversity considered, minuted by Pat Minutes. */
    static MeetingForm meetingForm(MeetingKind kind, LocalDate held, LocalDate next, LocalDate planUpdate, String chairName) {
        MeetingForm form = new MeetingForm();
        form.setKind(kind);
        form.setHeldOn(held);
        form.setNextReviewDate(next);
        form.setPlanUpdateDate(planUpdate);
        form.setChairName(chairName);
        form.setMinuteTakerName("Pat Minutes");
        form.setChildAttended(true);
        form.setEqualityDiversityConsidered(true);
        return form;
    }

    static MinutesForm minutes(List<InviteeAttendance> attendance, List<ExclusionForm> exclusions,
                               ReviewOutcome outcome, String amendments, String leadProfessional) {
        return minutes(attendance, exclusions, outcome, amendments, leadProfessional, true);
    }

    static MinutesForm minutes(List<InviteeAttendance> attendance, List<ExclusionForm> exclusions,
                               ReviewOutcome outcome, String amendments, String leadProfessional,
                               Boolean planProgressed) {
        MinutesForm minutes = new MinutesForm();
        minutes.setReasonForMeeting("Review of the plan");
        minutes.setUpdatesSinceLast("Moved to a new school");
        minutes.setPlanProgress("Most actions done");
        minutes.setPlanProgressed(planProgressed);
        minutes.setNeeds("School attendance");
        minutes.setOutcomesAndTimescales("Attends 95% by July");
        minutes.setActions("Mother: GP appointment this week");
        minutes.setContingency("Grandmother looks after the children");
        minutes.setSummary("The plan is working");
        minutes.setChildViews("Wants to stay at home");
        minutes.setAttendance(attendance);
        minutes.setExclusions(exclusions);
        minutes.setOutcome(outcome);
        minutes.setPlanAmendments(amendments);
        minutes.setLeadProfessionalName(leadProfessional);
        minutes.setLeadProfessionalAgency(leadProfessional == null ? null : "Early help hub");
        return minutes;
    }

    /** Everyone invited was present. */
    static List<InviteeAttendance> attendance(BookingView booking) {
        return booking.invitees().stream().map(i -> new InviteeAttendance(i.id(), Attendance.PRESENT, false)).toList();
    }
}
