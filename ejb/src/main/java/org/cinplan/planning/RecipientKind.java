package org.cinplan.planning;

/** Who a CIN plan is distributed to (Suffolk procedure 3.5; Berkshire West "amended plan"). */
public enum RecipientKind {
    PARENT("Parent or carer"),
    CHILD("Child (in words and pictures)"),
    AGENCY("Agency or professional"),
    CHILDRENS_GUARDIAN("Children's Guardian (care proceedings)"),
    OTHER("Other");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
