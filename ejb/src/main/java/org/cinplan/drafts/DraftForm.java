package org.cinplan.drafts;

/**
 * The long forms whose text is kept as a draft while it is typed. Stored by name, so names never change once released.
 * {@code visitForm}: whoever may record a visit may keep its draft (in Suffolk also a family support practitioner of
 * the team); the other forms' drafts only whoever may change the case.
 */
public enum DraftForm {
    VISIT("the visit", true),
    VISIT_WRITE_UP("the write-up of a visit", true),
    MINUTES("the minutes of a meeting", false),
    CIN_PLAN("the CIN plan", false);

    private final String label;
    private final boolean visitForm;

    DraftForm(String label, boolean visitForm) {
        this.label = label;
        this.visitForm = visitForm;
    }

    /** "the write-up of a visit": what the audit trail and the offer of a draft name. */
    public String label() {
        return label;
    }

    boolean isVisitForm() {
        return visitForm;
    }
}
