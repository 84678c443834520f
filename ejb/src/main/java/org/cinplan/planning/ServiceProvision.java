package org.cinplan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service or resource the plan relies on. One that needs resources needs the approval of a budget holder of the
 * case's council (BUDGET_APPROVAL): {@code budgetHolder} is who decided (their username) and {@code budgetDecidedOn}
 * when. The plan's author only asks ({@link #requested}); the budget state is the budget holder's, recorded through
 * {@link CinPlan#decideBudget}, so whatever budget state a draft's author sends is not used.
 */
public record ServiceProvision(
        @NotBlank(message = "Each service needs a description") @Size(max = 300, message = "Describe a service in at most 300 characters")
        String service,
        @Size(max = 200, message = "Name the provider in at most 200 characters") String provider,
        boolean needsBudgetApproval,
        BudgetApproval budgetApproval,
        String budgetHolder,
        LocalDate budgetDecidedOn) implements Serializable {

    /** A service as the plan's author asks for it: awaiting its budget holder when it needs resources. */
    public static ServiceProvision requested(String service, String provider, boolean needsBudgetApproval) {
        return new ServiceProvision(service, provider, needsBudgetApproval,
                needsBudgetApproval ? BudgetApproval.AWAITING : BudgetApproval.NOT_NEEDED, null, null);
    }

    /** "Approved by svm.demo on 3 Feb 2027", "Awaiting the budget holder", "Not needed". */
    public String budgetStatus() {
        BudgetApproval state = budgetApproval == null ? BudgetApproval.NOT_NEEDED : budgetApproval;
        return state.isDecided()
                ? state.label() + " by " + budgetHolder + " on " + PlanText.date(budgetDecidedOn)
                : state.label();
    }

    /** Whether the service waits for its budget holder's decision. */
    public boolean isAwaitingBudgetHolder() {
        return budgetApproval == BudgetApproval.AWAITING;
    }

    /** The same request, with no budget decision yet. */
    ServiceProvision asked() {
        return requested(service, provider, needsBudgetApproval);
    }

    /** The same request, decided by this budget holder on this day. */
    ServiceProvision decided(BudgetApproval decision, String holder, LocalDate on) {
        return new ServiceProvision(service, provider, true, decision, holder, on);
    }

    /** Whether the other asks for the same service from the same provider, both needing budget approval. */
    boolean isSameBudgetRequestAs(ServiceProvision other) {
        return needsBudgetApproval && other.needsBudgetApproval
                && PlanText.wording(service).equals(PlanText.wording(other.service))
                && Objects.equals(wordingOrNull(provider), wordingOrNull(other.provider));
    }

    private static String wordingOrNull(String text) {
        return PlanText.isBlank(text) ? null : PlanText.wording(text);
    }
}
