package org.cinplan.casework;

/** Why an assessment started: initial and updated assessments are the same record with a reason (issue 13 item 2). */
public enum AssessmentReason {
    INITIAL("Initial assessment"),
    SIX_MONTHLY("Six-monthly updated assessment"),
    REVIEW_OUTCOME("Updated assessment asked for by a review");

    private final String label;

    AssessmentReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
