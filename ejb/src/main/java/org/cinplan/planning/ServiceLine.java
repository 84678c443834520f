package org.cinplan.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A {@link ServiceProvision} as a version stores it. */
@Embeddable
class ServiceLine extends PlanLine<ServiceProvision> {

    @Column(name = "service_name", nullable = false, length = 300)
    private String service;

    @Column(name = "provider", length = 200)
    private String provider;

    @Column(name = "needs_budget", nullable = false)
    private boolean needsBudgetApproval;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_approval", nullable = false, length = 20)
    private BudgetApproval budgetApproval;

    @Column(name = "budget_holder", length = 200)
    private String budgetHolder;

    @Column(name = "budget_decided_on")
    private LocalDate budgetDecidedOn;

    protected ServiceLine() {
    }

    ServiceLine(ServiceProvision value) {
        this.service = value.service().strip();
        this.provider = PlanText.tidy(value.provider());
        this.needsBudgetApproval = value.needsBudgetApproval();
        this.budgetApproval = value.budgetApproval();
        this.budgetHolder = PlanText.tidy(value.budgetHolder());
        this.budgetDecidedOn = value.budgetDecidedOn();
    }

    @Override
    ServiceProvision value() {
        return new ServiceProvision(service, provider, needsBudgetApproval, budgetApproval, budgetHolder, budgetDecidedOn);
    }
}
