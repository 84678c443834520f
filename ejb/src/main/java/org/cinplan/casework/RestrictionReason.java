package org.cinplan.casework;

/** Why a child's record is open only to the people named on its access list. Stored by name. */
public enum RestrictionReason {
    STAFF_INTEREST("Staff interest"),
    HIGH_PROFILE("High profile"),
    ADOPTION("Adoption");

    private final String label;

    RestrictionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
