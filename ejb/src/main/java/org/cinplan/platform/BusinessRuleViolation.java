package org.cinplan.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule. Its message is written for the user and is shown as it stands;
 * the transaction is rolled back, so nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleViolation(String userMessage) {
        super(userMessage);
    }
}
