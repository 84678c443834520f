package org.cinplan.schedule;

/**
 * Exceptional circumstances for a plan lasting over 12 months: the examples Suffolk 4.5 gives ("for example"), and any
 * other reason stated in words (RULES.md v2, change 9).
 */
public enum ExceptionalCircumstance {
    NO_RECOURSE_TO_PUBLIC_FUNDS("No recourse to public funds"),
    FAMILY_FROM_ABROAD("Family from abroad"),
    LONG_TERM_RESIDENTIAL_SCHOOL("Long-term residential school"),
    OTHER("Other (the reason stated in words)");

    private final String label;

    ExceptionalCircumstance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
