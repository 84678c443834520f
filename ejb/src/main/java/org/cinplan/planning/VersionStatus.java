package org.cinplan.planning;

/** The life of one version of a CIN plan: only a draft can be edited; every other state is frozen. */
public enum VersionStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted for approval"),
    APPROVED("Approved, in force"),
    RETURNED("Returned for changes"),
    SUPERSEDED("Approved, since replaced");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
