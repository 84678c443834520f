package org.cinplan.casework;

/** What the family said about the plan (CONSENT: CIN support is consent-based). */
public enum ConsentKind {
    GIVEN("Consent given"),
    REFUSED("Consent refused"),
    WITHDRAWN("Consent withdrawn");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A refusal or a withdrawal: after child protection it is put to a manager. */
    public boolean isRefusal() {
        return this != GIVEN;
    }
}
