package org.cinplan.platform;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * A request that breaks a business rule: the one way anything in cinplan refuses. It names the rule broken, either a
 * rule of the catalogue (policy/RULES.md: {@code CHAIR_NOT_FSP}, {@code MIN_DURATION_AFTER_CP}, ...) or one of the
 * validity rules of {@link Validity}, and its message, written for the user and shown as it stands, says what would
 * be right. The transaction is rolled back, so nothing half-done is kept.
 *
 * <p>{@code IllegalArgumentException} and {@code IllegalStateException} are kept for programming errors (a null
 * where the code never passes one, a call out of order), which no user can cause by what they enter.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * @param rule        the id of the rule broken: upper-case words joined by underscores, as in RULES.md
     * @param userMessage what was wrong and what would be right, for the user
     */
    public BusinessRuleViolation(String rule, String userMessage) {
        super(Objects.requireNonNull(userMessage, "userMessage"));
        if (rule == null || !rule.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            throw new IllegalArgumentException("A rule id is upper-case words joined by underscores, not " + rule);
        }
        this.rule = rule;
    }

    /** The id of the rule broken, e.g. {@code CHAIR_NOT_FSP} or {@link Validity#REQUIRED}. */
    public String rule() {
        return rule;
    }
}
