package org.cinplan.casework;

/** What an assessment concluded (issue 13 item 2), with the DfE reason for closure where it closes the case. */
public enum AssessmentOutcome {
    CIN_PLAN("A Child in Need plan", null),
    CLOSE_NO_FURTHER_ACTION("Close with no further action (RC8)", "RC8"),
    CLOSE_TO_EARLY_HELP("Close to early help (RC9)", "RC9"),
    STRATEGY_DISCUSSION("A strategy discussion", null);

    private final String label;
    private final String closureReason;

    AssessmentOutcome(String label, String closureReason) {
        this.label = label;
        this.closureReason = closureReason;
    }

    public String label() {
        return label;
    }

    /** RC8 or RC9 for an outcome that closes the case, else null. */
    public String closureReason() {
        return closureReason;
    }
}
