package org.cinplan.meetings;

/** The form in which a child who did not attend gave their views to a CIN meeting (rule CHILD_VIEWS). */
public enum ChildViewsForm {
    DRAWING("A drawing"),
    WRITTEN("Written"),
    VERBAL("Told to their worker"),
    ADVOCATE("Through an advocate"),
    OTHER("Another form");

    private final String label;

    ChildViewsForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
