package org.cinplan.audit;

/** How the audited attempt ended. Stored by name, so names never change once released. */
public enum AuditOutcome {
    /** Done as asked. */
    SUCCESS,
    /** Tried and failed, such as a refused sign-in or a broken audit chain. */
    FAILURE,
    /** Refused because the person may not do it. */
    DENIED
}
