package org.cinplan.visits;

/**
 * Whom a visit was to: the child, whose visits count towards the visit deadlines, or one of the people around the
 * child the policies ask workers to see too (non-resident parents, particularly fathers; young parents), whose visits
 * are kept on the record and count for nothing else.
 */
public enum VisitOf {
    CHILD("The child"),
    NON_RESIDENT_PARENT("A non-resident parent"),
    YOUNG_PARENT("A young parent"),
    OTHER_PERSON("Someone else around the child");

    private final String label;

    VisitOf(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
