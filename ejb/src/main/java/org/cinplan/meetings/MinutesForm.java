package org.cinplan.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * The minutes of a booked meeting that was held, beyond what {@link MeetingForm} holds: the written sections (RULES.md
 * "Contents"), the child's views, each invitee's attendance, exclusions, a difference of opinion, and the outcome.
 * Which sections a meeting needs depends on its kind; {@link MinutesSections} checks that. A review says whether the
 * plan progressed ({@code planProgressed}); an initial meeting leaves it null. A closing meeting in Berkshire West may
 * record no lead professional because the child continues with universal services ({@code universalServicesOnly}).
 */
public record MinutesForm(
        @Size(max = 4000, message = "The reason for the meeting can have at most 4,000 characters") String reasonForMeeting,
        @Size(max = 4000, message = "The updates since the last meeting can have at most 4,000 characters") String updatesSinceLast,
        @Size(max = 4000, message = "The progress of the plan can have at most 4,000 characters") String planProgress,
        Boolean planProgressed,
        @Size(max = 4000, message = "The needs can have at most 4,000 characters") String needs,
        @Size(max = 4000, message = "The outcomes and timescales can have at most 4,000 characters") String outcomesAndTimescales,
        @Size(max = 4000, message = "The actions can have at most 4,000 characters") String actions,
        @Size(max = 4000, message = "The contingency plan can have at most 4,000 characters") String contingency,
        @Size(max = 4000, message = "The summary can have at most 4,000 characters") String summary,
        @Size(max = 2000, message = "The child's views can have at most 2,000 characters") String childViews,
        @NotNull(message = "Record who attended") List<@Valid InviteeAttendance> attendance,
        @NotNull List<@Valid ExclusionForm> exclusions,
        @Size(max = 2000, message = "The difference of opinion can have at most 2,000 characters") String disagreement,
        @Size(max = 2000, message = "The proposed action can have at most 2,000 characters") String disagreementAction,
        @NotNull(message = "Choose the outcome of the meeting") ReviewOutcome outcome,
        @Size(max = 4000, message = "The plan amendments can have at most 4,000 characters") String planAmendments,
        @Size(max = 120, message = "The lead professional's name can have at most 120 characters") String leadProfessionalName,
        @Size(max = 120, message = "The lead professional's agency can have at most 120 characters") String leadProfessionalAgency,
        boolean universalServicesOnly)
        implements Serializable {

    @AssertTrue(message = "Name the lead professional who takes over, and their role or agency, before the case closes, or"
            + " (Berkshire West) record that the child continues with universal services (LEAD_PROFESSIONAL_ON_CLOSE)")
    public boolean isLeadProfessionalNamedOnClosure() {
        return outcome == null || !outcome.endsThePlan() || universalServicesOnly
                || (given(leadProfessionalName) && given(leadProfessionalAgency));
    }

    @AssertTrue(message = "Record both the difference of opinion and the action proposed to resolve it (DIFFERENCE_OF_OPINION)")
    public boolean isDisagreementWithAction() {
        return given(disagreement) == given(disagreementAction);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
