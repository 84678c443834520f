package org.cinplan.web.planning;

import org.cinplan.planning.BudgetApproval;
import org.cinplan.planning.ServiceProvision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan form's rows: blank rows are no lines, and a service row asks for budget approval but never decides it. */
class PlanRowsTest {

    @Test
    void aRowLeftBlankIsNoLine() {
        assertThat(new PlanRows.OutcomeRow().isBlank()).isTrue();
        assertThat(new PlanRows.ActionRow().isBlank()).isTrue();
        PlanRows.OutcomeRow typed = new PlanRows.OutcomeRow();
        typed.setTargetDate(LocalDate.of(2027, 4, 1));
        assertThat(typed.isBlank()).isFalse();
    }

    @Test
    void aServiceRowOnlyAsksForBudgetApprovalAndShowsTheBudgetHoldersDecision() {
        PlanRows.ServiceRow row = new PlanRows.ServiceRow();
        row.setService("Play therapy");
        assertThat(row.value()).isEqualTo(new ServiceProvision("Play therapy", null, false, BudgetApproval.NOT_NEEDED, null, null));

        row.setNeedsBudgetApproval(true);
        assertThat(row.value()).isEqualTo(new ServiceProvision("Play therapy", null, true, BudgetApproval.AWAITING, null, null));

        PlanRows.ServiceRow saved = new PlanRows.ServiceRow(new ServiceProvision("Play therapy", null, true,
                BudgetApproval.APPROVED, "svm.demo", LocalDate.of(2027, 2, 3)));
        assertThat(saved.getBudgetStatus()).isEqualTo("Approved by svm.demo on 3 Feb 2027");
        assertThat(saved.value().budgetApproval()).as("the author's form never carries a decision back")
                .isEqualTo(BudgetApproval.AWAITING);
    }
}
