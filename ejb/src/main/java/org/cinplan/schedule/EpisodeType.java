package org.cinplan.schedule;

/** What kind of CIN episode this is; some rules apply only to some kinds. */
public enum EpisodeType {
    STANDARD("Child in need"),
    STEP_DOWN_FROM_CP("Stepped down from child protection"),
    SUPERVISION_ORDER("Supervision order"),
    SHORT_BREAKS("Short breaks");

    private final String label;

    EpisodeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
