package org.cinplan.planning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A service or resource the plan relies on. One that needs resources needs the budget holder's approval
 * (BUDGET_APPROVAL): who decided and when are recorded once they have.
 */
public record ServiceProvision(
        @NotBlank(message = "Each service needs a description") @Size(max = 300, message = "Describe a service in at most 300 characters")
        String service,
        @Size(max = 200, message = "Name the provider in at most 200 characters") String provider,
        boolean needsBudgetApproval,
        @NotNull(message = "Each service needs its budget approval state") BudgetApproval budgetApproval,
        @Size(max = 200, message = "Name the budget holder in at most 200 characters") String budgetHolder,
        LocalDate budgetDecidedOn) implements Serializable {

    @AssertTrue(message = "A service that needs budget approval is awaiting, approved or refused; one that does not needs none")
    public boolean isBudgetStateConsistent() {
        return budgetApproval == null || needsBudgetApproval == (budgetApproval != BudgetApproval.NOT_NEEDED);
    }

    @AssertTrue(message = "When the budget holder has decided, enter who decided and on which date")
    public boolean isBudgetDecisionComplete() {
        return budgetApproval == null || !budgetApproval.isDecided()
                || (budgetHolder != null && !budgetHolder.isBlank() && budgetDecidedOn != null);
    }
}
