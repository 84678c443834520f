package org.cinplan.schedule;

/**
 * Timescales that statutory guidance sets for every English council alike, outside the councils' policy profiles and
 * so outside the rule catalogue (RULES.md); each has an id that code, pages and tests quote, never one of the catalogue's.
 */
public enum StatutoryRule {
    /**
     * The initial child protection conference within 15 working days of the strategy discussion that started the
     * section 47 enquiry (Working Together to Safeguard Children 2023; the DfE census's InitialCPCtarget).
     */
    ICPC_WITHIN_15WD("Initial child protection conference", 15,
            "Working Together to Safeguard Children 2023: within 15 working days of the strategy discussion");

    private final String title;
    private final int workingDays;
    private final String source;

    StatutoryRule(String title, int workingDays, String source) {
        this.title = title;
        this.workingDays = workingDays;
        this.source = source;
    }

    public String title() {
        return title;
    }

    public int workingDays() {
        return workingDays;
    }

    public String source() {
        return source;
    }
}
