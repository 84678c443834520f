package org.cinplan.planning;

/** The budget holder's decision on a service that needs resources (BUDGET_APPROVAL, Suffolk procedure 1). */
public enum BudgetApproval {
    NOT_NEEDED("Not needed"),
    AWAITING("Awaiting the budget holder"),
    APPROVED("Approved"),
    REFUSED("Refused");

    private final String label;

    BudgetApproval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the budget holder has decided, so who decided and when are known. */
    public boolean isDecided() {
        return this == APPROVED || this == REFUSED;
    }
}
