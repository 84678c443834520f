package org.cinplan.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.MeetingKind;

import java.util.Objects;

/**
 * The written sections the minutes of a CIN meeting must hold (RULES.md "Contents"). Attendance, the outcome and the
 * next review date are recorded on the meeting itself. Updates since the last meeting and the progress of the plan
 * belong to reviews: an initial meeting has no earlier meeting or plan to report on.
 */
@Embeddable
public class MinutesSections {

    @Column(name = "reason_for_meeting", length = 4000)
    private String reasonForMeeting;

    @Column(name = "updates_since_last", length = 4000)
    private String updatesSinceLast;

    @Column(name = "plan_progress", length = 4000)
    private String planProgress;

    @Column(length = 4000)
    private String needs;

    @Column(name = "outcomes_timescales", length = 4000)
    private String outcomesAndTimescales;

    @Column(name = "actions_owners", length = 4000)
    private String actions;

    @Column(length = 4000)
    private String contingency;

    @Column(name = "summary_decisions", length = 4000)
    private String summary;

    protected MinutesSections() {
    }

    /** The sections of the minutes of a meeting of this kind; a missing required section is refused by name. */
    public MinutesSections(MeetingKind kind, String reasonForMeeting, String updatesSinceLast, String planProgress,
                           String needs, String outcomesAndTimescales, String actions, String contingency, String summary) {
        boolean review = Objects.requireNonNull(kind, "initial or review?") == MeetingKind.REVIEW;
        this.reasonForMeeting = section(reasonForMeeting, true, "the reason for the meeting");
        this.updatesSinceLast = section(updatesSinceLast, review, "the updates since the last meeting");
        this.planProgress = section(planProgress, review, "the progress of the plan");
        this.needs = section(needs, true, "the child's needs");
        this.outcomesAndTimescales = section(outcomesAndTimescales, true, "the outcomes and their timescales");
        this.actions = section(actions, true, "the actions, their owners, the services and the timescales");
        this.contingency = section(contingency, true, "the contingency plan");
        this.summary = section(summary, true, "a summary of the main points and the decisions");
    }

    private static String section(String text, boolean required, String what) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new BusinessRuleViolation(Validity.REQUIRED, "The minutes must record " + what);
            }
            return null;
        }
        return text.strip();
    }

    public String reasonForMeeting() {
        return reasonForMeeting;
    }

    public String updatesSinceLast() {
        return updatesSinceLast;
    }

    public String planProgress() {
        return planProgress;
    }

    public String needs() {
        return needs;
    }

    public String outcomesAndTimescales() {
        return outcomesAndTimescales;
    }

    public String actions() {
        return actions;
    }

    public String contingency() {
        return contingency;
    }

    public String summary() {
        return summary;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinutesSections m && Objects.equals(reasonForMeeting, m.reasonForMeeting)
                && Objects.equals(updatesSinceLast, m.updatesSinceLast) && Objects.equals(planProgress, m.planProgress)
                && Objects.equals(needs, m.needs) && Objects.equals(outcomesAndTimescales, m.outcomesAndTimescales)
                && Objects.equals(actions, m.actions) && Objects.equals(contingency, m.contingency)
                && Objects.equals(summary, m.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reasonForMeeting, updatesSinceLast, planProgress, needs, outcomesAndTimescales, actions,
                contingency, summary);
    }
}
