package org.cinplan.casework;

/** What was decided on a referral (issue 13 item 1). */
public enum ReferralDecision {
    NO_FURTHER_ACTION("No further action"),
    ASSESSMENT("An assessment"),
    STRATEGY_DISCUSSION("Straight to a strategy discussion");

    private final String label;

    ReferralDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
