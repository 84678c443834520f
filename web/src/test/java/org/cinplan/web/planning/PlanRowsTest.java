package org.cinplan.web.planning;

import org.cinplan.planning.BudgetApproval;
import org.cinplan.planning.ServiceProvision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan form's rows: blank rows are no lines, and a service's budget state follows its "needs approval" box. */
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
    void aServiceNotNeedingBudgetApprovalDropsWhateverBudgetDetailsWereTyped() {
        PlanRows.ServiceRow row = new PlanRows.ServiceRow();
        row.setService("Play therapy");
        row.setBudgetApproval(BudgetApproval.APPROVED);
        row.setBudgetHolder("Jo Bloggs");

        assertThat(row.value()).isEqualTo(new ServiceProvision("Play therapy", null, false, BudgetApproval.NOT_NEEDED, null, null));

        row.setNeedsBudgetApproval(true);
        assertThat(row.value().budgetApproval()).isEqualTo(BudgetApproval.APPROVED);
        assertThat(new PlanRows.ServiceRow(row.value()).getBudgetHolder()).isEqualTo("Jo Bloggs");
    }
}
