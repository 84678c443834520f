package org.cinplan.planning;

/** Who is responsible for an action in a CIN plan: a named person or an agency. */
public enum OwnerKind {
    PERSON("person"),
    AGENCY("agency");

    private final String label;

    OwnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
