package org.cinplan.meetings;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The people rules of a CIN meeting: CHAIR_NOT_MINUTE_TAKER, CHAIR_NOT_FSP, CHILD_VIEWS, EQUALITY_DIVERSITY. */
class MeetingRulesTest {

    private static final LocalDate HELD = LocalDate.of(2027, 1, 4);

    private final Meeting meeting = new Meeting(episode(), MeetingKind.INITIAL, HELD);

    private static Episode episode() {
        return episode(new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST));
    }

    private static Episode episode(Council council) {
        Family family = new Family(council, "Test family");
        Child child = new Child(family, "REA999999", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, HELD.minusDays(20), HELD.minusDays(10), "N1", false);
    }

    private static StaffMember staff(String name, Role role) {
        return new StaffMember(name.toLowerCase().replace(' ', '.'), name, null, "hash", null, EnumSet.of(role));
    }

    private static MeetingForm form(String chair, String minuteTaker, boolean attended, ChildViewsForm views, String reason,
                                    boolean equality) {
        MeetingForm form = new MeetingForm();
        form.setKind(MeetingKind.INITIAL);
        form.setHeldOn(HELD);
        form.setNextReviewDate(HELD.plusWeeks(6));
        form.setPlanUpdateDate(HELD.plusWeeks(6));
        form.setChairName(chair);
        form.setMinuteTakerName(minuteTaker);
        form.setChildAttended(attended);
        form.setChildViewsForm(views);
        form.setChildAbsenceReason(reason);
        form.setEqualityDiversityConsidered(equality);
        return form;
    }

    @Test
    void inBerkshireWestTheChairCannotTakeTheMinutesWhateverTheSpacingOrCase() {
        assertThat(Meeting.samePerson("Sam Walker", "  sam   WALKER ")).isTrue();
        assertThat(Meeting.samePerson("Sam Walker", "Sam Walsh")).isFalse();

        assertThatThrownBy(() -> meeting.recordChairAndMinuteTaker(staff("Sam Walker", Role.SOCIAL_WORKER), null, "Sam Walker"))
                .hasMessageContaining("CHAIR_NOT_MINUTE_TAKER");
        assertThatThrownBy(() -> meeting.recordChairAndMinuteTaker(null, "Sam Walker", " sam walker "))
                .hasMessageContaining("CHAIR_NOT_MINUTE_TAKER");
    }

    @Test
    void inSuffolkTheChairMayTakeTheNote() {
        Meeting suffolk = new Meeting(episode(new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK)), MeetingKind.INITIAL, HELD);
        suffolk.recordChairAndMinuteTaker(null, "Sam Walker", "Sam Walker"); // SF 2.10
        assertThat(suffolk.chairName()).isEqualTo(suffolk.minuteTakerName());
    }

    @Test
    void aFamilySupportPractitionerCannotChair() {
        assertThatThrownBy(() -> meeting.recordChairAndMinuteTaker(staff("Fran Lee", Role.FAMILY_SUPPORT_PRACTITIONER), null,
                "Priya Patel"))
                .hasMessageContaining("Fran Lee").hasMessageContaining("CHAIR_NOT_FSP")
                .extracting("rule").isEqualTo("CHAIR_NOT_FSP");

        meeting.recordChairAndMinuteTaker(staff("Tom Hughes", Role.TEAM_MANAGER), "ignored when chosen from staff", "Fran Lee");
        assertThat(meeting.chairName()).isEqualTo("Tom Hughes");
        assertThat(meeting.minuteTakerName()).isEqualTo("Fran Lee");
    }

    @Test
    void anAbsentChildsViewsAndTheReasonAreBothRecorded() {
        assertThat(form("A", "B", false, null, " ", true).isChildViewsRecorded()).isFalse();
        assertThat(form("A", "B", true, null, null, true).isChildViewsRecorded()).isTrue();
        assertThat(form("A", "B", false, ChildViewsForm.DRAWING, null, true).isChildViewsRecorded())
                .as("views without the reason").isFalse();
        assertThat(form("A", "B", false, null, "At school: exams", true).isChildViewsRecorded())
                .as("the reason without views").isFalse();
        assertThat(form("A", "B", false, ChildViewsForm.DRAWING, "At school: exams", true).isChildViewsRecorded()).isTrue();

        assertThatThrownBy(() -> meeting.recordChildAndAgenda(false, null, "At school", true)).hasMessageContaining("CHILD_VIEWS");
        assertThatThrownBy(() -> meeting.recordChildAndAgenda(false, ChildViewsForm.WRITTEN, " ", true))
                .hasMessageContaining("why").hasMessageContaining("CHILD_VIEWS");
        meeting.recordChildAndAgenda(false, ChildViewsForm.WRITTEN, "At school", true);
        assertThat(meeting.childAttended()).isFalse();
        assertThat(meeting.childViewsForm()).isEqualTo(ChildViewsForm.WRITTEN);
        assertThat(meeting.childAbsenceReason()).isEqualTo("At school");
    }

    @Test
    void equalityAndDiversityMustBeConsidered() {
        assertThat(form("A", "B", true, null, null, false).isEqualityDiversityConfirmed()).isFalse();
        assertThatThrownBy(() -> meeting.recordChildAndAgenda(true, null, null, false))
                .hasMessageContaining("EQUALITY_DIVERSITY").extracting("rule").isEqualTo("EQUALITY_DIVERSITY");
    }

    @Test
    void theMinutesDatesFollowTheMeeting() {
        MeetingForm bad = form(null, "B", true, null, null, true);
        bad.setMinutesDistributedOn(HELD.minusDays(1));
        bad.setNextReviewDate(HELD);
        bad.setPlanUpdateDate(HELD.minusDays(1));
        bad.setChairStaffId(7L);
        assertThat(bad.isMinutesAfterMeeting()).isFalse();
        assertThat(bad.isNextReviewAfterMeeting()).isFalse();
        assertThat(bad.isPlanUpdateNotBeforeMeeting()).isFalse();
        assertThat(bad.isChairGiven()).as("chosen from staff").isTrue();
        assertThat(form(" ", "B", true, null, null, true).isChairGiven()).isFalse();
        assertThat(form("A", " ", true, null, null, true).isMinuteTakerGiven()).isFalse();
    }
}
