package org.cinplan.casework;

/** Circumstances in which a CIN plan may run beyond 12 months (Suffolk 4.5). */
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
