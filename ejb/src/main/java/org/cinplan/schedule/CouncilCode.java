package org.cinplan.schedule;

/** The councils that deploy cinplan policy profiles. */
public enum CouncilCode {
    READING("Reading"),
    WOKINGHAM("Wokingham"),
    WEST_BERKSHIRE("West Berkshire"),
    SUFFOLK("Suffolk");

    private final String displayName;

    CouncilCode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Reading, Wokingham and West Berkshire share the Berkshire West guidance. */
    public boolean isBerkshireWest() {
        return this != SUFFOLK;
    }
}
