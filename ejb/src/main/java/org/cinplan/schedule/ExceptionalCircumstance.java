package org.cinplan.schedule;

/** The exceptional circumstances Suffolk 4.5 names for a plan lasting over 12 months. */
public enum ExceptionalCircumstance {
    NO_RECOURSE_TO_PUBLIC_FUNDS("No recourse to public funds"),
    FAMILY_FROM_ABROAD("Family from abroad"),
    LONG_TERM_RESIDENTIAL_SCHOOL("Long-term residential school");

    private final String label;

    ExceptionalCircumstance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
