package org.cinplan.schedule;

/** The timescale rules of the catalogue (shared/policy/RULES.md), each with a title people read. */
public enum RuleId {
    INITIAL_MEETING("Initial CIN meeting"),
    REVIEW_INTERVAL("CIN review meeting"),
    REVIEW_EARLY("Early review after a significant change"),
    SO_REVIEW("Supervision order review meeting"),
    MINUTES_DISTRIBUTED("Minutes distributed"),
    PLAN_UPDATE_DATE("Plan update date set in the minutes"),
    VISIT_INTERVAL("Visit to the child"),
    VISIT_INTERVAL_SO("Visit to the child under a supervision order"),
    VISIT_INTERVAL_SHORT_BREAKS("Short-breaks visit to the child"),
    VISIT_RECORDED("Visit written up"),
    SEEN_ALONE("Child seen alone"),
    ASSESSMENT_DUE("Social work assessment completed"),
    ASSESSMENT_REFRESH("Updated single assessment"),
    PLAN_APPROVAL("CIN plan agreed by a manager"),
    MIN_DURATION_AFTER_CP("Minimum duration after a child protection plan"),
    MIN_DURATION_FROM_START("Minimum duration from the plan's start"),
    DURATION_6M("Six-month duration review"),
    OVERSIGHT_6M_12M("Practice manager oversight"),
    CONCLUSION_CHECK_9M("Nine-month conclusion check"),
    SO_EXTENSION_9M("Supervision order extension decision"),
    MAX_DURATION_12M("Twelve-month maximum duration"),
    SERVICE_MANAGER_18M("Service manager review at 18 months");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
