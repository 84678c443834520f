package org.cinplan.casework;

/** Sex as the DfE Children in Need census records it (M, F, U). */
public enum Sex {
    M("Male"), F("Female"), U("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
