package org.cinplan.meetings;

import java.time.LocalDateTime;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the minutes of a held meeting must hold (RULES.md "Contents"), the outcome's own rules (LEAD_PROFESSIONAL_ON_CLOSE,
 * plan amendments), exclusions (EXCLUSION_ENDORSED), differences of opinion, the distribution of the minutes, and the
 * end of a CIN plan when a child protection plan starts.
 */
class MinutesAndOutcomeTest {

    private static final LocalDate HELD = LocalDate.of(2027, 3, 1);
    private static final LocalDateTime CHANGED_AT = HELD.plusDays(10).atTime(9, 0);

    private static Episode episode() {
        Family family = new Family(new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST), "Test family");
        Child child = new Child(family, "REA999998", "Ada", "Test", LocalDate.of(2015, 5, 1), Sex.F, "WBRI", false);
        return Episode.open(child, EpisodeType.STANDARD, HELD.minusDays(60), HELD.minusDays(50), "N1", false);
    }

    private static Meeting review(LocalDate nextReview) {
        Meeting meeting = new Meeting(episode(), MeetingKind.REVIEW, HELD);
        meeting.setDatesInMinutes(nextReview, null);
        return meeting;
    }

    private static MinutesSections sections(MeetingKind kind, String updates, String progress) {
        return new MinutesSections(kind, "Review of the plan", updates, progress, "Safe sleep, school attendance",
                "Attends school 95% by July", "Mother: GP appointment, this week", "Grandmother looks after the children",
                "Plan continues; review in six weeks");
    }

    private static StaffMember staff(String name, Role role) {
        return new StaffMember(name.toLowerCase().replace(' ', '.'), name, null, "hash", null, EnumSet.of(role));
    }

    @Test
    void aReviewsMinutesReportUpdatesAndProgressButAnInitialMeetingNeedNot() {
        assertThatThrownBy(() -> sections(MeetingKind.REVIEW, " ", "Going well"))
                .hasMessage("The minutes must record the updates since the last meeting");
        assertThatThrownBy(() -> sections(MeetingKind.REVIEW, "New school", null))
                .hasMessage("The minutes must record the progress of the plan");
        assertThatThrownBy(() -> new MinutesSections(MeetingKind.INITIAL, "Initial meeting", null, null, "Needs", "Outcomes",
                "Actions", " ", "Summary")).hasMessage("The minutes must record the contingency plan");

        MinutesSections initial = sections(MeetingKind.INITIAL, null, null);
        assertThat(initial.updatesSinceLast()).isNull();
        assertThat(initial).isEqualTo(sections(MeetingKind.INITIAL, " ", null));
        assertThat(sections(MeetingKind.REVIEW, " New school ", "Going well").updatesSinceLast()).isEqualTo("New school");
    }

    @Test
    void aReviewSaysWhetherThePlanProgressedAndAnInitialMeetingRecordsNothing() {
        Meeting review = review(HELD.plusWeeks(6));
        assertThatThrownBy(() -> review.recordPlanProgress(null))
                .hasMessage("Say whether the plan has progressed since the last meeting");
        review.recordPlanProgress(false);
        assertThat(review.planProgressed()).isFalse();

        Meeting initial = new Meeting(episode(), MeetingKind.INITIAL, HELD);
        initial.recordPlanProgress(true);
        assertThat(initial.planProgressed()).isNull();
    }

    @Test
    void theChildsViewsAreWrittenDownWhenTheyGaveThem() {
        Meeting meeting = review(HELD.plusWeeks(6));
        meeting.recordChildAndAgenda(false, ChildViewsForm.DRAWING, null, true);
        assertThatThrownBy(() -> meeting.recordMinutes(sections(MeetingKind.REVIEW, "u", "p"), " "))
                .hasMessageContaining("CHILD_VIEWS");
        meeting.recordMinutes(sections(MeetingKind.REVIEW, "u", "p"), "Drew her family at the park, happy");
        assertThat(meeting.childViews()).startsWith("Drew her family");

        Meeting absent = review(HELD.plusWeeks(6));
        absent.recordChildAndAgenda(false, null, "In hospital", true);
        absent.recordMinutes(sections(MeetingKind.REVIEW, "u", "p"), null);
        assertThat(absent.childViews()).isNull();
    }

    @Test
    void closingOrSteppingDownNamesTheLeadProfessionalAndSetsNoNextReview() {
        assertThatThrownBy(() -> review(null).recordOutcome(ReviewOutcome.STEP_DOWN, null, "Jo Bloggs", " "))
                .hasMessageContaining("LEAD_PROFESSIONAL_ON_CLOSE");
        assertThatThrownBy(() -> review(null).recordOutcome(ReviewOutcome.CLOSE, null, null, "School"))
                .hasMessageContaining("LEAD_PROFESSIONAL_ON_CLOSE");
        assertThatThrownBy(() -> review(HELD.plusWeeks(6)).recordOutcome(ReviewOutcome.CLOSE, null, "Jo Bloggs", "School"))
                .hasMessageContaining("leave the next review date empty");

        Meeting closing = review(null);
        closing.recordOutcome(ReviewOutcome.STEP_DOWN, "ignored", " Jo Bloggs ", "Early help, Reading");
        assertThat(closing.outcome()).isEqualTo(ReviewOutcome.STEP_DOWN);
        assertThat(closing.leadProfessionalName()).isEqualTo("Jo Bloggs");
        assertThat(closing.leadProfessionalAgency()).isEqualTo("Early help, Reading");
        assertThat(ReviewOutcome.STEP_DOWN.endsThePlan()).isTrue();
    }

    @Test
    void aContinuingReviewNotesItsAmendmentsAndEveryOtherOutcomeSetsTheNextReview() {
        assertThatThrownBy(() -> review(HELD.plusWeeks(6)).recordOutcome(ReviewOutcome.CONTINUE, " ", null, null))
                .hasMessageContaining("Note the amendments to the plan");
        assertThatThrownBy(() -> review(null).recordOutcome(ReviewOutcome.UPDATED_ASSESSMENT, null, null, null))
                .hasMessage("Enter the date of the next review set in the minutes");

        Meeting continuing = review(HELD.plusWeeks(6));
        continuing.recordOutcome(ReviewOutcome.CONTINUE, "Add weekly school check", "Not kept", "Not kept");
        assertThat(continuing.planAmendments()).isEqualTo("Add weekly school check");
        assertThat(continuing.leadProfessionalName()).isNull();

        Meeting initial = new Meeting(episode(), MeetingKind.INITIAL, HELD);
        initial.setDatesInMinutes(HELD.plusWeeks(6), null);
        initial.recordOutcome(ReviewOutcome.CONTINUE, null, null, null);
        assertThat(initial.outcome()).as("an initial meeting agrees the plan: nothing to amend").isEqualTo(ReviewOutcome.CONTINUE);
    }

    @Test
    void aDifferenceOfOpinionIsRecordedWithItsProposedAction() {
        Meeting meeting = review(HELD.plusWeeks(6));
        assertThatThrownBy(() -> meeting.recordDifferenceOfOpinion("Father disagrees with the contact plan", ""))
                .hasMessageContaining("Record the action proposed").hasMessageContaining("DIFFERENCE_OF_OPINION");
        assertThatThrownBy(() -> meeting.recordDifferenceOfOpinion(null, "Escalate"))
                .hasMessageContaining("Describe the difference of opinion");
        meeting.recordDifferenceOfOpinion("Father disagrees with the contact plan", "Escalate to the team manager");
        assertThat(meeting.disagreementAction()).isEqualTo("Escalate to the team manager");
    }

    @Test
    void anExclusionNeedsAManagersEndorsementAndTheExcludedPersonsViews() {
        StaffMember worker = staff("Sam Walker", Role.SOCIAL_WORKER);
        StaffMember manager = staff("Tom Hughes", Role.TEAM_MANAGER);
        assertThatThrownBy(() -> new Exclusion("Mr Smith", ExclusionScope.FROM_MEETING, "Violence to staff", worker, "Angry"))
                .hasMessageContaining("EXCLUSION_ENDORSED").hasMessageContaining("Team or Assistant Team Manager");
        assertThatThrownBy(() -> new Exclusion("Mr Smith", ExclusionScope.FROM_MEETING, "Violence to staff", manager, " "))
                .hasMessageContaining("Record Mr Smith's views");

        Exclusion exclusion = new Exclusion(" Mr Smith ", ExclusionScope.INFORMATION_WITHHELD, "Address of the refuge",
                staff("Priya Patel", Role.PRACTICE_MANAGER), "Wants to see the children");
        Meeting meeting = review(HELD.plusWeeks(6));
        meeting.recordExclusion(exclusion);
        assertThat(meeting.exclusions()).containsExactly(new Exclusion("Mr Smith", ExclusionScope.INFORMATION_WITHHELD,
                "Address of the refuge", staff("Priya Patel", Role.PRACTICE_MANAGER), "Wants to see the children"));
        assertThat(meeting.exclusions().get(0).endorsedByName()).isEqualTo("Priya Patel");
    }

    @Test
    void theMinutesAreSentOnceToNamedRecipientsNotBeforeTheMeeting() {
        Meeting meeting = review(HELD.plusWeeks(6));
        assertThatThrownBy(() -> meeting.recordMinutesDistributed(HELD.plusDays(3), List.of(" ")))
                .hasMessage("Say who the minutes were sent to");
        assertThatThrownBy(() -> meeting.recordMinutesDistributed(HELD.minusDays(1), List.of("Mother")))
                .hasMessageContaining("before the meeting");

        meeting.recordMinutesDistributed(HELD.plusDays(3), List.of("Mother ", "School", "Mother"));
        assertThat(meeting.minutesDistributedOn()).isEqualTo(HELD.plusDays(3));
        assertThat(meeting.minutesRecipients()).containsExactly("Mother", "School");
        assertThatThrownBy(() -> meeting.recordMinutesDistributed(HELD.plusDays(4), List.of("Father")))
                .hasMessageContaining("already recorded");
    }

    @Test
    void aChildProtectionPlanEndsTheCinPlanOnTheDayItStarts() {
        Episode episode = episode();
        assertThatThrownBy(() -> episode.endForChildProtectionPlan(episode.decisionDate().minusDays(1), CHANGED_AT))
                .hasMessageContaining("cannot start before the CIN decision");

        episode.endForChildProtectionPlan(HELD.plusDays(10), CHANGED_AT);
        assertThat(episode.isClosed()).isTrue();
        assertThat(episode.closureDate()).isEqualTo(HELD.plusDays(10));
        assertThat(episode.childProtectionPlanStartDate()).isEqualTo(HELD.plusDays(10));
        assertThat(episode.closureReason()).as("the child's involvement goes on under the CP plan").isNull();
        assertThatThrownBy(() -> episode.endForChildProtectionPlan(HELD.plusDays(11), CHANGED_AT)).hasMessageContaining("already closed");
    }
}
