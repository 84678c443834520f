package org.cinplan.platform;

/**
 * The catalogue's rules on people and meetings (RULES.md, "Rules on people and meetings": checks, not timers), each
 * with what it asks and its source. The timescale rules are the deadline engine's ({@code schedule.RuleId}); a
 * {@link BusinessRuleViolation} names one of either, or a validity rule of {@link Validity}. Warnings and prompts
 * (OUTSIDE_SCHOOL_TIME, CONSULTANT_MAY_CHAIR_3RD, ABSENT_PROFESSIONAL_UPDATE) name their rule in their text.
 */
public enum CheckRule {
    CHAIR_NOT_MINUTE_TAKER("The minute-taker is not the chair (Berkshire West only)", "BW 'minutes'"),
    CHAIR_NOT_FSP("No meeting is chaired by a family support practitioner", "SF 4.3"),
    CONSULTANT_MAY_CHAIR_3RD("By the third review without progress, a consultant social worker may chair", "SF 4.3"),
    EXCLUSION_ENDORSED("Excluding a family member needs a team or assistant team manager's endorsement", "BW review meetings"),
    ABSENT_PROFESSIONAL_UPDATE("An invited professional who cannot attend sends a written update", "BW 'How will you contribute'"),
    CHILD_VIEWS("The child's views are recorded for every meeting, and the reason when the child is absent", "BW; SF 2.5, 2.12"),
    EQUALITY_DIVERSITY("Equality, diversity and the child's cultural background are on every meeting's agenda", "BW; SF 2.12, 4.8"),
    OUTSIDE_SCHOOL_TIME("A meeting a school-age child attends is held outside school hours where possible", "SF 2.7"),
    ONE_FAMILY_ONE_WORKER("All children of one family have the same allocated social worker", "SF 1"),
    BUDGET_APPROVAL("A service that needs resources needs budget-holder approval", "SF 1"),
    LEAD_PROFESSIONAL_ON_CLOSE("On step-down or closure a named lead professional takes over (or, in Berkshire West,"
            + " universal services)", "BW outcomes; SF 4.11"),
    FSP_NOT_CASE_RESPONSIBLE("A family support practitioner is never a case's allocated worker (Suffolk)", "SF 4.3"),
    CLOSURE_APPROVED("A case closes or steps down only once a manager of its team agrees (Suffolk: a practice manager"
            + " or consultant social worker; Berkshire West: a team manager)", "SF 4.11(i); BW outcomes, App. 2"),
    CONSENT("The family's consent to the plan, or its refusal or withdrawal, is recorded with the date",
            "BW 'During the meeting', App. 2"),
    DIFFERENCE_OF_OPINION("Disagreements are recorded with the proposed action", "BW");

    private final String rule;
    private final String source;

    CheckRule(String rule, String source) {
        this.rule = rule;
        this.source = source;
    }

    /** What the rule asks, in a sentence. */
    public String rule() {
        return rule;
    }

    /** Where the policies say it. */
    public String source() {
        return source;
    }
}
