package org.cinplan.schedule;

/**
 * The exceptional circumstances for a plan lasting over 12 months: Suffolk 4.5 names these "for example", so another
 * is always allowed, with the reason stated in words.
 */
public enum ExceptionalCircumstance {
    NO_RECOURSE_TO_PUBLIC_FUNDS("No recourse to public funds"),
    FAMILY_FROM_ABROAD("Family from abroad"),
    LONG_TERM_RESIDENTIAL_SCHOOL("Long-term residential school"),
    OTHER("Other (state why)");

    private final String label;

    ExceptionalCircumstance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
