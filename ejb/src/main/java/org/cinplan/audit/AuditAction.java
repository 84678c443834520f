package org.cinplan.audit;

/** What an audit entry records. Stored by name, so names never change once released. */
public enum AuditAction {
    VIEW_RECORD("Viewed a record"),
    CHANGE_RECORD("Changed a record"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in refused"),
    SIGN_OUT("Signed out"),
    BREAK_GLASS("Break-glass access"),
    ACCESS_DENIED("Access denied"),
    ADMIN_CHANGE("Administration change"),
    MANUAL_TIMER_RUN("Timer run by hand"),
    EXPORT("Exported audit entries"),
    CHAIN_CHECK("Checked the audit chain"),
    RETURN_EXPORT("Exported a statutory return"),
    RETURN_DOWNLOAD("Downloaded a statutory return"),
    DOCUMENT_DOWNLOAD("Downloaded a document"),
    DRAFT("Kept or discarded a draft");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
