package org.cinplan.meetings;

/** What an exclusion kept from a family member (EXCLUSION_ENDORSED): the meeting itself, or some information. */
public enum ExclusionScope {
    FROM_MEETING("Excluded from the meeting"),
    INFORMATION_WITHHELD("Information withheld");

    private final String label;

    ExclusionScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
