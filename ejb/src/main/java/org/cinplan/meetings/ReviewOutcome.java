package org.cinplan.meetings;

/**
 * What a CIN meeting decides for the case (RULES.md "Outcomes of a review"). Each drives the case: closing and stepping
 * down propose to end the episode, which ends when a manager agrees (CLOSURE_APPROVED; a named lead professional takes
 * over: LEAD_PROFESSIONAL_ON_CLOSE), an updated assessment starts
 * an assessment so its deadline runs, and a step-up leads to a child protection plan, which ends the CIN plan when it
 * starts.
 */
public enum ReviewOutcome {
    CLOSE("Close the case", true),
    STEP_DOWN("Step down to early help or universal services", true),
    CONTINUE("Continue the plan, with the amendments noted", false),
    UPDATED_ASSESSMENT("Updated assessment", false),
    STEP_UP("Step up: strategy discussion, possible Section 47 enquiry, child protection conference", false);

    private final String label;
    private final boolean endsThePlan;

    ReviewOutcome(String label, boolean endsThePlan) {
        this.label = label;
        this.endsThePlan = endsThePlan;
    }

    public String label() {
        return label;
    }

    /** Whether the case closes at the meeting (so no next review is set, and a lead professional takes over). */
    public boolean endsThePlan() {
        return endsThePlan;
    }
}
