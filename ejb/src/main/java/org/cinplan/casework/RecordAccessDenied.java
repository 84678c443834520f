package org.cinplan.casework;

import jakarta.ejb.ApplicationException;
import org.cinplan.platform.BusinessRuleViolation;

/**
 * The caller may not open or change this record (or it does not exist: the two are told apart only where
 * break-glass is on offer). Already written to the audit trail when thrown.
 */
@ApplicationException(rollback = true)
public class RecordAccessDenied extends BusinessRuleViolation {

    private static final long serialVersionUID = 1L;

    private final boolean breakGlassOffered;

    public RecordAccessDenied(String userMessage, boolean breakGlassOffered) {
        super("RECORD_ACCESS", userMessage);
        this.breakGlassOffered = breakGlassOffered;
    }

    /** Whether the caller may open the record with break-glass (a stated reason, recorded and reviewed). */
    public boolean isBreakGlassOffered() {
        return breakGlassOffered;
    }
}
